/**
 * Vite plugin: serves a model folder (the built-in model at `<base>models/tiny-arith-prm/`) in dev and
 * preview, and copies it into the build output, so every page can load it from its own origin.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/** Files of a model folder that a page may fetch (no recipes, no fixtures): the PRM's and the policy's (transformers.js
 * reads generation_config.json; the notebook plots search-results.json). */
const modelFile = (rel: string) =>
  /^(config\.json|generation_config\.json|tokenizer\.json|tokenizer_config\.json|prm\.json|search-results\.json|onnx\/[^/]+\.onnx(_data(_\d+)?)?|data\/[^/]+\.jsonl)$/.test(
    rel,
  );

/** The files of `dir` that `keep` accepts, as folder-relative paths. */
function modelFiles(dir: string, keep: (rel: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = relative(dir, full).split(sep).join('/');
        if (keep(rel)) out.push(rel);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const contentTypes: Record<string, string> = {
  json: 'application/json',
  jsonl: 'application/x-ndjson',
  mjs: 'text/javascript',
  wasm: 'application/wasm',
};

/**
 * Serves `modelDir` under the URL path `urlPath` (relative to the site base) and, unless `emit` is false
 * (test-only models), copies it into the build. `keep` picks the files (default: a model folder's).
 */
export function serveModel(modelDir: string, urlPath: string, emit = true, keep: (rel: string) => boolean = modelFile): Plugin {
  const dir = resolve(modelDir);
  const files = new Set(modelFiles(dir, keep));
  const middleware = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const at = path.indexOf(`/${urlPath}/`);
    if (at < 0) return next();
    const rel = path.slice(at + urlPath.length + 2);
    if (!files.has(rel)) return next();
    const ext = rel.split('.').pop() ?? '';
    res.setHeader('Content-Type', contentTypes[ext] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(join(dir, rel)).size));
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    createReadStream(join(dir, rel)).pipe(res);
  };
  return {
    name: 'steplight-serve-model',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    async generateBundle() {
      if (!emit) return;
      const { readFile } = await import('node:fs/promises');
      for (const rel of files) {
        this.emitFile({ type: 'asset', fileName: `${urlPath}/${rel}`, source: await readFile(join(dir, rel)) });
      }
    },
  };
}
