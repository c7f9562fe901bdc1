/**
 * `npm install steplight` into fresh apps: the project is packed, and apps outside the repository (Vite in dev and
 * build, webpack 5, a plain static page importing the package files through an import map) install the tarball
 * offline, build, and are served. In Chromium the README's library snippet and a `<steplight-steps>` both score a
 * problem on one worker and one model download; nothing is copied by hand and nothing is configured for Steplight.
 * A Node script in an app scores with the package's `loadPrm` too.
 */
import { expect, type Page, test } from '@playwright/test';
import { type AppKind, builtRoot, createApp, packRepository, startViteDev } from './consumers/apps.ts';
import { serveStatic } from './consumers/serve.ts';
import { countPageWorkers, pageWorkers } from './page-workers.ts';

/** What the page script writes into #library-result. */
interface LibraryResult {
  backend?: string;
  variant?: string;
  threads?: number;
  scores?: number[];
  firstError?: unknown;
  error?: { code: string | null; name: string; message: string };
}

const apps = new Map<AppKind, string>();
let tarball = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  tarball = packRepository();
  for (const kind of ['vite', 'webpack', 'static'] as const) apps.set(kind, createApp(kind, tarball));
});

/** Opens the app at `url` and checks both the library snippet and the widget scored the problem, on one worker. */
async function expectScored(page: Page, url: string): Promise<LibraryResult> {
  const modelDownloads: string[] = [];
  page.on('request', (request) => {
    if (/\.onnx(\?|$)/.test(request.url())) modelDownloads.push(request.url());
  });
  await countPageWorkers(page);
  await page.goto(url);
  const output = page.locator('#library-result');
  await expect(output).not.toHaveText('scoring…', { timeout: 90_000 });
  const result = JSON.parse((await output.textContent()) ?? '{}') as LibraryResult;
  expect(result.error, JSON.stringify(result.error)).toBeUndefined();
  expect(result.firstError).toBeNull();
  expect(result.scores).toHaveLength(2);
  for (const score of result.scores ?? []) expect(score).toBeGreaterThan(0.5);

  const widgetSteps = page.locator('steplight-steps [data-score]');
  await expect(widgetSteps).toHaveCount(2, { timeout: 60_000 });
  const widgetScores = await widgetSteps.evaluateAll((steps) => steps.map((step) => Number(step.getAttribute('data-score'))));
  expect(widgetScores.map((s) => s.toFixed(4))).toEqual((result.scores ?? []).map((s) => s.toFixed(4)));

  expect(await pageWorkers(page)).toBe(1);
  // The WebGPU graph also fetches gpu_buffers.onnx: 3 kB that allocate its key/value buffers, no weights.
  const weights = modelDownloads.filter((url) => !url.includes('/gpu_buffers.onnx'));
  expect(weights, 'one model file, downloaded once').toHaveLength(1);
  expect(new Set(modelDownloads).size, 'no file downloaded twice').toBe(modelDownloads.length);
  return result;
}

test('the packed tarball holds one copy of the model, the runtime, a LICENSE and no data', async () => {
  const { execFileSync } = await import('node:child_process');
  const { statSync } = await import('node:fs');
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  const models = files.filter((f) => f.endsWith('.onnx'));
  expect(models.sort()).toEqual(
    ['gpu_buffers.onnx', 'model.onnx', 'model_fp16.onnx', 'model_gpu_q4.onnx', 'model_int8.onnx', 'model_q4.onnx'].map(
      (m) => `package/dist/lib/models/tiny-arith-prm/onnx/${m}`,
    ),
  );
  expect(files).toContain('package/LICENSE');
  expect(files).toContain('package/dist/lib/runtime/ort.wasm.bundle.min.mjs');
  expect(files.filter((f) => /\.jsonl$|fixtures|metrics\.json|training-log/.test(f))).toEqual([]);
  // Size budget (README, "Use it in your app"): onnxruntime's two wasm builds are 40 MB of it.
  expect(statSync(tarball).size).toBeLessThan(27 * 1024 * 1024);
});

test("a Node script in an app scores with the package's loadPrm and its built-in model", async () => {
  const { execFileSync } = await import('node:child_process');
  const { writeFileSync } = await import('node:fs');
  const dir = apps.get('static') ?? '';
  const script = `import { loadPrm } from 'steplight';
const prm = await loadPrm({ kind: 'dir', path: 'node_modules/steplight/dist/lib/models/tiny-arith-prm' }, { backend: 'wasm' });
const result = await prm.score('Tom has 8 boxes of 12 pens. How many pens?', ['8 × 12 = 96 pens.', 'So he has 96 pens.']);
console.log(JSON.stringify({ scores: result.steps.map((s) => s.score), texts: result.tokens.map((t) => t.text) }));
await prm.dispose();`;
  writeFileSync(`${dir}/score.mjs`, script);
  const output = execFileSync('node', ['score.mjs'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  const { scores, texts } = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { scores: number[]; texts: string[] };
  expect(scores).toHaveLength(2);
  for (const score of scores) expect(score).toBeGreaterThan(0.5);
  expect(texts.join('')).toBe('8 × 12 = 96.The answer is 96.'); // each step as the built-in model reads it (`stepView`)
});

test('a Vite app (production build) scores with the library and the widget', async ({ page }) => {
  const server = await serveStatic(builtRoot('vite', apps.get('vite') ?? ''), false);
  try {
    const result = await expectScored(page, server.url);
    expect(result.backend).toBe('webgpu');
    expect(result.variant).toBe('q4');
  } finally {
    await server.close();
  }
});

test('a Vite app in the dev server scores with the library and the widget', async ({ page }) => {
  const dev = await startViteDev(apps.get('vite') ?? '');
  try {
    expect((await expectScored(page, dev.url)).backend).toBe('webgpu');
  } finally {
    dev.stop();
  }
});

test('a webpack 5 app scores with the library and the widget (WASM, one thread: not cross-origin isolated)', async ({ page }) => {
  const server = await serveStatic(builtRoot('webpack', apps.get('webpack') ?? ''), false);
  try {
    expect((await expectScored(page, `${server.url}?backend=wasm`)).backend).toBe('wasm');
  } finally {
    await server.close();
  }
});

test('a static page importing the package files (import map, cross-origin isolated: threads) scores', async ({ page }) => {
  // WASM threads start their own workers; on a loaded 2-core CI machine this once ran past the default 120 s
  test.setTimeout(300_000);
  const server = await serveStatic(builtRoot('static', apps.get('static') ?? ''), true);
  try {
    const result = await expectScored(page, `${server.url}?backend=wasm`);
    expect(result.backend).toBe('wasm');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(result.threads).toBeGreaterThan(1);
  } finally {
    await server.close();
  }
});
