/** `steplight score`: per-token and per-step scores of one solution, one-shot or streamed in chunks. */
import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from '../errors.ts';
import { isError } from '../aggregate.ts';
import { givenSteps, splitSteps } from '../steps.ts';
import type { ScoreResult, StepRules } from '../types.ts';
import { loadCliModel } from './load.ts';
import type { CliOptions } from './main.ts';

/** The steps of a steps file: a JSON array of strings, or text cut into steps as the model cuts it. */
function readSteps(path: string, rules: StepRules): string[] {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch {
    throw new InvalidArgumentError(`Cannot read the steps file ${path}.`, 'Pass an existing file with --steps-file.');
  }
  if (path.endsWith('.json')) {
    const steps: unknown = JSON.parse(text);
    if (Array.isArray(steps) && steps.every((s) => typeof s === 'string')) return steps;
    throw new InvalidArgumentError(`${path} is not a JSON array of strings.`, 'Write the steps as ["step 1", "step 2"].');
  }
  // A text file's last line ends with a newline; it does not start another (empty) step.
  return splitSteps(text.replace(/\r?\n$/, ''), rules, true).closed;
}

/** The text of each scored step: the steps as the model cut them, or the step's text tokens when a tag inside a step
 * made more steps (Math-Shepherd). */
function scoredStepTexts(result: Pick<ScoreResult, 'tokens' | 'steps'>, steps: readonly string[]): string[] {
  if (result.steps.length === steps.length) return [...steps];
  return result.steps.map((step) =>
    result.tokens
      .slice(step.start, step.end)
      .filter((t) => !t.isSeparator)
      .map((t) => t.text)
      .join('')
      .trim(),
  );
}

/** Runs the command; returns the exit code. */
export async function runScore(options: CliOptions): Promise<number> {
  if (options.problem === undefined || options.stepsFile === undefined) {
    throw new InvalidArgumentError('score needs --problem and --steps-file.', 'See steplight --help.');
  }
  const model = await loadCliModel(options);
  const steps = readSteps(options.stepsFile, model.info.stepRules);
  const scoreOptions = options.threshold === undefined ? {} : { threshold: options.threshold };
  let result: Pick<ScoreResult, 'tokens' | 'steps' | 'firstError' | 'aggregate'>;
  if (options.incremental) {
    const session = await model.open(options.problem, () => {}, scoreOptions);
    const text = steps.join(model.info.stepRules.stepSplit);
    for (let i = 0; i < text.length; i += 4) await session.append(text.slice(i, i + 4));
    const state = await session.end();
    result = { ...state, aggregate: state.aggregate ?? Number.NaN };
  } else {
    result = await model.score(options.problem, steps, scoreOptions);
  }
  if (options.json) {
    console.log(JSON.stringify({ model: model.info, ...result }));
  } else {
    const threshold = options.threshold ?? model.info.threshold;
    const error = result.firstError;
    const texts = scoredStepTexts(result, givenSteps(steps, model.info.stepRules));
    for (const step of result.steps) {
      const mark = isError(step.score, threshold, model.info.thresholdRule) ? '✗' : '✓';
      const where =
        error?.stepIndex === step.stepIndex
          ? `  <- first error: the partial reward fell below ${threshold} at "${result.tokens[error.tokenIndex]?.text.trim() ?? ''}"`
          : '';
      console.log(`step ${step.stepIndex + 1}  ${step.score.toFixed(4)}  ${mark}  ${texts[step.stepIndex]}${where}`);
    }
    const verdict = error ? `step ${error.stepIndex + 1}` : 'none';
    console.log(`aggregate (${model.info.aggregation}): ${result.aggregate.toFixed(4)}; first error: ${verdict} (--json has every token's partial reward)`);
  }
  await model.dispose();
  return 0;
}
