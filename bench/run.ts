/**
 * `npm run bench`: builds the benchmark page (`vite build --mode bench`, bench/page/), serves it, runs it in headless Chromium for each
 * configuration, prints a table and writes bench/results/latest.{json,md,svg}. Every ratio compares figures
 * measured in the same page, on the same model file and the same token ids.
 */
import { spawn, execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium } from '@playwright/test';
import type { BenchConfig, Ratio } from './page/bench.ts';
import type { KeepUpFigures } from './page/stream.ts';

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

interface Row {
  solutionTokens: number;
  inputTokens: number;
  steplightOneShotMs: number;
  bareFullPassMs: number;
  steplightPerTokenMs: number;
  modelShareOfStreaming: number;
  bareDecodeStepMs: number;
  transformersJsFullPassMs?: number;
  /** Absent from results written before the bench paired its rounds (then the ratio of the medians is shown). */
  oneShotRatio?: Ratio;
  perTokenRatio?: Ratio;
  peerRatio?: Ratio;
}
interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  browser: string;
  gpu: string;
}
interface Results {
  date: string;
  command: string;
  machine: Machine;
  model: string;
  results: Result[];
}
interface Result {
  config: BenchConfig;
  backend: string;
  threads: number;
  crossOriginIsolated: boolean;
  coldLoadMs: number;
  warmLoadMs: number;
  rows: Row[];
  keepUp: KeepUpFigures[];
  userAgent: string;
  unpackedMatrices: { unpacked: number; of: number };
  packedBaselineStepMs: number | null;
}

const fixed = (x: number, digits = 2) => x.toFixed(digits);
/** A ratio, with the quartiles of its rounds when there were several (`1.02x (0.97-1.06)`). */
const ratioText = (ratio: Ratio | undefined, ofMedians: number) =>
  ratio === undefined ? `${fixed(ofMedians)}x` : `${fixed(ratio.median)}x${ratio.rounds > 1 ? ` (${fixed(ratio.low)}-${fixed(ratio.high)})` : ''}`;
const modelName = (r: Result) => (r.config.model ?? 'models/tiny-arith-prm/').replace(/\/$/, '').split('/').pop()!;

function table(results: Result[]): string {
  const lines = [
    '| model | backend | variant | threads | solution tokens | re-score prefix ms/token | Steplight ms/token | streaming speed-up | one-shot: Steplight / bare ORT | per token: Steplight / bare ORT step | model runs / streaming time | transformers.js pass / Steplight one-shot |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    for (const row of r.rows) {
      const peer = row.transformersJsFullPassMs === undefined ? 'n/a' : ratioText(row.peerRatio, row.transformersJsFullPassMs / row.steplightOneShotMs);
      lines.push(
        `| ${modelName(r)} | ${r.backend} | ${r.config.variant} | ${r.threads} | ${row.solutionTokens} | ${fixed(row.steplightOneShotMs)} | ${fixed(row.steplightPerTokenMs)} | ${fixed(row.steplightOneShotMs / row.steplightPerTokenMs, 1)}x | ${ratioText(row.oneShotRatio, row.steplightOneShotMs / row.bareFullPassMs)} | ${ratioText(row.perTokenRatio, row.steplightPerTokenMs / row.bareDecodeStepMs)} | ${fixed(row.modelShareOfStreaming * 100, 0)} % | ${peer} |`,
      );
    }
  }
  lines.push(
    '',
    '| model | backend | variant | threads | crossOriginIsolated | cold start to first score (ms) | warm start (ms) |',
    '|---|---|---|---|---|---|---|',
  );
  for (const r of results)
    lines.push(
      `| ${modelName(r)} | ${r.backend} | ${r.config.variant} | ${r.threads} | ${r.crossOriginIsolated} | ${fixed(r.coldLoadMs, 0)} | ${fixed(r.warmLoadMs, 0)} |`,
    );
  lines.push('', ...threadPairs(results), '', ...unpacking(results));
  for (const r of results.filter((x) => x.keepUp.length > 0)) {
    lines.push(
      '',
      `Keeping up (${r.backend} ${r.config.variant}, ${r.threads} threads, through a <steplight-steps> widget and its worker):`,
      '',
      '| pieces/s | feeding | pieces | lag p50 (ms) | lag p95 (ms) | lag max (ms) | score updates | longest main-thread task (ms) | long tasks |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const k of r.keepUp) {
      lines.push(
        `| ${k.tokensPerSecond} | ${k.mode} | ${k.pieces} | ${fixed(k.lagP50Ms, 1)} | ${fixed(k.lagP95Ms, 1)} | ${fixed(k.lagMaxMs, 1)} | ${k.scoreUpdates} | ${fixed(k.longestTaskMs, 0)} | ${k.longTasks} |`,
      );
    }
  }
  return lines.join('\n');
}

