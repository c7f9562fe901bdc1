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

/** Each token's partial reward: the head's score, or for implicit heads sigmoid of the running reward sum. */
function partialRewards(tokens: readonly ScoredToken[], head: HeadSpec): number[] {
  if (head.kind !== 'implicit') return tokens.map((t) => t.reward);
  let sum = 0;
  return tokens.map((t) => sigmoid((sum += t.reward)));
}

/** The public token and step scores of scored layout tokens; a step is read at its score token. */
export function publicScores(tokens: readonly ScoredToken[], tokenizer: PrmTokenizer, head: HeadSpec): { tokens: TokenScore[]; steps: StepScore[] } {
  const rewards = partialRewards(tokens, head);
  const steps: StepScore[] = [];
  let start = 0;
  tokens.forEach((token, i) => {
    if (token.scoresStep === undefined) return;
    steps.push({ stepIndex: token.scoresStep, score: rewards[i]!, start, end: i + 1 });
    start = i + 1;
  });
  const scored = tokens.map((token, tokenIndex) => ({
    tokenIndex,
    text: token.role === 'text' ? tokenizer.tokenText(token.id) : '',
    stepIndex: token.stepIndex,
    partialReward: rewards[tokenIndex]!,
    isSeparator: token.role !== 'text',
  }));
  return { tokens: scored, steps };
}
