import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type ViteUserConfig as UserConfig } from 'vitest/config';
import { packageRuntime } from './demo/build/package-runtime.ts';
import { precacheManifest } from './demo/build/precache.ts';
import { serveModel } from './demo/build/serve-model.ts';
import { serveTransformersOrt, transformersOrtExternWasm } from './demo/build/transformers-ort.ts';
import { widgetEntry } from './demo/build/widget-entry.ts';

const here = import.meta.dirname;

/**
 * In Node, onnxruntime-web's WebGPU bundle keeps the process alive after its work; its Node build
 * (WASM only) exits cleanly, so Node targets (CLI, unit tests) import that one for either backend.
 */
const nodeOrt = [{ find: /^onnxruntime-web\/(webgpu|wasm)$/, replacement: 'onnxruntime-web' }];

/** Cross-origin isolation, so WASM can use threads (SharedArrayBuffer). */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The scoring worker keeps a fixed name, so `workerUrl` options can point at a copy of it elsewhere; other workers
 * (the demo's policy worker) are hashed like any asset. */
const worker: UserConfig['worker'] = {
  format: 'es',
  plugins: () => [transformersOrtExternWasm(here)],
  rolldownOptions: {
    output: { entryFileNames: (chunk: { name: string }) => (chunk.name === 'prm.worker' ? 'assets/steplight-worker.js' : 'assets/[name]-[hash].js') },
  },
};

/** Entry chunks of the widget and the library keep plain names; everything else goes to assets/. */
const plainEntries = ['index', 'steplight-widget', 'notebook-sw'];
const output = {
  entryFileNames: (chunk: { name: string }) => (plainEntries.includes(chunk.name) ? '[name].js' : 'assets/[name]-[hash].js'),
};

/**
 * The Content-Security-Policy the built demo, widget page, notebook and benchmark page run under (`vite preview` sends it; set the
 * same header on a static host). No inline or eval'd script: only same-origin modules and WebAssembly compilation.
 * Model folders may come from any https origin (the demo's "load by URL").
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' https:",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The built-in model beside the built files, where the widget's `builtin` resolves by default. */
const builtinModel = serveModel('models/tiny-arith-prm', 'models/tiny-arith-prm');
/** The tiny policy LM the demo's search panel and the notebook generate with (transformers.js, demo/policy/). */
const policyModel = serveModel('models/tiny-arith-policy', 'models/tiny-arith-policy');
/** The converted PRM family fixtures (`npm run prepare:families`), served to the e2e tests, never built in. */
const familiesDir = 'models/families/build';
const familyModels = existsSync(familiesDir)
  ? readdirSync(familiesDir)
      .filter((name) => name !== 'hf')
      .map((name) => serveModel(`${familiesDir}/${name}`, `families/${name}`, false))
  : [];
/** Models `npm run bench` builds for itself (bench/models, e.g. the Qwen2.5-0.5B-shape one), served, never built in. */
const benchModelsDir = 'bench/models';
const benchModels = existsSync(benchModelsDir)
  ? readdirSync(benchModelsDir)
      .filter((name) => existsSync(`${benchModelsDir}/${name}/prm.json`))
      .map((name) => serveModel(`${benchModelsDir}/${name}`, `bench-models/${name}`, false))
  : [];

/**
 * In the package, onnxruntime-web is loaded from the runtime files (src/runtime-files.ts), never bundled: its
 * imports resolve to a module that is never run.
 */
const ortFromRuntimeFiles = [{ find: /^onnxruntime-web\/(webgpu|wasm)$/, replacement: resolve(here, 'demo/build/ort-not-bundled.ts') }];

/**
 * `vite build --mode lib`: the library entry (`index.js`) and the widget (`steplight-widget.js`), the worker
 * (`assets/steplight-worker.js`, one self-contained file), onnxruntime-web in `runtime/` and the built-in model in
 * `models/tiny-arith-prm/`, each referenced by a `new URL(…, import.meta.url)` that bundlers follow.
 */
const library: UserConfig = {
  base: './',
  publicDir: false,
  plugins: [packageRuntime(resolve(here, 'models/tiny-arith-prm'))],
  resolve: { alias: ortFromRuntimeFiles },
  // One self-contained worker file: a bundler that copies it alone loses nothing.
  worker: { ...worker, rolldownOptions: { output: { entryFileNames: 'assets/steplight-worker.js', codeSplitting: false } } },
  build: {
    outDir: resolve(here, 'dist/lib'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // Unminified: keeps the magic comments bundlers read (`webpackIgnore`); apps minify when they build.
    minify: false,
    // No preload helper around the lazy imports: it reads `document`, which Node (loadPrm, loadPolicy) has not.
    modulePreload: false,
    rolldownOptions: {
      input: { index: resolve(here, 'src/index.ts'), 'steplight-widget': resolve(here, 'src/widget/steplight-widget.ts') },
      preserveEntrySignatures: 'strict',
      output,
    },
  },
};

/** `vite build --mode cli`: the Node command line tool, dependencies left to node_modules. */
const cli: UserConfig = {
  publicDir: false,
  resolve: { alias: nodeOrt },
  build: {
    outDir: resolve(here, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    ssr: resolve(here, 'src/cli/main.ts'),
    rolldownOptions: { output: { entryFileNames: 'steplight.mjs', banner: '#!/usr/bin/env node' } },
  },
};

/**
 * Files the notebook's service worker does not precache: the test harness page, model variants other than the default
 * q4 (cached when first used), the held-out data, and the policy worker with transformers.js's onnxruntime-web (the
 * in-browser search measurement, an online extra: 27 MB that offline scoring does not need). The policy's q4 files
 * (1.7 MB) are precached, so new weights change the cache version instead of being served stale; its fp32 graph, which
 * the demo never loads, is not.
 */
const offlineSkips =
  /^(harness\.html|assets\/harness-.*|models\/tiny-arith-prm\/(onnx\/model(_fp16|_int8)?\.onnx|data\/heldout\.jsonl)|models\/tiny-arith-policy\/onnx\/model\.onnx|transformers-ort\/.*|assets\/policy\.worker-.*)$/;

/**
 * Test tiers (`vitest run --project NAME`): `unit` loads no model and runs in seconds; `model` runs the built-in
 * model (and the CLI bundle); `families` checks the converted PRM family fixtures (`npm run prepare:families`
 * builds them with torch; without them it skips, saying so).
 */
const tier = (name: string, include: string[], exclude: string[] = []) => ({
  extends: true as const,
  test: { name, include, exclude },
});
const testTiers = [
  tier('unit', ['src/**/*.test.ts', 'workers/**/*.test.ts', 'demo/**/*.test.ts'], ['**/*.model.test.ts', '**/*.fixtures.test.ts']),
  tier('model', ['**/*.model.test.ts'], ['node_modules/**']),
  tier('families', ['**/*.fixtures.test.ts'], ['node_modules/**']),
];

/** Default: the demo site (dev server, build, preview) and the unit tests. */
const site: UserConfig = {
  root: 'demo',
  base: './',
  publicDir: false,
  plugins: [
    builtinModel,
    policyModel,
    ...serveTransformersOrt(here),
    ...familyModels,
    widgetEntry(resolve(here, 'src/widget/steplight-widget.ts')),
    precacheManifest('notebook-sw', offlineSkips),
  ],
  server: { headers: isolationHeaders, fs: { allow: ['..'] } },
  preview: { headers: { ...isolationHeaders, 'Content-Security-Policy': contentSecurityPolicy } },
  worker,
  build: {
    outDir: resolve(here, 'dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(here, 'demo/index.html'),
        harness: resolve(here, 'demo/harness.html'),
        embed: resolve(here, 'demo/embed.html'),
        notebook: resolve(here, 'demo/notebook.html'),
        'steplight-widget': resolve(here, 'src/widget/steplight-widget.ts'),
        'notebook-sw': resolve(here, 'demo/notebook-sw.ts'),
      },
      preserveEntrySignatures: 'strict',
      output,
    },
  },
  test: {
    root: here,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    alias: nodeOrt,
    projects: testTiers,
  },
};

/**
 * `vite --mode bench` / `vite build --mode bench` / `vite preview --mode bench`: the benchmark page `npm run bench` drives
 * (bench/page/, which may reach into the library's internals), with the built-in model and bench/models, served like the
 * demo site (same headers).
 */
const benchPage: UserConfig = {
  root: 'bench/page',
  base: './',
  publicDir: false,
  plugins: [builtinModel, ...benchModels],
  server: { headers: isolationHeaders, fs: { allow: [here] } },
  preview: site.preview,
  worker,
  build: {
    outDir: resolve(here, 'dist/bench'),
    emptyOutDir: true,
    target: 'es2022',
    // strict: the entry chunk exports nothing extra, so chunks a worker loads (onnxruntime's threads) never import the page.
    rolldownOptions: { input: { bench: resolve(here, 'bench/page/bench.html') }, preserveEntrySignatures: 'strict', output },
  },
};

const modes: Record<string, UserConfig> = { lib: library, cli, bench: benchPage };
export default defineConfig(({ mode }) => modes[mode] ?? site);
