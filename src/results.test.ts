import { describe, expect, it } from 'vitest';
import { headScores, publicScores, PublicScores, type ScoredToken } from './results.ts';
import { splitSteps } from './steps.ts';
import type { PrmTokenizer } from './tokenizer.ts';

const logits = Float32Array.from([0, 2, 1, -1]);

describe("head scores in each family's scale", () => {
  it('2-class softmax reads the positive class; p1-p0 spans [-1, 1]', () => {
    const p = 1 / (1 + Math.exp(-2));
    const softmax = headScores(logits, 2, { kind: 'token-classification', numLabels: 2, positiveIndex: 1, score: 'softmax' });
    expect(softmax[0]).toBeCloseTo(p, 12);
    expect(softmax[1]).toBeCloseTo(1 - 1 / (1 + Math.exp(-2)), 12);
    const pure = headScores(logits, 2, { kind: 'token-classification', numLabels: 2, positiveIndex: 1, score: 'p1-p0' });
    expect(pure[0]).toBeCloseTo(2 * p - 1, 12);
  });

  it('a value head is sigmoid(value); a label-token head is softmax over [positive, negative], index 0', () => {
    expect(headScores(logits, 4, { kind: 'value', score: 'sigmoid' })).toEqual([0.5, 1 / (1 + Math.exp(-2)), 1 / (1 + Math.exp(-1)), 1 / (1 + Math.exp(1))]);
    const labels = headScores(logits, 2, {
      kind: 'label-tokens',
      tokens: { positive: '+', negative: '-' },
      tokenIds: { positive: 1, negative: 2 },
      score: 'softmax',
    });
    expect(labels[0]).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
  });
});

describe('steps are read at their score token', () => {
  it('template tokens before and inside a separator belong to the step; the score token ends it', () => {
    const roles: ScoredToken['role'][] = ['text', 'template', 'template', 'template', 'text', 'template', 'template'];
    const tokens: ScoredToken[] = roles.map((role, i) => ({
      id: i,
      role,
      stepIndex: i < 3 ? 0 : 1,
      reward: i / 10,
      ...(i === 2 ? { scoresStep: 0 } : i === 6 ? { scoresStep: 1 } : {}),
    }));
    const tokenizer = { tokenText: (id: number) => `t${id}` } as unknown as PrmTokenizer;
    const { steps, tokens: shown } = publicScores(tokens, tokenizer, { head: { kind: 'value', score: 'sigmoid' } });
    expect(shown.map((t) => t.text)).toEqual(['t0', '', '', '', 't4', '', '']);
    expect(steps).toEqual([
      { stepIndex: 0, score: 0.2, start: 0, end: 3 },
      { stepIndex: 1, score: 0.6, start: 3, end: 7 },
    ]);
  });

  it('an implicit head sums its rewards: each partial reward and step score is sigmoid of the running sum', () => {
    const tokens: ScoredToken[] = [0.1, -0.3, 0.2].map((reward, i) => ({
      id: i,
      feed: i + 1,
      role: 'text',
      stepIndex: 0,
      reward,
      ...(i === 2 ? { scoresStep: 0 } : {}),
    }));
    const tokenizer = { tokenText: () => 'x' } as unknown as PrmTokenizer;
    const { tokens: shown, steps } = publicScores(tokens, tokenizer, { head: { kind: 'implicit', coef: 0.001, score: 'sigmoid-cumulative' } });
    const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
    [0.1, -0.2, 0].forEach((sum, i) => {
      expect(shown[i]!.partialReward).toBeCloseTo(sigmoid(sum), 12);
    });
    expect(steps).toEqual([{ stepIndex: 0, score: shown[2]!.partialReward, start: 0, end: 3 }]);
    expect(headScores(Float32Array.from([-1, -3]), 1, { kind: 'implicit', coef: 0.5, score: 'sigmoid-cumulative' })[0]).toBeCloseTo(1, 6);
  });

  it('line-based families keep untrimmed and empty steps (Skywork scores empty lines)', () => {
    const rules = { stepSplit: '\n', trimSteps: false, keepEmptySteps: true };
    expect(splitSteps(' a\n\nb\n', rules, true)).toEqual({ closed: [' a', '', 'b', ''], open: null });
    expect(splitSteps(' a\n\nb', rules, false)).toEqual({ closed: [' a', ''], open: 'b' });
  });
});

describe('public scores kept between calls', () => {
  const tokenizer = { tokenText: (id: number) => `t${id}` } as unknown as PrmTokenizer;
  /** Tokens of `steps` steps, three each (text, text, score token), rewards from `seed`. */
  const layout = (steps: number, seed: number): ScoredToken[] =>
    Array.from({ length: steps * 3 }, (_, i) => ({
      id: i,
      role: i % 3 === 2 ? 'template' : 'text',
      stepIndex: Math.floor(i / 3),
      reward: Math.sin(seed + i) / 2,
      ...(i % 3 === 2 ? { scoresStep: Math.floor(i / 3) } : {}),
    }));

  for (const head of [
    { kind: 'value', score: 'sigmoid' },
    { kind: 'implicit', coef: 1, score: 'sigmoid-cumulative' },
  ] as const) {
    it(`match a fresh conversion after a growing, truncated and rewritten tail (${head.kind} head)`, () => {
      const spec = { head };
      const kept = new PublicScores(tokenizer, spec);
      const first = layout(3, 0);
      expect(kept.update(first, 0)).toEqual(publicScores(first, tokenizer, spec));
      const grown = [...first, ...layout(5, 1).slice(9)];
      expect(kept.update(grown, first.length)).toEqual(publicScores(grown, tokenizer, spec));
      const rewritten = [...grown.slice(0, 4), ...layout(4, 2).slice(4)];
      const result = kept.update(rewritten, 4);
      expect(result).toEqual(publicScores(rewritten, tokenizer, spec));
      expect(result.steps).toHaveLength(4);
      result.tokens.pop();
      expect(kept.update(rewritten, rewritten.length).tokens).toHaveLength(rewritten.length);
    });
  }
});
