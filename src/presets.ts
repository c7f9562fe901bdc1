/**
 * Evaluation presets (prm.json `presets`): a model's evaluation settings as its authors' script sets them, turned
 * into what Steplight runs (steps with the script's prefixes, a threshold in the model's own score scale).
 */
import { InvalidArgumentError } from './errors.ts';
import type { EvalPreset, ModelInfo, ThresholdRule } from './types.ts';

/** What a preset changes in an evaluation run. */
export interface PresetRun {
  /** Threshold on the model's scores (a script's `coef` folded in for implicit PRMs). */
  threshold: number;
  thresholdRule: ThresholdRule;
  /** The record's steps as the script writes them. */
  steps(steps: readonly string[]): string[];
  notes: readonly string[];
}

/** The model's preset `name`; `invalid-argument` naming the presets it has when it has no such one. */
export function presetOf(info: ModelInfo, name: string): EvalPreset {
  const preset = Object.hasOwn(info.presets, name) ? info.presets[name] : undefined;
  if (preset === undefined) {
    const known = Object.keys(info.presets);
    throw new InvalidArgumentError(
      `The model ${info.name} has no "${name}" preset.`,
      known.length > 0 ? `Use one of: ${known.join(', ')}.` : 'Convert the model again with models/convert (it writes the presets), or pass --threshold.',
    );
  }
  return preset;
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The settings `preset` runs with on a model reporting `info`. An implicit PRM scores sigmoid(coef x value): a
 * script threshold t at its own coef' is sigmoid(logit(t) x coef / coef') on the model's scores, the same decision
 * for every step.
 */
export function presetRun(preset: EvalPreset, info: Pick<ModelInfo, 'coef' | 'thresholdRule'>): PresetRun {
  const rescale = preset.coef !== undefined && info.coef !== undefined ? info.coef / preset.coef : 1;
  const prefix = preset.stepPrefix;
  return {
    threshold: rescale === 1 ? preset.threshold : sigmoid(logit(preset.threshold) * rescale),
    thresholdRule: preset.thresholdRule ?? info.thresholdRule,
    steps: (steps) => (prefix === undefined ? [...steps] : steps.map((step, i) => prefix.replaceAll('{n}', String(i + 1)) + step)),
    notes: preset.notes ?? [],
  };
}
