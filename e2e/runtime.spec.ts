/**
 * The runtime in a real Chromium: the worker-backed client on WASM and on WebGPU (SwiftShader),
 * checked against the PyTorch golden fixtures, streaming against one-shot, errors as classes,
 * and a worker killed mid-stream.
 */
import { expect, test, type Page } from '@playwright/test';
import { goldenRecords } from '../src/testing/fixtures.ts';

/** The pages load the built-in model, so its fixtures are the reference whatever STEPLIGHT_TEST_MODEL says. */
const records = goldenRecords('models/tiny-arith-prm').slice(0, 6);
/** WebGPU runs on SwiftShader here (a CPU emulation, ~0.5 s per model run), so it streams fewer, larger chunks. */
const plan = { wasm: { records: 6, chunk: 3 }, webgpu: { records: 2, chunk: 12 } };

async function openHarness(page: Page): Promise<void> {
  page.on('console', (msg) => {
    if (msg.type() === 'error') console.log(`[page] ${msg.text()}`);
  });
  await page.goto('harness.html');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
}

for (const backend of ['wasm', 'webgpu'] as const) {
  test(`one-shot and streaming scores match the PyTorch fixtures on ${backend}`, async ({ page }) => {
    test.setTimeout(300_000);
    const { chunk } = plan[backend];
    const sample = records.slice(0, plan[backend].records);
    await openHarness(page);
    const outcome = await page.evaluate(
      async ({ backend, records, chunk }) => {
        const client = window.steplight.createSteplight();
        const model = await client.load({ kind: 'builtin' }, { backend, variant: 'fp32' });
        const oneShot = [];
        const streamed = [];
        for (const record of records) {
          const result = await model.score(record.problem, record.steps);
          oneShot.push({
            probs: result.tokens.map((t) => t.partialReward),
            steps: result.steps.map((s) => s.score),
            firstError: result.firstError?.stepIndex ?? -1,
          });
          const session = await model.open(record.problem, () => undefined);
          const text = record.steps.join('\n\n');
          for (let i = 0; i < text.length; i += chunk) await session.append(text.slice(i, i + chunk));
          const state = await session.end();
          streamed.push({ probs: state.tokens.map((t) => t.partialReward), steps: state.steps.map((s) => s.score) });
          await session.close();
        }
        return { info: model.info, oneShot, streamed };
      },
      { backend, records: sample, chunk },
    );
    expect(outcome.info.backend).toBe(backend);
    expect(outcome.info.variant).toBe('fp32');
    sample.forEach((record, i) => {
      const expected = record.probs.slice(record.prompt_length);
      const got = outcome.oneShot[i]!;
      expect(got.probs.length).toBe(expected.length);
      const worst = Math.max(...expected.map((p, j) => Math.abs(p - got.probs[j]!)));
      expect(worst, `${record.id} per-token probs`).toBeLessThanOrEqual(1e-3);
      expect(got.steps.length).toBe(record.step_scores.length);
      got.steps.forEach((s, j) => {
        expect(Math.abs(s - record.step_scores[j]!)).toBeLessThanOrEqual(1e-3);
      });
      expect(got.firstError).toBe(record.first_error_step);
      const stream = outcome.streamed[i]!;
      expect(stream.probs.length).toBe(got.probs.length);
      stream.probs.forEach((p, j) => {
        expect(Math.abs(p - got.probs[j]!)).toBeLessThanOrEqual(1e-4);
      });
    });
  });
}

test('errors from the worker arrive as real error classes with codes', async ({ page }) => {
  await openHarness(page);
  const seen = await page.evaluate(async () => {
    const { createSteplight, ModelLoadError, InvalidArgumentError, SteplightError } = window.steplight;
    const client = createSteplight();
    const describe = (e: unknown) => ({
      isSteplight: e instanceof SteplightError,
      isLoad: e instanceof ModelLoadError,
      isArgument: e instanceof InvalidArgumentError,
      code: e instanceof SteplightError ? e.code : 'none',
      hint: e instanceof SteplightError ? e.hint : '',
    });
    const missing = await client.load({ kind: 'url', url: 'no-such-model/' }).then(() => null, describe);
    const model = await client.load({ kind: 'builtin' }, { backend: 'wasm' });
    const empty = await model.score('', ['1 + 1 = 2']).then(() => null, describe);
    return { missing, empty };
  });
  expect(seen.missing).toMatchObject({ isSteplight: true, isLoad: true, code: 'model-not-found' });
  expect(seen.missing?.hint).not.toBe('');
  expect(seen.empty).toMatchObject({ isSteplight: true, isArgument: true, code: 'invalid-argument' });
});

