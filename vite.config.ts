import { resolve } from 'node:path';
import { defineConfig, type ViteUserConfig as UserConfig } from 'vitest/config';
import { serveModel } from './demo/build/serve-model.ts';

const here = import.meta.dirname;

/**
 * In Node, onnxruntime-web's WebGPU bundle keeps the process alive after its work; its Node build
 * (WASM only) exits cleanly, so Node targets (CLI, unit tests) import that one instead.
 */
const nodeOrt = [{ find: /^onnxruntime-web\/webgpu$/, replacement: 'onnxruntime-web' }];

/** Cross-origin isolation, so WASM can use threads (SharedArrayBuffer). */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** `vite build --mode lib`: the library (one ES entry, its worker and wasm files beside it). */
const library: UserConfig = {
  publicDir: false,
  worker: { format: 'es' },
  build: {
    outDir: resolve(here, 'dist/lib'),
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: resolve(here, 'src/index.ts'), formats: ['es'], fileName: 'index' },
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
    rollupOptions: { output: { entryFileNames: 'steplight.mjs', banner: '#!/usr/bin/env node' } },
  },
};

/** Default: the demo site (dev server, build, preview) and the unit tests. */
const site: UserConfig = {
  root: 'demo',
  base: './',
  publicDir: false,
  plugins: [serveModel('models/tiny-arith-prm', 'models/tiny-arith-prm')],
  server: { headers: isolationHeaders, fs: { allow: ['..'] } },
  preview: { headers: isolationHeaders },
  worker: { format: 'es' },
  build: {
    outDir: resolve(here, 'dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: resolve(here, 'demo/index.html'),
        harness: resolve(here, 'demo/harness.html'),
      },
    },
  },
  test: {
    root: here,
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'demo/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    alias: nodeOrt,
  },
};

export default defineConfig(({ mode }) => (mode === 'lib' ? library : mode === 'cli' ? cli : site));
