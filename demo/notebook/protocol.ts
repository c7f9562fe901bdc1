/**
 * How the notebook scores and judges cells: the loaded model's own settings, or one of its evaluation presets
 * (prm.json `presets`, such as `processbench`: the authors' step prefixes, threshold and threshold rule).
 */
import { presetOf, presetRun, type ModelInfo, type ThresholdRule } from '../../src/index.ts';
import type { Cell } from './cell-store.ts';
import { stepsOf } from './files.ts';

/** The scoring protocol in force. */
export interface Protocol {
  /** The preset's name; null for the model's own settings. */
  preset: string | null;
  /** Names what produced scores (model, variant, preset): a cell's scores made under another key are not counted. */
  key: string;
  /** The steps the model is given for a solution (a preset's step prefixes applied). */
  steps(solution: string): string[];
  /** Whether the model is given other text than the cell's (a streaming session over the typed text cannot score it). */
  rewritesSteps: boolean;
  /** The threshold the protocol starts at, on the model's score scale. */
  threshold: number;
  rule: ThresholdRule;
  /** What the preset's script does that the runtime does not follow. */
  notes: readonly string[];
}

/** The protocol of `info` under the preset `preset` (null: the model's own settings); throws for an unknown preset. */
export function protocolOf(info: ModelInfo, preset: string | null): Protocol {
  const key = `${info.name}|${info.variant}|${preset ?? ''}`;
  const cut = (solution: string) => stepsOf(solution, info.stepRules);
  if (preset === null) {
    return { preset, key, steps: cut, rewritesSteps: false, threshold: info.threshold, rule: info.thresholdRule, notes: [] };
  }
  const settings = presetOf(info, preset);
  const run = presetRun(settings, info);
  return {
    preset,
    key,
    steps: (solution) => run.steps(cut(solution)),
    rewritesSteps: settings.stepPrefix !== undefined,
    threshold: run.threshold,
    rule: run.thresholdRule,
    notes: run.notes,
  };
}

/** The cells as `protocol` judges them: scores made under another model, variant or preset count as unscored. */
export function scoredUnder(cells: readonly Cell[], protocol: Protocol | null): Cell[] {
  return cells.map((c) => (protocol !== null && c.scoredWith === protocol.key ? c : { ...c, stepScores: null }));
}
