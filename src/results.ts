/**
 * Turns scored layout tokens into the public result shapes: token scores, step scores, and the
 * positive-class probability read from the head's logits.
 */
import type { PrmManifest } from './manifest.ts';
import type { LayoutToken } from './steps.ts';
import type { PrmTokenizer } from './tokenizer.ts';
import type { StepScore, TokenScore } from './types.ts';

/** A layout token with the head's output at it. */
export interface ScoredToken extends LayoutToken {
  reward: number;
}

/** softmax(logits of row `row`)[positiveIndex], computed in double precision. */
export function positiveProbabilities(logits: Float32Array, count: number, head: PrmManifest['head']): number[] {
  const k = head.numLabels;
  const out: number[] = [];
  for (let row = 0; row < count; row++) {
    let max = -Infinity;
    for (let j = 0; j < k; j++) max = Math.max(max, logits[row * k + j]!);
    let sum = 0;
    for (let j = 0; j < k; j++) sum += Math.exp(logits[row * k + j]! - max);
    out.push(Math.exp(logits[row * k + head.positiveIndex]! - max) / sum);
  }
  return out;
}

/** The public form of one token at solution position `tokenIndex`. */
export function tokenScore(token: ScoredToken, tokenIndex: number, tokenizer: PrmTokenizer): TokenScore {
  return {
    tokenIndex,
    text: tokenizer.tokenText(token.id),
    stepIndex: token.stepIndex,
    partialReward: token.reward,
    isSeparator: token.isSeparator,
  };
}

/** Finished steps: one per separator, scored at it; `start`..`end` spans the step's tokens and separator. */
export function stepScores(tokens: readonly ScoredToken[]): StepScore[] {
  const steps: StepScore[] = [];
  let start = 0;
  tokens.forEach((token, i) => {
    if (!token.isSeparator) return;
    steps.push({ stepIndex: token.stepIndex, score: token.reward, start, end: i + 1 });
    start = i + 1;
  });
  return steps;
}