test('a worker killed mid-stream rejects pending calls, then restarts and restores the session', async ({ page }) => {
  await openHarness(page);
  const record = records.find((r) => r.label >= 0) ?? records[0]!;
  const outcome = await page.evaluate(async (record) => {
    const { createSteplight, defaultWorkerFactory, WorkerCrashedError } = window.steplight;
    const workers: Worker[] = [];
    const client = createSteplight({
      createWorker: (name) => {
        const worker = defaultWorkerFactory(name);
        workers.push(worker);
        return worker;
      },
    });
    const model = await client.load({ kind: 'builtin' }, { backend: 'wasm', variant: 'fp32' });
    const session = await model.open(record.problem, () => undefined);
    const text = record.steps.join('\n\n');
    const half = Math.floor(text.length / 2);
    await session.append(text.slice(0, half));
    const pending = session.append(text.slice(half));
    workers[0]!.terminate();
    const crash = await pending.then(
      () => 'resolved',
      (e: unknown) => (e instanceof WorkerCrashedError ? e.code : `other: ${String(e)}`),
    );
    const restored = await session.end();
    const fresh = await model.score(record.problem, record.steps);
    return {
      crash,
      workerCount: workers.length,
      restored: restored.steps.map((s) => s.score),
      fresh: fresh.steps.map((s) => s.score),
      restoredText: restored.text,
      text,
    };
  }, record);
  expect(outcome.crash).toBe('worker-crashed');
  expect(outcome.workerCount).toBe(2);
  expect(outcome.restoredText).toBe(outcome.text);
  expect(outcome.restored.length).toBe(outcome.fresh.length);
  outcome.restored.forEach((s, i) => {
    expect(Math.abs(s - outcome.fresh[i]!)).toBeLessThanOrEqual(1e-4);
  });
});

test('loading reports byte progress; a load of a held model joins it; a load after dispose comes from Cache Storage', async ({ page }) => {
  await openHarness(page);
  const seen = await page.evaluate(async () => {
    await caches.delete('steplight-models-v1');
    const client = window.steplight.createSteplight();
    const first: { file: string; loadedBytes: number; totalBytes: number | null; fromCache: boolean }[] = [];
    const second: typeof first = [];
    const joinedEvents: typeof first = [];
    const held = await client.load({ kind: 'builtin' }, { backend: 'wasm', variant: 'q4' }, (e) => first.push(e));
    // One load per model for the page: asking again while it is held returns it, with nothing downloaded.
    const joined = await client.load({ kind: 'builtin' }, { backend: 'wasm', variant: 'q4' }, (e) => joinedEvents.push(e));
    await held.dispose();
    await joined.dispose();
    await client.load({ kind: 'builtin' }, { backend: 'wasm', variant: 'q4' }, (e) => second.push(e));
    await new Promise((settled) => setTimeout(settled, 300)); // progress arrives on its own message port
    const last = (list: typeof first, file: string) => list.filter((e) => e.file === file).at(-1);
    return {
      joinedEvents: joinedEvents.length,
      firstOnnx: last(first, 'onnx/model_q4.onnx'),
      secondOnnx: last(second, 'onnx/model_q4.onnx'),
      warmup: first.some((e) => e.file === 'warmup'),
      phases: first.map((e) => e.file).filter((f) => f === 'runtime' || f === 'warmup'),
    };
  });
  expect(seen.firstOnnx?.fromCache).toBe(false);
  expect(seen.firstOnnx?.loadedBytes).toBe(seen.firstOnnx?.totalBytes);
  expect(seen.firstOnnx?.loadedBytes).toBeGreaterThan(100_000);
  expect(seen.joinedEvents).toBe(0);
  expect(seen.secondOnnx?.fromCache).toBe(true);
  expect(seen.warmup).toBe(true);
  // After the downloads the page hears that onnxruntime starts, then the warm-up (the bar no longer sits at 100 %).
  expect(seen.phases).toEqual(['runtime', 'warmup']);
});
