import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from './errors.ts';
import { presetOf, presetRun } from './presets.ts';
import type { EvalPreset, ModelInfo } from './types.ts';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/** The ProcessBench settings of PRIME's script (PRIME-RL/ImplicitPRM eval/process_eval.sh, eval/processbench.py). */
const prime: EvalPreset = {
  threshold: 0.5005,
  stepPrefix: 'Step {n}: ',
  coef: 0.005,
  sources: { threshold: 'eval/process_eval.sh', stepPrefix: 'eval/processbench.py', coef: 'eval/process_eval.sh' },
};
const pure: EvalPreset = { threshold: 0, thresholdRule: 'at-or-below', sources: { threshold: 'card', thresholdRule: 'card' } };

describe('evaluation presets', () => {
  it.each([
    // preset, model's coef, model's rule -> threshold on the model's scores, rule, steps
    ['PRIME at its own coef', prime, 0.005, 'below', 0.5005, 'below', ['Step 1: a', 'Step 2: b']],
    ['PRIME on a model converted at coef 0.001', prime, 0.001, 'below', sigmoid(logit(0.5005) * 0.2), 'below', ['Step 1: a', 'Step 2: b']],
    ['PURE: a reward of 0 is wrong', pure, undefined, 'at-or-below', 0, 'at-or-below', ['a', 'b']],
    ['a threshold alone keeps the model rule', { threshold: 0.5, sources: { threshold: 'x' } }, undefined, 'below', 0.5, 'below', ['a', 'b']],
  ] as const)('%s', (_name, preset, coef, rule, threshold, thresholdRule, steps) => {
    const run = presetRun(preset, { thresholdRule: rule, ...(coef === undefined ? {} : { coef }) });
    expect(run.threshold).toBeCloseTo(threshold, 12);
    expect(run.thresholdRule).toBe(thresholdRule);
    expect(run.steps(['a', 'b'])).toEqual(steps);
  });

  it('the folded threshold makes the decision the script makes at its own coef, step by step', () => {
    const run = presetRun(prime, { coef: 0.001, thresholdRule: 'below' });
    for (const value of [-3, -0.5, 0.39, 0.41, 2]) {
      const script = sigmoid(0.005 * value) < 0.5005;
      expect(sigmoid(0.001 * value) < run.threshold).toBe(script);
    }
  });

  it('an unknown preset is invalid-argument naming the known ones', () => {
    const info = { name: 'm', presets: { processbench: pure } } as unknown as ModelInfo;
    expect(presetOf(info, 'processbench')).toBe(pure);
    expect(() => presetOf(info, 'toString')).toThrow(InvalidArgumentError);
    const error = (() => {
      try {
        presetOf(info, 'other');
      } catch (caught) {
        return caught as InvalidArgumentError;
      }
      throw new Error('the preset was found');
    })();
    expect(error.code).toBe('invalid-argument');
    expect(error.hint).toContain('processbench');
  });
});
