import { describe, expect, it } from 'vitest';
import { InternalError } from '../errors.ts';
import { Xoshiro128 } from './prng.ts';
import { argmax, sampleToken } from './sample.ts';

const logits = Float32Array.from([0, Math.log(2), Math.log(5), Math.log(2), -100]);

function frequencies(options: { temperature: number; topK: number }, draws = 20_000): number[] {
  const random = new Xoshiro128(1);
  const counts = new Array<number>(logits.length).fill(0);
  for (let i = 0; i < draws; i++) counts[sampleToken(logits, options, () => random.float())]!++;
  return counts.map((c) => c / draws);
}

describe('sampleToken', () => {
  it('temperature 0 is greedy and draws nothing', () => {
    expect(sampleToken(logits, { temperature: 0, topK: 0 }, () => expect.unreachable('no draw when greedy'))).toBe(2);
    expect(argmax([1, 3, 3, 2])).toBe(1);
  });

  it('temperature 1 follows the softmax', () => {
    const p = frequencies({ temperature: 1, topK: 0 });
    [1, 2, 5, 2, 0].forEach((weight, i) => {
      expect(Math.abs(p[i]! - weight / 10)).toBeLessThan(0.015);
    });
  });

  it('a higher temperature flattens the distribution, top-k keeps the k most likely', () => {
    const hot = frequencies({ temperature: 2, topK: 0 });
    expect(hot[2]!).toBeLessThan(0.45);
    expect(hot[0]!).toBeGreaterThan(0.12);
    const top2 = frequencies({ temperature: 1, topK: 2 });
    expect(top2[0]).toBe(0);
    expect(top2[4]).toBe(0);
    // Ties at the cut keep the lower index: 2 (the most likely), then 1 (before 3).
    expect(top2[3]).toBe(0);
    expect(Math.abs(top2[2]! - 5 / 7)).toBeLessThan(0.015);
  });

  it('a draw at the very top of [0, 1) still picks a token; NaN logits are an internal error', () => {
    expect(sampleToken(logits, { temperature: 1, topK: 0 }, () => 1 - 2 ** -53)).toBe(3);
    expect(() => sampleToken([0, Number.NaN], { temperature: 1, topK: 0 }, () => 0.5)).toThrow(InternalError);
  });
});