/** One-shot time with 1 thread over 2 threads, same backend and variant, per length. */
function threadPairs(results: Result[]): string[] {
  const lines = [
    '| model | backend | variant | solution tokens | one-shot 1 thread (ms) | one-shot 2 threads (ms) | speed-up |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const one of results.filter((r) => r.threads === 1)) {
    const two = results.find((r) => r.threads === 2 && modelName(r) === modelName(one) && r.backend === one.backend && r.config.variant === one.config.variant);
    if (!two) continue;
    one.rows.forEach((row, i) => {
      const other = two.rows[i];
      if (other)
        lines.push(
          `| ${modelName(one)} | ${one.backend} | ${one.config.variant} | ${row.solutionTokens} | ${fixed(row.steplightOneShotMs)} | ${fixed(other.steplightOneShotMs)} | ${fixed(row.steplightOneShotMs / other.steplightOneShotMs)}x |`,
        );
    });
  }
  return lines;
}

/** WASM q4: a bare step on the graph as shipped (weights packed) vs Steplight's step at the longest length. */
function unpacking(results: Result[]): string[] {
  const lines = [
    '| model | threads | 4-bit matrices unpacked | bare ORT step, packed (ms) | Steplight step, unpacked (ms) | speed-up |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const steplight = r.rows.at(-1)?.steplightPerTokenMs;
    if (r.packedBaselineStepMs === null || steplight === undefined) continue;
    const { unpacked, of } = r.unpackedMatrices;
    lines.push(
      `| ${modelName(r)} | ${r.threads} | ${unpacked} of ${of} | ${fixed(r.packedBaselineStepMs)} | ${fixed(steplight)} | ${fixed(r.packedBaselineStepMs / steplight, 1)}x |`,
    );
  }
  return lines;
}

/** Bars of ms per new token: re-scoring the prefix vs Steplight, per configuration and length. */
function chart(results: Result[]): string {
  const bars = results.flatMap((r) =>
    r.rows.map((row) => ({
      label: `${modelName(r)} ${r.backend} ${r.config.variant} ${r.threads}t @${row.solutionTokens}`,
      rescore: row.steplightOneShotMs,
      stream: row.steplightPerTokenMs,
    })),
  );
  const max = Math.max(...bars.map((b) => b.rescore));
  const width = 760;
  const rowHeight = 34;
  const scale = (ms: number) => (ms / max) * (width - 260);
  const body = bars.map((b, i) => {
    const y = 30 + i * rowHeight;
    return (
      `<text x="0" y="${y + 12}" font-size="11">${b.label}</text>` +
      `<rect x="200" y="${y}" width="${scale(b.rescore).toFixed(1)}" height="12" fill="#d95f02"/><text x="${(205 + scale(b.rescore)).toFixed(1)}" y="${y + 10}" font-size="10">${b.rescore.toFixed(1)} ms</text>` +
      `<rect x="200" y="${y + 14}" width="${Math.max(1, scale(b.stream)).toFixed(1)}" height="12" fill="#2166ac"/><text x="${(205 + Math.max(1, scale(b.stream))).toFixed(1)}" y="${y + 24}" font-size="10">${b.stream.toFixed(2)} ms</text>`
    );
  });
  const height = 40 + bars.length * rowHeight;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">` +
    `<text x="0" y="14" font-size="12">ms per new token: re-scoring the whole prefix (orange) vs Steplight's KV-cached step (blue)</text>${body.join('')}</svg>\n`
  );
}

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
