import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors.ts';
import { resolveSearchOptions } from './options.ts';
import type { SearchOptions } from './types.ts';

const info = { scoreRange: [0, 1] as [number, number], aggregation: 'min' as const };

function problem(options: Partial<SearchOptions> & Record<string, unknown>, modelInfo = info): string {
  try {
    resolveSearchOptions({ strategy: 'best-of-n', n: 4, ...options } as SearchOptions, modelInfo);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    const e = error as InvalidArgumentError;
    expect(e.code).toBe('invalid-argument');
    expect(e.hint).not.toBe('');
    return `${e.message} | ${e.hint}`;
  }
  return 'accepted';
}

describe('search options', () => {
  it('fills in the defaults', () => {
    expect(resolveSearchOptions({ strategy: 'weighted-vote', n: 3 }, info)).toEqual({
      strategy: 'weighted-vote',
      n: 3,
      beam: null,
      earlyReject: null,
      rankReject: null,
      seed: 0,
      maxTokens: null,
      aggregation: 'min',
      lagTokens: 32,
      signal: null,
      onEvent: null,
    });
    expect(resolveSearchOptions({ strategy: 'beam', n: 6, beam: { width: 2, expand: 3 } }, info).beam).toEqual({ width: 2, expand: 3, maxSteps: 40 });
  });

  it('takes n from 1 to 16, whole', () => {
    expect(problem({ n: 1 })).toBe('accepted');
    expect(problem({ n: 16 })).toBe('accepted');
    expect(problem({ n: 0 })).toMatch(/n is 0.*from 1 to 16/);
    expect(problem({ n: 17 })).toMatch(/n is 17/);
    expect(problem({ n: 2.5 })).toMatch(/n is 2.5/);
    expect(problem({ n: Number.NaN })).toMatch(/n is NaN/);
  });

  it('names an unknown strategy or aggregation and lists the valid ones', () => {
    expect(problem({ strategy: 'greedy' as never })).toMatch(/strategy is greedy.*best-of-n, weighted-vote, majority, beam/);
    expect(problem({ aggregation: 'max' as never })).toMatch(/aggregation is max.*min, product, last, mean/);
  });

  it('keeps the early-rejection threshold inside the model score range', () => {
    expect(problem({ earlyReject: { minTokens: 4, threshold: 0.5 } })).toBe('accepted');
    expect(problem({ earlyReject: { minTokens: 4, threshold: 1.5 } })).toMatch(/threshold is 1.5.*0 to 1/);
    expect(problem({ earlyReject: { minTokens: 4, threshold: -0.5 } })).toMatch(/threshold is -0.5/);
    expect(problem({ earlyReject: { minTokens: 4, threshold: -0.5 } }, { ...info, scoreRange: [-1, 1] })).toBe('accepted');
    expect(problem({ earlyReject: { minTokens: -1, threshold: 0.5 } })).toMatch(/minTokens is -1/);
  });

  it('takes a rank checkpoint with whole counts, not for beam search', () => {
    expect(problem({ rankReject: { atTokens: 16, keep: 4 } })).toBe('accepted');
    expect(problem({ rankReject: { atTokens: 0, keep: 4 } })).toMatch(/rankReject.atTokens is 0/);
    expect(problem({ rankReject: { atTokens: 16, keep: 1.5 } })).toMatch(/rankReject.keep is 1.5/);
    expect(problem({ strategy: 'beam', n: 4, beam: { width: 2, expand: 2 }, rankReject: { atTokens: 16, keep: 2 } })).toMatch(
      /rankReject was given for beam search/,
    );
  });

  it('needs beam settings for beam search only, with n = width * expand', () => {
    expect(problem({ strategy: 'beam' })).toMatch(/needs beam/);
    expect(problem({ strategy: 'beam', n: 4, beam: { width: 2, expand: 3 } })).toMatch(/n is 4 but beam.width \* beam.expand is 6/);
    expect(problem({ strategy: 'beam', n: 4, beam: { width: 2, expand: 2, maxSteps: 0 } })).toMatch(/beam.maxSteps is 0/);
    expect(problem({ strategy: 'majority', beam: { width: 2, expand: 2 } })).toMatch(/beam options were given for strategy 'majority'/);
  });

  it('checks seed, maxTokens, lagTokens and onEvent', () => {
    expect(problem({ seed: -7, maxTokens: 10, lagTokens: 1 })).toBe('accepted');
    expect(problem({ seed: 0.5 })).toMatch(/seed is 0.5.*an integer\./);
    expect(problem({ maxTokens: 0 })).toMatch(/maxTokens is 0/);
    expect(problem({ lagTokens: 0 })).toMatch(/lagTokens is 0/);
    expect(problem({ onEvent: 'log' as never })).toMatch(/onEvent is not a function/);
  });
});
