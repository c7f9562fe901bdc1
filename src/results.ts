/**
 * Reads the head's score from the graph's logits and turns scored layout tokens into the public result
 * shapes (token scores, step scores).
 */
import { headWidth, type HeadSpec } from './manifest.ts';
import type { LayoutToken } from './steps.ts';
import type { PrmTokenizer } from './tokenizer.ts';
import type { StepScore, TokenScore } from './types.ts';

/** A layout token with the head's output at it. */
export interface ScoredToken extends LayoutToken {
  reward: number;
}

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
export function headScores(logits: Float32Array, count: number, head: HeadSpec): number[] {
  const width = headWidth(head);
  const out: number[] = [];
  for (let row = 0; row < count; row++) {
    const at = row * width;
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

  constructor(
    private readonly tokenizer: PrmTokenizer,
    private readonly head: HeadSpec,
  ) {}

  /** The scores of `scored`, whose first `unchanged` tokens are those of the previous call; fresh arrays each call. */
  update(scored: readonly ScoredToken[], unchanged: number): { tokens: TokenScore[]; steps: StepScore[] } {
    const keep = Math.min(unchanged, this.tokens.length, scored.length);
    this.tokens.length = keep;
    if (this.sums.length > keep) this.sums.length = keep; // only implicit heads keep sums
    while (this.steps.length > 0 && this.steps.at(-1)!.end > keep) this.steps.pop();
    let start = this.steps.at(-1)?.end ?? 0;
    for (let i = keep; i < scored.length; i++) {
      const token = scored[i]!;
      const partialReward = this.partialReward(token.reward, i);
      this.tokens.push({
        tokenIndex: i,
        text: token.role === 'text' ? this.tokenizer.tokenText(token.id) : '',
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

  private partialReward(reward: number, index: number): number {
    if (this.head.kind !== 'implicit') return reward;
    const sum = (index > 0 ? this.sums[index - 1]! : 0) + reward;
    this.sums.push(sum);
    return sigmoid(sum);
  }
}

/** The public token and step scores of scored layout tokens (one-shot). */
export function publicScores(tokens: readonly ScoredToken[], tokenizer: PrmTokenizer, head: HeadSpec): { tokens: TokenScore[]; steps: StepScore[] } {
  return new PublicScores(tokenizer, head).update(tokens, 0);
}
