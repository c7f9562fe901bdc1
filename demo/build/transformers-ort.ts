/**
 * transformers.js brings its own onnxruntime-web (a different version from the library's), which the demo's policy
 * worker runs. Two Vite plugins keep every one of its files on the site's origin and in one copy:
 * - {@link serveTransformersOrt} serves its module and wasm binary under `transformers-ort/` (dev, preview) and copies
 *   them into the build; the worker points `env.backends.onnx.wasm.wasmPaths` there (transformers.js's default is a CDN);
 * - {@link transformersOrtExternWasm} (a worker plugin) gives transformers.js onnxruntime-web's build that loads its wasm
 *   from `wasmPaths` (`ort.webgpu.min.mjs`) instead of the one that references the binary beside itself, which a build
 *   would copy a second time (27 MB) without ever loading it.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { serveModel } from './serve-model.ts';

/** The folder of transformers.js's onnxruntime-web build files, or null when transformers.js is not installed. */
function ortFolder(root: string): string | null {
  try {
    const fromTransformers = createRequire(resolve(root, 'node_modules/@huggingface/transformers/package.json'));
    return dirname(fromTransformers.resolve('onnxruntime-web/ort-wasm-simd-threaded.asyncify.wasm'));
  } catch {
    return null;
  }
}

/** Serves (and builds in) the files the policy worker's `wasmPaths` name, under `transformers-ort/`. */
export function serveTransformersOrt(root: string): Plugin[] {
  const folder = ortFolder(root);
  if (folder === null) return [];
  return [serveModel(folder, 'transformers-ort', true, (rel) => /^ort-wasm-simd-threaded\.asyncify\.(mjs|wasm)$/.test(rel))];
}

/** Resolves transformers.js's `onnxruntime-web/webgpu` to the build that takes its wasm from `wasmPaths` alone. */
export function transformersOrtExternWasm(root: string): Plugin {
  const folder = ortFolder(root);
  return {
    name: 'steplight-transformers-ort-extern-wasm',
    enforce: 'pre',
    resolveId(source, importer) {
      if (folder === null || source !== 'onnxruntime-web/webgpu' || !importer?.includes('@huggingface/transformers')) return null;
      return join(folder, 'ort.webgpu.min.mjs');
    },
  };
}
