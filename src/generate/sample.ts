/** Picks the next token from one row of logits: greedy, or sampled at a temperature, optionally among the top k. */
import { InternalError } from '../errors.ts';

/** How the next token is drawn. */
export interface SamplingOptions {
  /** Softmax temperature; 0 picks the most likely token (greedy, no random draw). */
  temperature: number;
  /** Sample among the `topK` most likely tokens only; 0 (or at least the vocabulary size) keeps every token. */
  topK: number;
}

/** The index of the largest value (ties: the first). */
export function argmax(row: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if (row[i]! > row[best]!) best = i;
  return best;
}

/** The indices of the `k` largest values, largest first (ties: the lower index first). */
function topIndices(row: ArrayLike<number>, k: number): number[] {
  const indices = Array.from({ length: row.length }, (_, i) => i);
  indices.sort((a, b) => row[b]! - row[a]! || a - b);
  return indices.slice(0, k);
}

/**
 * The next token of `row` (one token's logits). `uniform` is a draw in [0, 1) (the caller's seeded generator), read
 * once, and only when sampling. Probabilities are computed in float64: softmax of logits / temperature over the kept
 * tokens, and the token is the first whose cumulative probability passes `uniform`.
 */
export function sampleToken(row: ArrayLike<number>, { temperature, topK }: SamplingOptions, uniform: () => number): number {
  for (let i = 0; i < row.length; i++) {
    if (Number.isNaN(row[i]!)) throw new InternalError(`The policy's logits hold NaN (token ${i}).`);
  }
  if (temperature === 0) return argmax(row);
  const kept = topK > 0 && topK < row.length ? topIndices(row, topK) : Array.from({ length: row.length }, (_, i) => i);
  let max = Number.NEGATIVE_INFINITY;
  for (const i of kept) max = Math.max(max, row[i]!);
  const weights = kept.map((i) => Math.exp((row[i]! - max) / temperature));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let target = uniform() * total;
  for (let j = 0; j < kept.length; j++) {
    target -= weights[j]!;
    if (target < 0) return kept[j]!;
  }
  // Rounding left the target at the very end: the last token with any weight.
  for (let j = kept.length - 1; j >= 0; j--) if (weights[j]! > 0) return kept[j]!;
  return kept[0]!;
}
