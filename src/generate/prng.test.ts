import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from './prng.ts';

const draws = (seed: number, n = 8) => {
  const random = new Xoshiro128(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('Xoshiro128', () => {
  it('matches the reference xoshiro128** sequence from state (1, 2, 3, 4)', () => {
    const random = new Xoshiro128(0);
    Object.assign(random, { s0: 1, s1: 2, s2: 3, s3: 4 });
    expect(Array.from({ length: 5 }, () => random.next())).toEqual([11520, 0, 5927040, 70819200, 2031721883]);
  });

  it('repeats per seed; nearby, negative and far-apart seeds give other sequences', () => {
    expect(draws(42)).toEqual(draws(42));
    const seeds = [0, 1, 2, -1, 2 ** 32, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    const sequences = new Set(seeds.map((seed) => draws(seed).join(',')));
    expect(sequences.size).toBe(seeds.length);
  });

  it('floats lie in [0, 1) and look uniform', () => {
    const random = new Xoshiro128(7);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const x = random.float();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)]!++;
    }
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});
