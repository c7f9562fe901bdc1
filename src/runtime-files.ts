/**
 * Where the npm package's runtime files are: each onnxruntime-web build (its module and its wasm binary) and the
 * built-in model's files. Running from source (the dev server, tests, the CLI) there are none: onnxruntime-web is
 * imported from node_modules and the built-in model is served beside the page.
 *
 * `vite build --mode lib` replaces this module (demo/build/package-runtime.ts): every file becomes a
 * `new URL('…', import.meta.url)` that bundlers (Vite, webpack, Next.js) follow and copy, and that a static host
 * serves as it is.
 */
import type { Backend } from './types.ts';

/** One onnxruntime-web build: its ES module (standalone) and the wasm binary it runs. */
export interface OrtBuildUrls {
  module: string;
  wasm: string;
}

/** The runtime files a worker needs, as absolute URLs the page resolved. */
export interface RuntimeFiles {
  /** The onnxruntime-web build per backend. */
  ort: Record<Backend, OrtBuildUrls>;
  /** The built-in model's files: path in the model folder -> URL. */
  builtinModel: Record<string, string>;
}

/** The file names of each onnxruntime-web build in the package's `dist/lib/runtime/`. */
export const ORT_FILES: Record<Backend, OrtBuildUrls> = {
  wasm: { module: 'ort.wasm.bundle.min.mjs', wasm: 'ort-wasm-simd-threaded.wasm' },
  webgpu: { module: 'ort.webgpu.bundle.min.mjs', wasm: 'ort-wasm-simd-threaded.asyncify.wasm' },
};

/** The onnxruntime-web builds in `folder` (an absolute URL of a copy of `dist/lib/runtime/`). */
export function ortBuildsAt(folder: string): Record<Backend, OrtBuildUrls> {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  const at = ({ module, wasm }: OrtBuildUrls) => ({ module: new URL(module, base).href, wasm: new URL(wasm, base).href });
  return { wasm: at(ORT_FILES.wasm), webgpu: at(ORT_FILES.webgpu) };
}

/** The package's runtime files, or null when running from source. */
export function packagedRuntimeFiles(): RuntimeFiles | null {
  return null;
}
