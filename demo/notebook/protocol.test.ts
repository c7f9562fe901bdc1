import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, type ModelInfo } from '../../src/index.ts';
import { newCell } from './cell-store.ts';
import { protocolOf, scoredUnder } from './protocol.ts';

/** A converted implicit PRM at coef 0.2 whose prm.json carries PRIME's ProcessBench preset. */
const implicit: ModelInfo = {
  name: 'implicit-prm',
  backend: 'wasm',
  variant: 'fp32',
  threads: 1,
  unpackedMatrices: { unpacked: 0, of: 0 },
  graph: 'plain',
  variants: ['fp32', 'q4'],
  threshold: 0.5,
  thresholdRule: 'below',
  aggregation: 'min',
  maxContext: 512,
  scoreRange: [0, 1],
  partialRewards: true,
  stepRules: { stepSplit: '\n\n' },
  coef: 0.2,
  presets: { processbench: { threshold: 0.5005, stepPrefix: 'Step {n}: ', coef: 0.005, sources: { threshold: 'x' }, notes: ['a note'] } },
};

describe('notebook protocol', () => {
  it("the model's own settings cut the typed text and keep the model's threshold", () => {
    const own = protocolOf(implicit, null);
    expect(own.steps('a\n\nb')).toEqual(['a', 'b']);
    expect(own.rewritesSteps).toBe(false);
    expect(own.threshold).toBe(0.5);
    expect(own.notes).toEqual([]);
  });

  it("a preset gives the model the authors' step prefixes and its threshold on the model's scale", () => {
    const preset = protocolOf(implicit, 'processbench');
    expect(preset.steps('a\n\nb')).toEqual(['Step 1: a', 'Step 2: b']);
    expect(preset.rewritesSteps).toBe(true);
    // sigmoid(logit(0.5005) x 0.2 / 0.005)
    expect(preset.threshold).toBeCloseTo(1 / (1 + Math.exp(-Math.log(0.5005 / 0.4995) * 40)), 12);
    expect(preset.notes).toEqual(['a note']);
    expect(preset.key).not.toBe(protocolOf(implicit, null).key);
    expect(preset.key).not.toBe(protocolOf({ ...implicit, variant: 'q4' }, 'processbench').key);
  });

  it('an unknown preset is invalid-argument naming the presets the model has', () => {
    const error = (() => {
      try {
        protocolOf(implicit, 'gsm8k');
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).hint).toContain('processbench');
  });

  it('scores made under another protocol count as unscored', () => {
    const own = protocolOf(implicit, null);
    const preset = protocolOf(implicit, 'processbench');
    const cell = { ...newCell(0, { problem: 'p', solution: 'a' }), stepScores: [0.9] };
    const cells = [
      { ...cell, scoredWith: own.key },
      { ...cell, scoredWith: preset.key },
      cell, // stored before cells kept what scored them
    ];
    expect(scoredUnder(cells, own).map((c) => c.stepScores)).toEqual([[0.9], null, null]);
    expect(scoredUnder(cells, preset).map((c) => c.stepScores)).toEqual([null, [0.9], null]);
    expect(scoredUnder(cells, null).every((c) => c.stepScores === null)).toBe(true);
    expect(cells[0]!.stepScores).toEqual([0.9]);
  });
});
