/**
 * `npm run bench`: builds the site, serves it, runs demo/bench.html in headless Chromium for each
 * configuration, prints a table and writes bench/results/latest.{json,md,svg}. Every ratio compares figures
 * measured in the same page, on the same model file and the same token ids.
 */
import { spawn, execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { BenchConfig } from '../demo/bench.ts';

const PORT = 4288;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-webgpu-adapter=swiftshader', '--enable-unsafe-swiftshader'];
const lengths = [128, 256, 400];
const CONFIGS: BenchConfig[] = [
  { backend: 'wasm', variant: 'q4', threads: 1, lengths, repeats: 7 },
  { backend: 'wasm', variant: 'q4', threads: 2, lengths, repeats: 7 },
  { backend: 'wasm', variant: 'fp32', threads: 1, lengths, repeats: 7 },
  { backend: 'webgpu', variant: 'q4', threads: 1, lengths: [128, 400], repeats: 3 },
];

interface Row { solutionTokens: number; inputTokens: number; steplightOneShotMs: number; bareFullPassMs: number; steplightPerTokenMs: number; bareDecodeStepMs: number }
interface Result { config: BenchConfig; backend: string; threads: number; coldLoadMs: number; warmLoadMs: number; rows: Row[]; userAgent: string }

const fixed = (x: number, digits = 2) => x.toFixed(digits);

function table(results: Result[]): string {
  const lines = [
    '| backend | variant | threads | solution tokens | re-score prefix ms/token | Steplight ms/token | streaming speed-up | one-shot: Steplight / bare ORT | per token: Steplight / bare ORT step |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    for (const row of r.rows) {
      lines.push(`| ${r.backend} | ${r.config.variant} | ${r.threads} | ${row.solutionTokens} | ${fixed(row.steplightOneShotMs)} | ${fixed(row.steplightPerTokenMs)} | ${fixed(row.steplightOneShotMs / row.steplightPerTokenMs, 1)}x | ${fixed(row.steplightOneShotMs / row.bareFullPassMs)}x | ${fixed(row.steplightPerTokenMs / row.bareDecodeStepMs)}x |`);
    }
  }
  lines.push('', '| backend | variant | threads | cold start to first score (ms) | warm start (ms) |', '|---|---|---|---|---|');
  for (const r of results) lines.push(`| ${r.backend} | ${r.config.variant} | ${r.threads} | ${fixed(r.coldLoadMs, 0)} | ${fixed(r.warmLoadMs, 0)} |`);
  return lines.join('\n');
}

/** Bars of ms per new token: re-scoring the prefix vs Steplight, per configuration and length. */
function chart(results: Result[]): string {
  const bars = results.flatMap((r) => r.rows.map((row) => ({ label: `${r.backend} ${r.config.variant} ${r.threads}t @${row.solutionTokens}`, rescore: row.steplightOneShotMs, stream: row.steplightPerTokenMs })));
  const max = Math.max(...bars.map((b) => b.rescore));
  const width = 760;
  const rowHeight = 34;
  const scale = (ms: number) => (ms / max) * (width - 260);
  const body = bars.map((b, i) => {
    const y = 30 + i * rowHeight;
    return `<text x="0" y="${y + 12}" font-size="11">${b.label}</text>`
      + `<rect x="200" y="${y}" width="${scale(b.rescore).toFixed(1)}" height="12" fill="#d95f02"/><text x="${(205 + scale(b.rescore)).toFixed(1)}" y="${y + 10}" font-size="10">${b.rescore.toFixed(1)} ms</text>`
      + `<rect x="200" y="${y + 14}" width="${Math.max(1, scale(b.stream)).toFixed(1)}" height="12" fill="#2166ac"/><text x="${(205 + Math.max(1, scale(b.stream))).toFixed(1)}" y="${y + 24}" font-size="10">${b.stream.toFixed(2)} ms</text>`;
  });
  const height = 40 + bars.length * rowHeight;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">`
    + `<text x="0" y="14" font-size="12">ms per new token: re-scoring the whole prefix (orange) vs Steplight's KV-cached step (blue)</text>${body.join('')}</svg>\n`;
}

async function main(): Promise<void> {
  execSync('npx vite build --logLevel error', { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const results: Result[] = [];
    for (const config of CONFIGS) {
      const page = await browser.newPage();
      await page.goto(`http://localhost:${PORT}/bench.html`);
      await page.waitForSelector('body[data-ready="true"]');
      console.log(`bench: ${config.backend} ${config.variant} ${config.threads} thread(s)…`);
      results.push((await page.evaluate((c) => window.bench.run(c), config)) as unknown as Result);
      await page.close();
    }
    const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), browser: `Chromium ${browser.version()}`, gpu: 'none (WebGPU rows run on SwiftShader, a CPU emulation: correctness only, not GPU speed)' };
    await browser.close();
    const text = table(results);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/latest.json', JSON.stringify({ date: new Date().toISOString(), command: 'npm run bench', machine, model: 'models/tiny-arith-prm', results }, null, 2) + '\n');
    writeFileSync('bench/results/latest.md', `Measured ${new Date().toISOString()} by \`npm run bench\` on ${machine.cpu}, ${machine.cores} cores, ${machine.browser}; model tiny-arith-prm.\n\n${text}\n`);
    writeFileSync('bench/results/latest.svg', chart(results));
    console.log(text);
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}

await main();
