/**
 * Turns scored layout tokens into the public result shapes (token scores, step scores) and reads
 * the head's score from the graph's logits.
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

/** The head's score at each of `count` rows, in the family's scale (see {@link HeadSpec}), in double precision. */
export function headScores(logits: Float32Array, count: number, head: HeadSpec): number[] {
  const width = headWidth(head);
  const out: number[] = [];
  for (let row = 0; row < count; row++) {
    const at = row * width;
    if (head.kind === 'value') {
      out.push(1 / (1 + Math.exp(-logits[at]!)));
    } else if (head.kind === 'label-tokens') {
      out.push(softmaxAt(logits, at, 2, 0));
    } else {
      const positive = softmaxAt(logits, at, width, head.positiveIndex);
      out.push(head.score === 'p1-p0' ? 2 * positive - 1 : positive);
    }
  }
  return out;
}

/** The public form of one token at solution position `tokenIndex`. */
export function tokenScore(token: ScoredToken, tokenIndex: number, tokenizer: PrmTokenizer): TokenScore {
  return {
    tokenIndex,
    text: token.role === 'text' ? tokenizer.tokenText(token.id) : '',
    stepIndex: token.stepIndex,
    partialReward: token.reward,
    isSeparator: token.role !== 'text',
  };
}

/** Finished steps, each read at its score token; `start`..`end` spans the step's template, text and separator tokens. */
export function stepScores(tokens: readonly ScoredToken[]): StepScore[] {
  const steps: StepScore[] = [];
  let start = 0;
  tokens.forEach((token, i) => {
    if (token.role !== 'score') return;
    steps.push({ stepIndex: token.stepIndex, score: token.reward, start, end: i + 1 });
    start = i + 1;
  });
  return steps;
}
