import { describe, expect, it } from 'vitest';
import { aggregate, findFirstError, firstErrorStep, isError, processBenchMetrics } from './aggregate.ts';
import { givenSteps, splitSteps } from './steps.ts';
import type { StepScore, TokenScore } from './types.ts';

describe('aggregation', () => {
  const scores = [0.9, 0.4, 0.8];
  it('min, product, last, mean', () => {
    expect(aggregate(scores, 'min')).toBe(0.4);
    expect(aggregate(scores, 'product')).toBeCloseTo(0.288, 10);
    expect(aggregate(scores, 'last')).toBe(0.8);
    expect(aggregate(scores, 'mean')).toBeCloseTo(0.7, 10);
    expect(aggregate([], 'min')).toBeNull();
  });
});

describe('first error (ProcessBench semantics)', () => {
  it('is the earliest step below the threshold, -1 when none', () => {
    expect(firstErrorStep([0.9, 0.4, 0.2], 0.5)).toBe(1);
    expect(firstErrorStep([0.9, 0.6], 0.5)).toBe(-1);
    expect(firstErrorStep([0.9, 0.6], 0.7)).toBe(1);
  });

  it("a score equal to the threshold is an error only under the at-or-below rule (PURE's card: correct iff reward > 0)", () => {
    expect(isError(0, 0)).toBe(false);
    expect(isError(0, 0, 'at-or-below')).toBe(true);
    expect(isError(-0, 0, 'at-or-below')).toBe(true);
    expect(isError(1e-9, 0, 'at-or-below')).toBe(false);
    expect(firstErrorStep([0.4, 0, -0.2], 0)).toBe(2);
    expect(firstErrorStep([0.4, 0, -0.2], 0, 'at-or-below')).toBe(1);
  });

  it('points at the first token below the threshold inside that step, else its separator', () => {
    const rewards = [0.9, 0.9, 0.9, 0.8, 0.3, 0.2, 0.1];
    const tokens: TokenScore[] = rewards.map((r, i) => ({
      tokenIndex: i,
      text: 'x',
      stepIndex: i < 3 ? 0 : 1,
      partialReward: r,
      isSeparator: i === 2 || i === 6,
    }));
    const steps: StepScore[] = [
      { stepIndex: 0, score: 0.9, start: 0, end: 3 },
      { stepIndex: 1, score: 0.1, start: 3, end: 7 },
    ];
    expect(findFirstError(tokens, steps, 0.5)).toEqual({ stepIndex: 1, tokenIndex: 4 });
    expect(findFirstError(tokens, steps, 0.05)).toBeNull();
    const flat = tokens.map((t) => ({ ...t, partialReward: t.isSeparator ? t.partialReward : 0.95 }));
    expect(findFirstError(flat, steps, 0.5)).toEqual({ stepIndex: 1, tokenIndex: 6 });
  });

  it('ProcessBench metrics: accuracy on erroneous and correct records and their harmonic mean', () => {
    const m = processBenchMetrics([-1, -1, 2, 0], [-1, 1, 2, 1]);
    expect(m).toMatchObject({ n: 4, acc_error: 0.5, acc_correct: 0.5, f1: 0.5, first_error_exact: 0.5 });
  });
});

describe('splitting a solution into steps', () => {
  it('cuts at blank lines, trims, drops empty steps and keeps the last one open', () => {
    expect(splitSteps('a = 1\n\n b = 2 \n\n\n\nc', { stepSplit: '\n\n' }, false)).toEqual({ closed: ['a = 1', 'b = 2'], open: 'c' });
    expect(splitSteps('a = 1\n\n', { stepSplit: '\n\n' }, false)).toEqual({ closed: ['a = 1'], open: null });
    expect(splitSteps('a = 1\n\nb', { stepSplit: '\n\n' }, true)).toEqual({ closed: ['a = 1', 'b'], open: null });
    expect(splitSteps('', { stepSplit: '\n\n' }, true)).toEqual({ closed: [], open: null });
  });

  it('keeps whitespace as given where the authors do (trimSteps: false)', () => {
    expect(splitSteps('  a = 1 \n\n\tb', { stepSplit: '\n\n', trimSteps: false }, true).closed).toEqual(['  a = 1 ', '\tb']);
  });

  it('cuts steps given as a list again where the authors score a whole response (Skywork: every line)', () => {
    const lines = { stepSplit: '\n', trimSteps: false, keepEmptySteps: true, splitGivenSteps: true };
    expect(givenSteps(['a\nb', 'c'], lines)).toEqual(['a', 'b', 'c']);
    expect(givenSteps(['a\n\nb'], lines)).toEqual(['a', '', 'b']);
    expect(givenSteps(['a\nb', 'c'], { ...lines, splitGivenSteps: false })).toEqual(['a\nb', 'c']);
  });
});
