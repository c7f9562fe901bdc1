/**
 * Loading by hub id from a local server with the hub's URL layout (redirects, ETags, ranges): the built-in model
 * loads and scores as from its folder; a gated model and an unknown one are typed errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelLoadError } from './errors.ts';
import { loadPrm } from './model.ts';
import { startHubServer } from './testing/hub-server.ts';
import { MODEL_DIR, maxAbsDiff } from './testing/fixtures.ts';

let hub: Awaited<ReturnType<typeof startHubServer>>;
beforeAll(async () => {
  hub = await startHubServer({ repos: { 'steplight/tiny-arith-prm': MODEL_DIR }, gated: ['meta-llama/gated-prm'] });
});
afterAll(() => hub.close());

const problem = 'Ava has 12 pens. She buys 7 more pens. How many pens does she have now?';
const steps = ['12 + 7 = 19.', 'The answer is 19.'];

async function failure(work: Promise<unknown>): Promise<ModelLoadError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelLoadError);
  return error as ModelLoadError;
}

describe('hub models', () => {
  it('a hub id loads through the redirect and scores exactly as the model folder', async () => {
    const options = { backend: 'wasm' as const, variant: 'fp32' as const, cache: false };
    const fromHub = await loadPrm({ kind: 'hub', id: 'steplight/tiny-arith-prm', revision: 'main', host: hub.url }, options);
    const fromDir = await loadPrm({ kind: 'dir', path: MODEL_DIR }, options);
    const [a, b] = [await fromHub.score(problem, steps), await fromDir.score(problem, steps)];
    expect(
      maxAbsDiff(
        a.steps.map((s) => s.score),
        b.steps.map((s) => s.score),
      ),
    ).toBe(0);
    expect(hub.requests).toContain('GET /steplight/tiny-arith-prm/resolve/main/prm.json');
    expect(hub.requests).toContain('GET /cdn/steplight/tiny-arith-prm/main/onnx/model.onnx');
    await Promise.all([fromHub.dispose(), fromDir.dispose()]);
  });

  it('a gated model is model-access-denied and an unknown one model-not-found, each with a hint', async () => {
    const gated = await failure(loadPrm({ kind: 'hub', id: 'meta-llama/gated-prm', host: hub.url }, { cache: false }));
    expect(gated.code).toBe('model-access-denied');
    expect(gated.hint).toMatch(/credentials/);
    const unknown = await failure(loadPrm({ kind: 'hub', id: 'nobody/no-such-prm', host: hub.url }, { cache: false }));
    expect(unknown.code).toBe('model-not-found');
  });
});
