/** The folder rules of the layout (README "Layout"): `workers/` imports `src/`, never the reverse; `demo/` uses the public entries (the benchmark page, under bench/, may reach internals). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The module specifiers `file` imports or re-exports (static and dynamic). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

describe('layout', () => {
  it('src/ never imports workers/, demo/, e2e/ or bench/', () => {
    const bad = files('src').flatMap((f) =>
      imports(f)
        .filter((s) => /\.\.\/(\.\.\/)*(workers|demo|e2e|bench)\//.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('the library never imports transformers.js (generation plugs in through TextGenerator; the demo brings its own)', () => {
    const bad = [...files('src'), ...files('workers')].filter(
      (f) => !f.endsWith('.test.ts') && imports(f).some((s) => s.startsWith('@huggingface/transformers')),
    );
    expect(bad).toEqual([]);
  });

  it('demo pages import only the public entries of src/ (the package build plugins excepted)', () => {
    const publicEntries = /\/src\/(index|widget\/steplight-widget)\.ts$/;
    const bad = files('demo')
      .filter((f) => !f.startsWith('demo/build/') && !f.endsWith('.test.ts'))
      .flatMap((f) =>
        imports(f)
          .filter((s) => s.includes('/src/') && !publicEntries.test(s))
          .map((s) => `${f}: ${s}`),
      );
    expect(bad).toEqual([]);
  });
});
