/**
 * `npm run bench`: builds the benchmark page (`vite build --mode bench`, bench/page/), serves it, runs it in headless Chromium for each
 * configuration, prints the tables and writes bench/results/latest.{json,md,svg} (rendered by report.ts). Every ratio compares figures
 * measured in the same page, on the same model file and the same token ids.
 */
import { spawn, execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium } from '@playwright/test';
import type { BenchConfig } from './page/bench.ts';
import { chart, type Result, type Results, table } from './report.ts';

const PORT = 4288;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-webgpu-adapter=swiftshader',
  '--enable-unsafe-swiftshader',
];
const lengths = [128, 256, 420];
const LARGE_MODEL_DIR = 'bench/models/qwen2.5-0.5b-shape';
const LARGE_MODEL = 'bench-models/qwen2.5-0.5b-shape/';
const CONFIGS: BenchConfig[] = [
  { backend: 'wasm', variant: 'q4', threads: 1, lengths, repeats: 11, peer: true, packedBaseline: true, sideBySide: true },
  { backend: 'wasm', variant: 'q4', threads: 2, lengths, repeats: 11, peer: true, packedBaseline: true, keepUpRates: [50, 100, 200, 1000], sideBySide: true },
  { backend: 'wasm', variant: 'fp32', threads: 1, lengths, repeats: 11, sideBySide: true },
  { backend: 'webgpu', variant: 'q4', threads: 1, lengths: [128, 420], repeats: 3, peer: true },
  { model: LARGE_MODEL, backend: 'wasm', variant: 'q4', threads: 1, lengths: [128, 512], repeats: 3, packedBaseline: true },
  { model: LARGE_MODEL, backend: 'wasm', variant: 'q4', threads: 2, lengths: [128, 512, 1024], repeats: 3, peer: true },
];

/** `npm run bench -- --quick`: one short configuration of each kind, printed only (a smoke run of the harness). */
const QUICK: BenchConfig[] = [
  { backend: 'wasm', variant: 'q4', threads: 2, lengths: [128], repeats: 1, peer: true, packedBaseline: true, keepUpRates: [100], sideBySide: true },
  { model: LARGE_MODEL, backend: 'wasm', variant: 'q4', threads: 2, lengths: [128], repeats: 1, peer: true },
];
const quick = process.argv.includes('--quick');
/** `npm run bench -- --report FILE`: renders results bench/remote.py wrote on another machine into bench/results/. */
const reportArg = process.argv.indexOf('--report');
const reportFile = reportArg >= 0 ? process.argv[reportArg + 1] : undefined;
/** `npm run bench -- --builtin`: the built-in model's configurations only, written as bench/results/builtin.* (with `--quick`: its smoke run). */
const builtinOnly = process.argv.includes('--builtin');
const configs = (quick ? QUICK : CONFIGS).filter((c) => !builtinOnly || c.model === undefined);
const outName = builtinOnly ? 'builtin' : 'latest';

/** The recipe's sources (converter, random stand-in, bench script): a model an older recipe built is rebuilt, not measured. */
const RECIPE_SOURCES = ['models/convert', 'models/families/stand_ins.py', 'models/families/bench_model.py'];
const RECIPE_STAMP = `${LARGE_MODEL_DIR}/recipe.sha256`;

function recipeHash(): string {
  const files = RECIPE_SOURCES.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.py'))
          .sort()
          .map((name) => `${path}/${name}`)
      : [path],
  );
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** Builds the Qwen2.5-0.5B-shape model with the converter when bench/models lacks it or an older converter made it
 * (not committed; needs `npm run setup:test`). */
function ensureLargeModel(): void {
  const recipe = recipeHash();
  if (existsSync(`${LARGE_MODEL_DIR}/prm.json`) && existsSync(RECIPE_STAMP) && readFileSync(RECIPE_STAMP, 'utf8').trim() === recipe) return;
  if (!existsSync('.venv/bin/python')) throw new Error('The 0.5B-shape model is built with the converter: run `npm run setup:test` first (it makes .venv).');
  console.log('bench: building the Qwen2.5-0.5B-shape model with the converter (a few minutes; again whenever its recipe changes)…');
  rmSync(LARGE_MODEL_DIR, { recursive: true, force: true });
  execSync(`.venv/bin/python -m models.families.bench_model --out ${LARGE_MODEL_DIR}`, { stdio: 'inherit' });
  writeFileSync(RECIPE_STAMP, `${recipe}\n`);
}

/** bench/results/NAME.{json,md,svg} of one run's results. */
function writeResults(name: string, run: Results): void {
  const { machine } = run;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(
    `bench/results/${name}.md`,
    `Measured ${run.date} by \`${run.command}\` on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.browser}; GPU: ${machine.gpu}.\n\n${table(run.results)}\n`,
  );
  writeFileSync(`bench/results/${name}.svg`, chart(run.results));
}

async function main(): Promise<void> {
  if (reportFile) {
    const run = JSON.parse(readFileSync(reportFile, 'utf8')) as Results;
    writeResults(basename(reportFile, '.json'), run);
    console.log(table(run.results));
    return;
  }
  if (!builtinOnly) ensureLargeModel();
  execSync('npx vite build --mode bench --logLevel error', { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--mode', 'bench', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const results: Result[] = [];
    for (const config of configs) {
      const page = await browser.newPage();
      await page.goto(`http://localhost:${PORT}/bench.html`);
      await page.waitForSelector('body[data-ready="true"]');
      console.log(`bench: ${config.backend} ${config.variant} ${config.threads} thread(s)…`);
      results.push((await page.evaluate((c) => window.bench.run(c), config)) as unknown as Result);
      await page.close();
    }
    const machine = {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      browser: `Chromium ${browser.version()}`,
      gpu: 'none (WebGPU rows run on SwiftShader, a CPU emulation: correctness only, not GPU speed)',
    };
    await browser.close();
    const text = table(results);
    if (quick) {
      console.log(text);
      return;
    }
    const command = builtinOnly ? 'npm run bench -- --builtin' : 'npm run bench';
    writeResults(outName, { date: new Date().toISOString(), command, machine, model: 'models/tiny-arith-prm', results });
    console.log(text);
  } finally {
    try {
      if (server.pid !== undefined) process.kill(-server.pid);
    } catch {
      // the server has already exited
    }
  }
}

await main();
