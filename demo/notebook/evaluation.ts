/** "Evaluate all": scores many cells in the worker in small batches, with progress and cancel; metrics from step scores. */
import {
  firstErrorStep,
  processBenchMetrics,
  SteplightError,
  type ProcessBenchMetrics,
  type Scorer,
  type ScoreResult,
  type ThresholdRule,
} from '../../src/index.ts';
import type { Cell } from './cell-store.ts';

/** Progress of a run: records done (scored or failed) out of the total. */
export interface EvaluationProgress {
  done: number;
  total: number;
  failed: number;
}

/** What a run produced: a result or an error message per cell id. */
export interface EvaluationOutcome {
  results: Map<string, ScoreResult>;
  failures: Map<string, string>;
  cancelled: boolean;
}

/** Records per worker round trip: small enough that cancel and progress stay responsive. */
const batchSize = 8;

/** The steps a model is given for a solution (the notebook's protocol: the model's cut, a preset's prefixes). */
export type StepsOf = (solution: string) => string[];

async function scoreOneByOne(model: Scorer, steps: StepsOf, batch: readonly Cell[], outcome: EvaluationOutcome): Promise<void> {
  for (const cell of batch) {
    try {
      outcome.results.set(cell.id, await model.score(cell.problem, steps(cell.solution)));
    } catch (error) {
      outcome.failures.set(cell.id, error instanceof SteplightError ? error.message : String(error));
    }
  }
}

/**
 * Scores `cells` in batches, each solution given to `model` as `steps` cuts it; `signal` stops it between batches. A batch that fails is retried one
 * record at a time, so one bad record costs only itself. `onScored` gets each batch's results as they arrive
 * (the notebook stores them then, so a reload keeps what was finished).
 */
export async function evaluateAll(
  model: Scorer,
  steps: StepsOf,
  cells: readonly Cell[],
  signal: AbortSignal,
  onProgress: (p: EvaluationProgress) => void,
  onScored: (batch: { cell: Cell; result: ScoreResult }[]) => Promise<void> = async () => {},
): Promise<EvaluationOutcome> {
  const outcome: EvaluationOutcome = { results: new Map(), failures: new Map(), cancelled: false };
  for (let start = 0; start < cells.length; start += batchSize) {
    if (signal.aborted) {
      outcome.cancelled = true;
      break;
    }
    const batch = cells.slice(start, start + batchSize);
    try {
      const results = await model.scoreBatch(batch.map((c) => ({ problem: c.problem, steps: steps(c.solution) })));
      batch.forEach((cell, i) => {
        outcome.results.set(cell.id, results[i]!);
      });
    } catch {
      await scoreOneByOne(model, steps, batch, outcome);
    }
    await onScored(batch.flatMap((cell) => (outcome.results.has(cell.id) ? [{ cell, result: outcome.results.get(cell.id)! }] : [])));
    onProgress({ done: Math.min(start + batchSize, cells.length), total: cells.length, failed: outcome.failures.size });
  }
  return outcome;
}

/** ProcessBench metrics at `threshold` (under the model's `rule`) over the labelled, scored cells. */
export function metricsAt(cells: readonly Cell[], threshold: number, rule: ThresholdRule = 'below'): ProcessBenchMetrics {
  const judged = cells.filter((c): c is Cell & { label: number; stepScores: number[] } => c.label !== null && c.stepScores !== null);
  return processBenchMetrics(
    judged.map((c) => c.label),
    judged.map((c) => firstErrorStep(c.stepScores, threshold, rule)),
  );
}

/** Accuracy on erroneous and correct records and F1, for 101 thresholds across the model's score `range`. */
export function thresholdCurve(
  cells: readonly Cell[],
  rule: ThresholdRule = 'below',
  range: readonly [number, number] = [0, 1],
): { thresholds: number[]; accError: number[]; accCorrect: number[]; f1: number[] } {
  const [low, high] = range;
  const thresholds = Array.from({ length: 101 }, (_, i) => low + ((high - low) * i) / 100);
  const metrics = thresholds.map((t) => metricsAt(cells, t, rule));
  return { thresholds, accError: metrics.map((m) => m.acc_error), accCorrect: metrics.map((m) => m.acc_correct), f1: metrics.map((m) => m.f1) };
}
