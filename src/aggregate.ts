/**
 * Step-score aggregation and ProcessBench first-error rules (pure functions, shared by one-shot
 * scoring, streaming sessions, the CLI's `eval` and the pages).
 */
import type { Aggregation, FirstError, StepScore, ThresholdRule, TokenScore } from './types.ts';

/** Combines step scores into one solution score; null when there are no steps. */
export function aggregate(scores: readonly number[], kind: Aggregation): number | null {
  if (scores.length === 0) return null;
  switch (kind) {
    case 'min':
      return Math.min(...scores);
    case 'product':
      return scores.reduce((acc, s) => acc * s, 1);
    case 'last':
      return scores[scores.length - 1]!;
    case 'mean':
      return scores.reduce((acc, s) => acc + s, 0) / scores.length;
  }
}

/** Whether `score` marks an error at `threshold`: below it, or with `at-or-below` (PURE) also equal to it. */
export function isError(score: number, threshold: number, rule: ThresholdRule = 'below'): boolean {
  return rule === 'at-or-below' ? score <= threshold : score < threshold;
}

/** 0-based index of the earliest step that is an error at `threshold` (see {@link isError}), or -1 (ProcessBench semantics). */
export function firstErrorStep(scores: readonly number[], threshold: number, rule: ThresholdRule = 'below'): number {
  return scores.findIndex((s) => isError(s, threshold, rule));
}

/**
 * The earliest step that is an error at `threshold` (see {@link isError}) and, inside it, the first text token whose
 * partial reward is one (the step's score token when none is); null when every step passes.
 */
export function findFirstError(
  tokens: readonly TokenScore[],
  steps: readonly StepScore[],
  threshold: number,
  rule: ThresholdRule = 'below',
): FirstError | null {
  const step = steps.find((s) => isError(s.score, threshold, rule));
  if (step === undefined) return null;
  let tokenIndex = step.end - 1;
  for (let i = step.start; i < step.end; i++) {
    if (!tokens[i]!.isSeparator && isError(tokens[i]!.partialReward, threshold, rule)) {
      tokenIndex = i;
      break;
    }
  }
  return { stepIndex: step.stepIndex, tokenIndex };
}

/** ProcessBench metrics over (label, prediction) pairs: accuracy on erroneous and on correct records, F1. */
export interface ProcessBenchMetrics {
  n: number;
  acc_error: number;
  acc_correct: number;
  f1: number;
  first_error_exact: number;
}

/** Computes {@link ProcessBenchMetrics}; labels and predictions are first-error step indices (-1 = none). */
export function processBenchMetrics(labels: readonly number[], predictions: readonly number[]): ProcessBenchMetrics {
  let errN = 0;
  let errHit = 0;
  let corN = 0;
  let corHit = 0;
  labels.forEach((label, i) => {
    const hit = predictions[i] === label;
    if (label === -1) {
      corN++;
      if (hit) corHit++;
    } else {
      errN++;
      if (hit) errHit++;
    }
  });
  const accError = errN ? errHit / errN : 0;
  const accCorrect = corN ? corHit / corN : 0;
  const f1 = accError + accCorrect ? (2 * accError * accCorrect) / (accError + accCorrect) : 0;
  const n = labels.length;
  return { n, acc_error: accError, acc_correct: accCorrect, f1, first_error_exact: n ? (errHit + corHit) / n : 0 };
}
