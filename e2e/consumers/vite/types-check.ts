// Type-checks the package's exports map from a fresh app: both entries resolve with their types.
import { createSteplight, ModelLoadError, type Scorer, type ScoreResult } from 'steplight';
import { configureSteplight, type SteplightStepsElement } from 'steplight/widget';

export async function typed(): Promise<ScoreResult> {
  configureSteplight({});
  const widget: SteplightStepsElement | null = document.querySelector('steplight-steps');
  void widget;
  const model: Scorer = await createSteplight().load({ kind: 'builtin' });
  const result = await model.score('Ava has 12 pens. She buys 7 more.', ['12 + 7 = 19.', 'The answer is 19.']);
  if (result.firstError !== null && !(new ModelLoadError('model-not-found', 'x', 'y') instanceof Error)) throw new Error('unreachable');
  return result;
}
