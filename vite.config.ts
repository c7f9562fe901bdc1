import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { serveModel } from './demo/build/serve-model.ts';

/** Cross-origin isolation, so WASM can use threads (SharedArrayBuffer). */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: 'demo',
  base: './',
  publicDir: false,
  plugins: [serveModel('models/tiny-arith-prm', 'models/tiny-arith-prm')],
  server: { headers: isolationHeaders, fs: { allow: ['..'] } },
  preview: { headers: isolationHeaders },
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'demo/index.html'),
        harness: resolve(import.meta.dirname, 'demo/harness.html'),
      },
    },
  },
  test: {
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'demo/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
