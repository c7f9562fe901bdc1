import { describe, expect, it } from 'vitest';
import type { ResultCheckSpec } from './manifest.ts';
import { digitCheck } from './result-check.ts';
import { publicScores, PublicScores, type ScoredToken } from './results.ts';
import type { PrmTokenizer } from './tokenizer.ts';

/** Token ids are their texts' index in `TEXTS`; digits 0-9 are ids 0-9. */
const TEXTS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' =', ' ', ',', ' +', '.', 'So', '<sep>'];
const id = (text: string) => TEXTS.indexOf(text);
const tokenizer = { tokenText: (token: number) => TEXTS[token]! } as unknown as PrmTokenizer;
const check: ResultCheckSpec = { kind: 'next-digit', column: 2, tokenIds: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], ratio: 0.01 };

/** Digit logits that make `digit` the only likely one. */
const expecting = (digit: number) => Float32Array.from({ length: 10 }, (_, d) => (d === digit ? 10 : 0));

/** Tokens of one step `texts` closed by a separator; each text token expects the digit `next[i]` after it. */
function step(texts: string[], next: (number | null)[], stepIndex = 0): ScoredToken[] {
  return [...texts, '<sep>'].map((text, i) => ({
    id: id(text),
    role: text === '<sep>' ? 'template' : 'text',
    stepIndex,
    reward: 0.9,
    ...(next[i] === null || next[i] === undefined ? {} : { nextDigits: expecting(next[i]!) }),
    ...(text === '<sep>' ? { scoresStep: stepIndex } : {}),
  }));
}

describe('the result check', () => {
  it('scores a digit by its probability against the likeliest digit: 0.5 at `ratio`, 1 from twice that', () => {
    const logits = Float32Array.from([Math.log(0.01), 0, -50, -50, -50, -50, -50, -50, -50, -50]);
    expect(digitCheck(logits, 0, 0.01)).toBeCloseTo(0.5, 6);
    expect(digitCheck(logits, 1, 0.01)).toBe(1);
    expect(digitCheck(logits, 2, 0.01)).toBeLessThan(1e-15);
  });

  it('caps the step from the first wrong result digit on, and only digits after "=" count', () => {
    // "3 + 4 = 17." where the model expects 1 then 7 after " =" and " ": a right result keeps the head's 0.9
    const right = step(['3', ' +', ' ', '4', ' =', ' ', '1', '7', '.'], [9, null, null, null, null, 1, 7, null, null]);
    expect(publicScores(right, tokenizer, { head: { kind: 'value', score: 'sigmoid' }, resultCheck: check }).steps[0]!.score).toBe(0.9);
    // the same with "18": the 8 is far less likely than the 7 the model expects
    const wrong = step(['3', ' +', ' ', '4', ' =', ' ', '1', '8', '.'], [9, null, null, null, null, 1, 7, null, null]);
    const { tokens, steps } = publicScores(wrong, tokenizer, { head: { kind: 'value', score: 'sigmoid' }, resultCheck: check });
    expect(tokens.map((t) => t.partialReward)).toEqual([0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, expect.any(Number), expect.any(Number), expect.any(Number)]);
    expect(tokens[7]!.partialReward).toBeLessThan(0.01);
    expect(steps[0]!.score).toBe(tokens[7]!.partialReward);
    // operands are not results: the '3' and '4' were "wrong" against the expected 9 and did not count
  });

  it('reads commas inside a result, and starts afresh with every step', () => {
    const first = step(['So', ' =', ' ', '1', ',', '2', '.'], [null, null, 1, null, 5, null, null]);
    const second = step(['So', ' =', ' ', '3'], [null, null, 3, null], 1);
    const scored = publicScores([...first, ...second], tokenizer, { head: { kind: 'value', score: 'sigmoid' }, resultCheck: check });
    expect(scored.steps.map((s) => s.score < 0.5)).toEqual([true, false]);
  });

  it('matches a fresh conversion after a rollback, the way a streaming session rewrites its tail', () => {
    const spec = { head: { kind: 'value', score: 'sigmoid' } as const, resultCheck: check };
    const wrong = step(['So', ' =', ' ', '1', '8'], [null, null, 1, 7, null]);
    const right = step(['So', ' =', ' ', '1', '7'], [null, null, 1, 7, null]);
    const kept = new PublicScores(tokenizer, spec);
    expect(kept.update(wrong, 0).steps[0]!.score).toBeLessThan(0.5);
    expect(kept.update(right, 4)).toEqual(publicScores(right, tokenizer, spec));
  });
});
