/** `steplight eval`: ProcessBench metrics of a model on a JSONL file. */
import { readFileSync } from 'node:fs';
import { firstErrorStep, processBenchMetrics } from '../aggregate.ts';
import { InvalidArgumentError } from '../errors.ts';
import { presetOf, presetRun } from '../presets.ts';
import { parseJsonl } from '../processbench.ts';
import { loadCliModel } from './load.ts';
import type { CliOptions } from './main.ts';

/** Runs the command; prints the metrics object as the last line; returns the exit code. */
export async function runEval(file: string, options: CliOptions): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InvalidArgumentError(`Cannot read ${file}.`, 'Pass a ProcessBench JSONL file.');
  }
  const records = parseJsonl(text);
  const model = await loadCliModel(options);
  const run = options.preset === undefined ? null : presetRun(presetOf(model.info, options.preset), model.info);
  for (const note of run?.notes ?? []) console.error(`note (${options.preset} preset): ${note}`);
  const threshold = options.threshold ?? run?.threshold ?? model.info.threshold;
  const thresholdRule = run?.thresholdRule ?? model.info.thresholdRule;
  const started = performance.now();
  const predictions: number[] = [];
  for (let i = 0; i < records.length; i += 50) {
    const batch = records.slice(i, i + 50).map((r) => ({ problem: r.problem, steps: run === null ? r.steps : run.steps(r.steps) }));
    const results = await model.scoreBatch(batch);
    for (const result of results)
      predictions.push(
        firstErrorStep(
          result.steps.map((s) => s.score),
          threshold,
          thresholdRule,
        ),
      );
    if (!options.json) console.error(`${predictions.length}/${records.length}`);
  }
  const metrics = processBenchMetrics(
    records.map((r) => r.label),
    predictions,
  );
  const seconds = (performance.now() - started) / 1000;
  if (!options.json) {
    console.log(
      `records ${metrics.n}  acc(erroneous) ${metrics.acc_error.toFixed(4)}  acc(correct) ${metrics.acc_correct.toFixed(4)}  F1 ${metrics.f1.toFixed(4)}  first-error exact ${metrics.first_error_exact.toFixed(4)}`,
    );
  }
  const { variant, backend } = model.info;
  const preset = options.preset === undefined ? {} : { preset: options.preset };
  console.log(JSON.stringify({ ...metrics, threshold, thresholdRule, ...preset, variant, backend, seconds: Number(seconds.toFixed(2)) }));
  await model.dispose();
  return 0;
}
