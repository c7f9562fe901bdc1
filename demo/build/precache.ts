/**
 * Vite plugin: writes the precache list into the service worker chunk named `chunkName`: every file of
 * the build except those `skip` matches (and assets only they import), and a version hashed from their contents, so each build
 * with changed files installs a new worker and drops the old cache.
 */
import { createHash } from 'node:crypto';
import type { Plugin, Rolldown } from 'vite';

const placeholder = /(["'`])__STEPLIGHT_PRECACHE__\1/;

/** Assets that only skipped chunks import: skipped with them. */
function onlyUsedBySkipped(bundle: Rolldown.OutputBundle, skip: RegExp): Set<string> {
  const used = new Set<string>();
  const usedBySkipped = new Set<string>();
  for (const [fileName, file] of Object.entries(bundle)) {
    if (file.type !== 'chunk') continue;
    const assets = file.viteMetadata?.importedAssets ?? new Set<string>();
    for (const asset of assets) (skip.test(fileName) ? usedBySkipped : used).add(asset);
  }
  return new Set([...usedBySkipped].filter((asset) => !used.has(asset)));
}

export function precacheManifest(chunkName: string, skip: RegExp): Plugin {
  return {
    name: 'steplight-precache',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const worker = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === chunkName);
      if (worker?.type !== 'chunk') return;
      const skipped = onlyUsedBySkipped(bundle, skip);
      const hash = createHash('sha256');
      const files: string[] = [];
      for (const [fileName, file] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        if (file === worker || skip.test(fileName) || skipped.has(fileName)) continue;
        files.push(fileName);
        hash.update(fileName);
        hash.update(file.type === 'chunk' ? file.code : file.source);
      }
      const manifest = { version: hash.digest('hex').slice(0, 16), files: ['./', ...files] };
      if (!placeholder.test(worker.code)) this.error(`${chunkName}: precache placeholder not found.`);
      worker.code = worker.code.replace(placeholder, JSON.stringify(manifest));
    },
  };
}
