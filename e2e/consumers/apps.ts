/**
 * Fresh consumer apps outside the repository, as a new user makes them: the packed tarball installed from its
 * file (offline, dependencies from npm's cache), the README's snippet as the page script, nothing copied by hand.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const repo = resolve(import.meta.dirname, '../..');
const here = import.meta.dirname;

function run(cwd: string, command: string, args: string[]): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } });
}

/** The version of a dev dependency the repository has installed (the consumer apps install the same, from cache). */
function installed(name: string): string {
  return (JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `npm pack`s the repository (its prepack builds it) into a fresh folder; returns the tarball's path. */
export function packRepository(): string {
  const out = mkdtempSync(join(tmpdir(), 'steplight-pack-'));
  run(repo, 'npm', ['pack', '--pack-destination', out, '--silent']);
  const tarball = readdirSync(out).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${out}`);
  return join(out, tarball);
}

/** Kinds of consumer app. */
export type AppKind = 'vite' | 'webpack' | 'static';

const devDependencies: Record<AppKind, string[]> = {
  vite: [`vite@${installed('vite')}`, `typescript@${installed('typescript')}`],
  webpack: [`webpack@${installed('webpack')}`, `webpack-cli@${installed('webpack-cli')}`],
  static: [],
};

/**
 * Every package the consumer apps install besides the tarball: its dependencies with the ranges the tarball states (an
 * install of the tarball resolves those ranges against the registry's metadata, so the cache must hold what they
 * resolve to today, not what this checkout happens to have) and the apps' tools.
 */
export function consumerPackages(): string[] {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dependencies = Object.entries(manifest.dependencies).map(([name, range]) => `${name}@${range}`);
  return [...dependencies, ...Object.values(devDependencies).flat()];
}

/**
 * Fills npm's cache with what the consumer apps install, so the tests install offline (`.ci/setup` runs this,
 * at install time; `npm ci` caches package files but not the registry metadata an install resolves with).
 */
export function warmNpmCache(): void {
  const dir = mkdtempSync(join(tmpdir(), 'steplight-warm-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'steplight-warm-cache', private: true }));
  run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...consumerPackages()]);
  rmSync(dir, { recursive: true, force: true });
}

/** The page, with the script tag pointing at `script`; the static page maps the bare imports to the package files. */
function page(script: string, importMap: boolean): string {
  const html = readFileSync(join(here, 'index.html'), 'utf8').replace('SCRIPT', script);
  if (!importMap) return html;
  const map = {
    imports: { steplight: './node_modules/steplight/dist/lib/index.js', 'steplight/widget': './node_modules/steplight/dist/lib/steplight-widget.js' },
  };
  return html.replace('<title>', `<script type="importmap">${JSON.stringify(map)}</script>\n    <title>`);
}

/** Creates an app of `kind` in a fresh folder outside the repository, installs `tarball` into it and builds it. */
export function createApp(kind: AppKind, tarball: string): string {
  const dir = mkdtempSync(join(tmpdir(), `steplight-${kind}-app-`));
  const files = kind === 'static' ? [] : readdirSync(join(here, kind));
  for (const name of files) copyFileSync(join(here, kind, name), join(dir, name));
  if (kind === 'static') writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'steplight-consumer-static', private: true }));
  const src = kind === 'static' ? dir : join(dir, 'src');
  mkdirSync(src, { recursive: true });
  copyFileSync(join(here, 'page.js'), join(src, 'main.js'));
  if (kind === 'vite') {
    copyFileSync(join(here, 'vite', 'types-check.ts'), join(src, 'types-check.ts'));
    writeFileSync(join(dir, 'index.html'), page('/src/main.js', false));
  }
  if (kind === 'webpack') copyFileSync(join(here, 'index.html'), join(dir, 'index.html'));
  if (kind === 'static') writeFileSync(join(dir, 'index.html'), page('./main.js', true));
  run(dir, 'npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, ...devDependencies[kind]]);
  if (kind !== 'static') run(dir, 'npm', ['run', 'build']);
  return dir;
}

/** Where a built app's files are served from. */
export function builtRoot(kind: AppKind, dir: string): string {
  return kind === 'static' ? dir : join(dir, 'dist');
}

/** A TCP port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

/** Starts the Vite dev server of a Vite app on a free port; resolves with its URL and a `stop` that ends it. */
export async function startViteDev(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(join(dir, 'node_modules', '.bin', 'vite'), ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const url = await new Promise<string>((resolveUrl, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`vite dev did not start:\n${seen}`)), 60_000);
    const read = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stripVTControlCharacters(seen));
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`vite dev exited with ${code}:\n${seen}`)));
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  return { url, stop };
}
