/**
 * The WebGPU graph (static key/value buffers, contrib ops, one-token steps replayed from a captured graph) through
 * the public worker API, against the plain graph on WASM: one-shot scores, a stream with an edit (a rollback
 * rewinds the buffers' length), and a second session open at the same time (it runs uncaptured in buffers of its
 * own while the first holds the captured ones).
 */
import { expect, test } from '@playwright/test';
import { goldenRecords } from '../src/testing/fixtures.ts';

const [record] = goldenRecords('models/tiny-arith-prm');
/** The 4-bit kernels of the two backends differ by up to 0.002 in logits; the graphs themselves agree to 1e-5. */
const TOLERANCE = 2e-3;

test('the WebGPU graph scores like the plain graph: one-shot, streamed with an edit, two sessions at once', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('harness.html');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  const { problem, steps } = record!;
  const edited = [steps[0]!.replace(/\d+(?=\D*$)/, (n) => String(Number(n) + 1)), ...steps.slice(1)];
  const outcome = await page.evaluate(
    async ({ problem, steps, edited }) => {
      const client = window.steplight.createSteplight();
      const gpu = await client.load({ kind: 'builtin' }, { backend: 'webgpu', variant: 'q4' });
      const wasm = await client.load({ kind: 'builtin' }, { backend: 'wasm', variant: 'q4' });
      const probs = (state: { tokens: { partialReward: number }[] }) => state.tokens.map((t) => t.partialReward);
      const reference = { original: probs(await wasm.score(problem, steps)), edited: probs(await wasm.score(problem, edited)) };
      const oneShot = probs(await gpu.score(problem, steps));
      const first = await gpu.open(problem, () => undefined);
      const second = await gpu.open(problem, () => undefined);
      const text = steps.join('\n\n');
      for (let i = 0; i < text.length; i += 24) {
        await Promise.all([first.append(text.slice(i, i + 24)), second.append(text.slice(i, i + 24))]);
      }
      await first.replace(edited.join('\n\n'));
      const streamed = { first: probs(await first.end()), second: probs(await second.end()) };
      await Promise.all([first.close(), second.close()]);
      return { graph: gpu.info.graph, reference, oneShot, streamed };
    },
    { problem, steps, edited },
  );
  expect(outcome.graph).toBe('static-captured');
  const worst = (got: number[], want: number[]) => {
    expect(got.length).toBe(want.length);
    return Math.max(...want.map((p, i) => Math.abs(p - got[i]!)));
  };
  expect(worst(outcome.oneShot, outcome.reference.original)).toBeLessThanOrEqual(TOLERANCE);
  expect(worst(outcome.streamed.first, outcome.reference.edited)).toBeLessThanOrEqual(TOLERANCE);
  expect(worst(outcome.streamed.second, outcome.reference.original)).toBeLessThanOrEqual(TOLERANCE);
  // the edit changed the scores: the rewound buffers were written again, not read stale
  expect(worst(outcome.reference.edited, outcome.reference.original)).toBeGreaterThan(TOLERANCE);
});
