/**
 * The result check of a model that carries one (prm.json `resultCheck`; the built-in judge): the graph's logits rows
 * hold, after the head's columns, one logit per digit for the next token. Each digit of a result (the run of digit
 * tokens right after a token ending in "=", spaces allowed before the run and commas inside it) is read against the
 * digit the model itself would write there, and a step's partial reward is capped by its lowest check so far, so a
 * wrong digit lowers the step the moment it arrives. The reference is `models/tiny_arith/result_check.py`.
 */
import type { ResultCheckSpec } from './manifest.ts';
import type { PrmTokenizer } from './tokenizer.ts';

/** Each row's digit logits (10 values, a copy) out of `count` graph rows `rowWidth` wide. */
export function digitLogits(logits: Float32Array, count: number, rowWidth: number, spec: ResultCheckSpec): Float32Array[] {
  const rows: Float32Array[] = [];
  for (let row = 0; row < count; row++) {
    const at = row * rowWidth + spec.column;
    rows.push(logits.slice(at, at + 10));
  }
  return rows;
}

/** `min(1, (p / p_max) / (2 ratio))` for `digit` under the previous token's digit logits. */
export function digitCheck(previous: Float32Array, digit: number, ratio: number): number {
  let max = -Infinity;
  for (const value of previous) max = Math.max(max, value);
  return Math.min(1, Math.exp(previous[digit]! - max) / (2 * ratio));
}

/** Where the token rule stands after a token. */
enum Reading {
  Outside,
  AfterEquals,
  InResult,
}

/** A token of the check's input: its id, whether it is text, and the digit logits computed at it. */
export interface CheckedToken {
  id: number;
  role: string;
  nextDigits?: Float32Array;
}

/** Caps partial rewards by the result check, token by token, keeping its state per token so a session can roll back. */
export class ResultChecker {
  private readonly digitOf = new Map<number, number>();
  /** After each token: the token rule's state and its step's lowest check so far. */
  private readonly readings: Reading[] = [];
  private readonly lowest: number[] = [];

  constructor(
    private readonly spec: ResultCheckSpec,
    private readonly tokenizer: PrmTokenizer,
  ) {
    for (const [digit, id] of spec.tokenIds.entries()) this.digitOf.set(id, digit);
  }

  /** Forgets the tokens from `keep` on. */
  truncate(keep: number): void {
    this.readings.length = Math.min(this.readings.length, keep);
    this.lowest.length = this.readings.length;
  }

  /** Token `index`'s partial reward capped by its step's checks; call in order, after `truncate`. */
  cap(tokens: readonly CheckedToken[], index: number, reward: number): number {
    const token = tokens[index]!;
    let reading = index > 0 ? this.readings[index - 1]! : Reading.Outside;
    let lowest = index > 0 ? this.lowest[index - 1]! : 1;
    const capped = (value: number) => Math.min(reward, value);
    if (token.role !== 'text') {
      const result = capped(lowest);
      this.readings.push(Reading.Outside);
      this.lowest.push(1);
      return result;
    }
    const text = this.tokenizer.tokenText(token.id);
    const digit = this.digitOf.get(token.id);
    if (text.trimEnd().endsWith('=')) {
      reading = Reading.AfterEquals;
    } else if (digit !== undefined && reading !== Reading.Outside) {
      const previous = tokens[index - 1]?.nextDigits;
      if (previous !== undefined) lowest = Math.min(lowest, digitCheck(previous, digit, this.spec.ratio));
      reading = Reading.InResult;
    } else if (!((reading === Reading.AfterEquals && text.trim() === '') || (reading === Reading.InResult && text === ','))) {
      reading = Reading.Outside;
    }
    this.readings.push(reading);
    this.lowest.push(lowest);
    return capped(lowest);
  }
}
