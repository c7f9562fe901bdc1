/**
 * Several models in one thread, loaded and scored at once (a page whose library code and widgets ask for the same
 * model with different options): onnxruntime-web runs one session at a time, so Steplight takes turns across models.
 * The loads here are the first in the process, as on a fresh page.
 */
import { expect, it } from 'vitest';
import { loadPrm } from './model.ts';
import { maxAbsDiff, MODEL_DIR } from './testing/fixtures.ts';

const problem = 'Ava has 12 pens. She buys 7 more pens. How many pens does she have now?';
const steps = ['12 + 7 = 19.', 'The answer is 19.'];

it('two models loaded and scored at once both score as each does alone', async () => {
  const source = { kind: 'dir' as const, path: MODEL_DIR };
  const [fp32, q4] = await Promise.all([loadPrm(source, { variant: 'fp32', backend: 'wasm' }), loadPrm(source, { variant: 'q4', backend: 'wasm' })]);
  const [together32, together4] = await Promise.all([fp32.score(problem, steps), q4.score(problem, steps)]);
  const [alone32, alone4] = [await fp32.score(problem, steps), await q4.score(problem, steps)];
  const scores = (result: { steps: { score: number }[] }) => result.steps.map((s) => s.score);
  expect(maxAbsDiff(scores(together32), scores(alone32))).toBeLessThan(1e-6);
  expect(maxAbsDiff(scores(together4), scores(alone4))).toBeLessThan(1e-6);
  await Promise.all([fp32.dispose(), q4.dispose()]);
});
