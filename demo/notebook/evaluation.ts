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
import { stepsOf } from './files.ts';

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

async function scoreOneByOne(model: Scorer, batch: readonly Cell[], outcome: EvaluationOutcome): Promise<void> {
  for (const cell of batch) {
    try {
      outcome.results.set(cell.id, await model.score(cell.problem, stepsOf(cell.solution, model.info.stepRules)));
    } catch (error) {
      outcome.failures.set(cell.id, error instanceof SteplightError ? error.message : String(error));
    }
  }
}

/**
 * Scores `cells` in batches; `signal` stops it between batches. A batch that fails is retried one
 * record at a time, so one bad record costs only itself. `onScored` gets each batch's results as they arrive
 * (the notebook stores them then, so a reload keeps what was finished).
 */
export async function evaluateAll(
  model: Scorer,
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
      const results = await model.scoreBatch(batch.map((c) => ({ problem: c.problem, steps: stepsOf(c.solution, model.info.stepRules) })));
      batch.forEach((cell, i) => {
        outcome.results.set(cell.id, results[i]!);
      });
    } catch {
      await scoreOneByOne(model, batch, outcome);
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

/** Accuracy on erroneous and correct records and F1, for thresholds 0, 0.01, ..., 1. */
export function thresholdCurve(
  cells: readonly Cell[],
  rule: ThresholdRule = 'below',
): { thresholds: number[]; accError: number[]; accCorrect: number[]; f1: number[] } {
  const thresholds = Array.from({ length: 101 }, (_, i) => i / 100);
  const metrics = thresholds.map((t) => metricsAt(cells, t, rule));
  return { thresholds, accError: metrics.map((m) => m.acc_error), accCorrect: metrics.map((m) => m.acc_correct), f1: metrics.map((m) => m.f1) };
}
