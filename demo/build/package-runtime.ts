/**
 * Vite plugin for `vite build --mode lib` (the npm package): emits the runtime files into `dist/lib/runtime/`
 * (each onnxruntime-web build's standalone module and its wasm binary) and the built-in model into
 * `dist/lib/models/tiny-arith-prm/`, and rewrites `src/runtime-files.ts` so each file is a
 * `new URL('…', import.meta.url)` of its own. Bundlers (Vite, webpack, Next.js) follow those and copy the files into
 * the app; a static host serves them as they lie. One copy of each file, under fixed names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { ORT_FILES } from '../../src/runtime-files.ts';

/** The model files a page reads (no recipes, data splits or fixtures). */
const MODEL_FILE = /^(config\.json|tokenizer\.json|tokenizer_config\.json|prm\.json|onnx\/[^/]+\.onnx(_data(_\d+)?)?)$/;

/** The source line `packagedRuntimeFiles()` returns from source; replaced by the package's files. */
const FROM_SOURCE = 'return null;';

/** `modelDir`: the built-in model's folder; its files are listed in its prm.json. */
export function packageRuntime(modelDir: string): Plugin {
  return {
    name: 'steplight-package-runtime',
    transform(code, id) {
      if (!id.endsWith('/src/runtime-files.ts')) return null;
      if (!code.includes(FROM_SOURCE)) this.error(`src/runtime-files.ts no longer holds "${FROM_SOURCE}"; update package-runtime.ts.`);
      // Read here, not when the config loads: only the package build needs them.
      const ortDir = resolve(createRequire(import.meta.url).resolve('onnxruntime-web/wasm'), '..');
      const manifest = JSON.parse(readFileSync(join(modelDir, 'prm.json'), 'utf8')) as { files: Record<string, string> };
      const modelFiles = ['prm.json', ...Object.keys(manifest.files).filter((path) => MODEL_FILE.test(path))];
      const url = (fileName: string, path: string) => {
        const ref = this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
        return `import.meta.ROLLUP_FILE_URL_${ref}`;
      };
      const ort = Object.entries(ORT_FILES).map(
        ([backend, files]) =>
          `${backend}: { module: ${url(`runtime/${files.module}`, join(ortDir, files.module))}, wasm: ${url(`runtime/${files.wasm}`, join(ortDir, files.wasm))} }`,
      );
      const model = modelFiles.map((path) => `${JSON.stringify(path)}: ${url(`models/tiny-arith-prm/${path}`, join(modelDir, path))}`);
      return code.replace(FROM_SOURCE, `return { ort: { ${ort.join(', ')} }, builtinModel: { ${model.join(', ')} } };`);
    },
    // An app's Vite adds its own `__vitePreload` to every file with dynamic imports: the package's must not collide.
    renderChunk(code) {
      return code.includes('__vitePreload') ? code.replaceAll('__vitePreload', '__steplightPreload') : null;
    },
  };
}
