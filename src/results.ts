/**
 * Reads the head's score from the graph's logits and turns scored layout tokens into the public result
 * shapes (token scores, step scores).
 */
import { headWidth, logitsWidth, type HeadSpec, type PrmManifest } from './manifest.ts';
import { digitLogits, ResultChecker } from './result-check.ts';
import type { LayoutToken } from './steps.ts';
import type { PrmTokenizer } from './tokenizer.ts';
import type { StepScore, TokenScore } from './types.ts';

/** A layout token with the head's output at it (and the result check's digit logits for the next token). */
export interface ScoredToken extends LayoutToken {
  reward: number;
  nextDigits?: Float32Array;
}

/** What a token holding part of a UTF-8 character decodes to on its own. */
const PART_OF_A_CHARACTER = '\uFFFD';
/** The most tokens one character spans (its UTF-8 bytes). */
const MAX_CHARACTER_TOKENS = 4;

/** What scores a model's graph rows: its head and, if it has one, its result check. */
export type ScoringSpec = Pick<PrmManifest, 'head' | 'resultCheck'>;

function softmaxAt(logits: Float32Array, offset: number, width: number, index: number): number {
  let max = -Infinity;
  for (let j = 0; j < width; j++) max = Math.max(max, logits[offset + j]!);
  let sum = 0;
  for (let j = 0; j < width; j++) sum += Math.exp(logits[offset + j]! - max);
  return Math.exp(logits[offset + index]! - max) / sum;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The head's output at each of `count` rows (see {@link HeadSpec}), in double precision: a score in the family's
 * scale, or for implicit heads the token's reward `coef` x (log pi - log pi_ref), summed by {@link publicScores}.
 */
export function headScores(logits: Float32Array, count: number, head: HeadSpec, rowWidth = headWidth(head)): number[] {
  const width = headWidth(head);
  const out: number[] = [];
  for (let row = 0; row < count; row++) {
    const at = row * rowWidth;
    if (head.kind === 'value') {
      out.push(sigmoid(logits[at]!));
    } else if (head.kind === 'implicit') {
      out.push(head.coef * (logits[at]! - logits[at + 1]!));
    } else if (head.kind === 'label-tokens') {
      out.push(softmaxAt(logits, at, 2, 0));
    } else {
      const positive = softmaxAt(logits, at, width, head.positiveIndex);
      out.push(head.score === 'p1-p0' ? 2 * positive - 1 : positive);
    }
  }
  return out;
}

/** The head's output and the result check's digit logits at each of `count` graph rows, as {@link ScoredToken} fields. */
export function scoreRows(logits: Float32Array, count: number, spec: ScoringSpec): { reward: number; nextDigits?: Float32Array }[] {
  const width = logitsWidth(spec);
  const rewards = headScores(logits, count, spec.head, width);
  const digits = spec.resultCheck ? digitLogits(logits, count, width, spec.resultCheck) : undefined;
  return rewards.map((reward, row) => (digits ? { reward, nextDigits: digits[row]! } : { reward }));
}

/**
 * The public token and step scores of a growing list of scored layout tokens, kept between calls: a streaming
 * session changes only its tail, so only tokens after the unchanged prefix are converted again (a step is read at
 * its score token; an implicit head's partial reward is sigmoid of its running reward sum).
 */
export class PublicScores {
  private readonly tokens: TokenScore[] = [];
  private readonly steps: StepScore[] = [];
  /** Implicit heads: the running reward sum after each token. */
  private readonly sums: number[] = [];
  private readonly head: HeadSpec;
  private readonly checker: ResultChecker | undefined;

  constructor(
    private readonly tokenizer: PrmTokenizer,
    spec: ScoringSpec,
  ) {
    this.head = spec.head;
    this.checker = spec.resultCheck ? new ResultChecker(spec.resultCheck, tokenizer) : undefined;
  }

  /** The scores of `scored`, whose first `unchanged` tokens are those of the previous call; fresh arrays each call. */
  update(scored: readonly ScoredToken[], unchanged: number): { tokens: TokenScore[]; steps: StepScore[] } {
    const keep = Math.min(unchanged, this.tokens.length, scored.length);
    this.tokens.length = keep;
    if (this.sums.length > keep) this.sums.length = keep; // only implicit heads keep sums
    this.checker?.truncate(keep);
    while (this.steps.length > 0 && this.steps.at(-1)!.end > keep) this.steps.pop();
    let start = this.steps.at(-1)?.end ?? 0;
    for (let i = keep; i < scored.length; i++) {
      const token = scored[i]!;
      const reward = this.partialReward(token.reward, i);
      const partialReward = this.checker ? this.checker.cap(scored, i, reward) : reward;
      this.tokens.push({
        tokenIndex: i,
        text: token.role === 'text' ? this.displayText(scored, i) : '',
        stepIndex: token.stepIndex,
        partialReward,
        isSeparator: token.role !== 'text',
      });
      if (token.scoresStep !== undefined) {
        this.steps.push({ stepIndex: token.scoresStep, score: partialReward, start, end: i + 1 });
        start = i + 1;
      }
    }
    return { tokens: this.tokens.slice(), steps: this.steps.slice() };
  }

  /**
   * Token `i`'s text. A character that byte-level BPE split over several tokens ("×" is two) shows whole on the token
   * that completes it; the tokens before show nothing, so no token shows half a character (U+FFFD).
   */
  private displayText(scored: readonly ScoredToken[], i: number): string {
    const own = this.tokenizer.tokenText(scored[i]!.id);
    if (!own.includes(PART_OF_A_CHARACTER)) return own;
    let from = i;
    while (from > 0 && i - from < MAX_CHARACTER_TOKENS - 1 && this.tokens[from - 1]?.text === '' && scored[from - 1]!.role === 'text') from--;
    const joined = this.tokenizer.decodeTokens(scored.slice(from, i + 1).map((t) => t.id));
    return joined.includes(PART_OF_A_CHARACTER) && i - from < MAX_CHARACTER_TOKENS - 1 ? '' : joined;
  }

  private partialReward(reward: number, index: number): number {
    if (this.head.kind !== 'implicit') return reward;
    const sum = (index > 0 ? this.sums[index - 1]! : 0) + reward;
    this.sums.push(sum);
    return sigmoid(sum);
  }
}

/** The public token and step scores of scored layout tokens (one-shot). */
export function publicScores(tokens: readonly ScoredToken[], tokenizer: PrmTokenizer, spec: ScoringSpec): { tokens: TokenScore[]; steps: StepScore[] } {
  return new PublicScores(tokenizer, spec).update(tokens, 0);
}
