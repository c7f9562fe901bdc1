/**
 * Renders `npm run bench` results: the Markdown tables it prints and writes to bench/results/NAME.md, and the chart
 * of NAME.svg. Reads results of older runs too (--report), whose rows lack the figures added since.
 */
import type { BenchConfig, BenchRow, Ratio } from './page/bench.ts';
import type { KeepUpFigures } from './page/stream.ts';

/** Row fields that results of older runs lack: paired ratios, the per-step re-scoring baseline. */
type Added = 'oneShotRatio' | 'perTokenRatio' | 'perStepRescoreMsPerToken' | 'perStepRescoredSteps' | 'perStepRescoredTokens';

/** A row as read from any run's JSON (without its added fields, a ratio is shown as the ratio of the medians). */
export type Row = Omit<BenchRow, Added> & Partial<Pick<BenchRow, Added>>;

/** The machine a run measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  browser: string;
  gpu: string;
}

/** One configuration's results, as the page returns them. */
export interface Result {
  config: BenchConfig;
  backend: string;
  threads: number;
  crossOriginIsolated: boolean;
  coldLoadMs: number;
  warmLoadMs: number;
  /** Absent from results written before the bench rotated its runtimes. */
  runtimes?: string[];
  rows: Row[];
  keepUp: KeepUpFigures[];
  userAgent: string;
  unpackedMatrices: { unpacked: number; of: number };
  packedBaselineStepMs: number | null;
}

/** A whole run, as bench/results/NAME.json holds it. */
export interface Results {
  date: string;
  command: string;
  machine: Machine;
  model: string;
  results: Result[];
}

const fixed = (x: number, digits = 2) => x.toFixed(digits);
/** A ratio, with the quartiles of its rounds when there were several (`1.02x (0.97-1.06)`). */
const ratioText = (ratio: Ratio | undefined, ofMedians: number) =>
  ratio === undefined ? `${fixed(ofMedians)}x` : `${fixed(ratio.median)}x${ratio.rounds > 1 ? ` (${fixed(ratio.low)}-${fixed(ratio.high)})` : ''}`;
/** A figure that older runs, or configurations that skip it, lack. */
const optional = (x: number | undefined, text: (x: number) => string) => (x === undefined || Number.isNaN(x) ? 'n/a' : text(x));
const modelName = (r: Result) => (r.config.model ?? 'models/tiny-arith-prm/').replace(/\/$/, '').split('/').pop()!;
const configCells = (r: Result) => `${modelName(r)} | ${r.backend} | ${r.config.variant} | ${r.threads}`;

/** Steplight in the page against the bare baseline in the page, the re-scoring baselines and the peer. */
function inPage(results: Result[]): string[] {
  const lines = [
    '| model | backend | variant | threads | solution tokens | re-score prefix ms/token | re-score per step ms/token | Steplight ms/token | streaming speed-up | over per-step re-scoring | one-shot: Steplight / bare ORT | per token: Steplight / bare ORT step | model runs / streaming time | transformers.js pass / Steplight one-shot |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    for (const row of r.rows) {
      const peer = row.transformersJsFullPassMs === undefined ? 'n/a' : ratioText(row.peerRatio, row.transformersJsFullPassMs / row.steplightOneShotMs);
      const perStep = row.perStepRescoreMsPerToken;
      lines.push(
        `| ${configCells(r)} | ${row.solutionTokens} | ${fixed(row.steplightOneShotMs)} | ${optional(perStep, (x) => `${fixed(x)} (${row.perStepRescoredSteps} steps)`)} | ${fixed(row.steplightPerTokenMs)} | ${fixed(row.steplightOneShotMs / row.steplightPerTokenMs, 1)}x | ${optional(perStep, (x) => `${fixed(x / row.steplightPerTokenMs, 1)}x`)} | ${ratioText(row.oneShotRatio, row.steplightOneShotMs / row.bareFullPassMs)} | ${ratioText(row.perTokenRatio, row.steplightPerTokenMs / row.bareDecodeStepMs)} | ${fixed(row.modelShareOfStreaming * 100, 0)} % | ${peer} |`,
      );
    }
  }
  return lines;
}

/** Steplight through its public worker API against bare onnxruntime-web in a worker of its own (where measured). */
function throughWorker(results: Result[]): string[] {
  const lines = [
    'Through the public worker API (`createSteplight`), against bare onnxruntime-web in a worker of its own:',
    '',
    '| model | backend | variant | threads | solution tokens | re-score prefix ms/token | Steplight ms/token | streaming speed-up | bare ORT step in a worker (ms) | one-shot: Steplight / bare ORT in a worker | per token: Steplight / bare ORT step in a worker | per token: worker API / in page | model runs / streaming time |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  let any = false;
  for (const r of results) {
    for (const row of r.rows) {
      if (row.workerPerTokenMs === undefined || row.workerOneShotMs === undefined || row.bareWorkerDecodeStepMs === undefined) continue;
      any = true;
      lines.push(
        `| ${configCells(r)} | ${row.solutionTokens} | ${fixed(row.workerOneShotMs)} | ${fixed(row.workerPerTokenMs)} | ${fixed(row.workerOneShotMs / row.workerPerTokenMs, 1)}x | ${fixed(row.bareWorkerDecodeStepMs)} | ${ratioText(row.workerOneShotRatio, row.workerOneShotMs / (row.bareWorkerFullPassMs ?? Number.NaN))} | ${ratioText(row.workerPerTokenRatio, row.workerPerTokenMs / row.bareWorkerDecodeStepMs)} | ${ratioText(row.workerOverPageRatio, row.workerPerTokenMs / row.steplightPerTokenMs)} | ${fixed((row.workerModelShareOfStreaming ?? Number.NaN) * 100, 0)} % |`,
      );
    }
  }
  return any ? lines : [];
}

/** How each configuration took its runtimes' turns. */
function schedules(results: Result[]): string[] {
  const lines = [
    '| model | backend | variant | threads | schedule | runtimes (side by side: round r starts with the (r mod count)-th) |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    if (r.runtimes === undefined) continue;
    const schedule = r.config.sideBySide ? `side by side, ${r.config.repeats} round${r.config.repeats === 1 ? '' : 's'}` : 'one at a time';
    lines.push(`| ${configCells(r)} | ${schedule} | ${r.runtimes.join(', ')} |`);
  }
  return lines.length > 2 ? lines : [];
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

/** Lag of streaming into the widget, per configuration that measured it. */
function keepingUp(results: Result[]): string[] {
  const lines: string[] = [];
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
  return lines;
}

/** Every table of a run, in Markdown. */
export function table(results: Result[]): string {
  const lines = [...inPage(results)];
  const worker = throughWorker(results);
  if (worker.length > 0) lines.push('', ...worker);
  lines.push(
    '',
    '| model | backend | variant | threads | crossOriginIsolated | cold start to first score (ms) | warm start (ms) |',
    '|---|---|---|---|---|---|---|',
  );
  for (const r of results) lines.push(`| ${configCells(r)} | ${r.crossOriginIsolated} | ${fixed(r.coldLoadMs, 0)} | ${fixed(r.warmLoadMs, 0)} |`);
  lines.push('', ...threadPairs(results), '', ...unpacking(results));
  const order = schedules(results);
  if (order.length > 0) lines.push('', ...order);
  lines.push(...keepingUp(results));
  return lines.join('\n');
}

/** Bars of ms per new token: re-scoring the prefix, re-scoring once per step (where measured) and Steplight. */
export function chart(results: Result[]): string {
  const bars = results.flatMap((r) =>
    r.rows.map((row) => ({
      label: `${modelName(r)} ${r.backend} ${r.config.variant} ${r.threads}t @${row.solutionTokens}`,
      values: [
        { ms: row.steplightOneShotMs, color: '#d95f02' },
        ...(row.perStepRescoreMsPerToken === undefined || Number.isNaN(row.perStepRescoreMsPerToken)
          ? []
          : [{ ms: row.perStepRescoreMsPerToken, color: '#1b9e77' }]),
        { ms: row.steplightPerTokenMs, color: '#2166ac' },
      ],
    })),
  );
  const max = Math.max(...bars.flatMap((b) => b.values.map((v) => v.ms)));
  const width = 760;
  const scale = (ms: number) => Math.max(1, (ms / max) * (width - 260));
  let y = 30;
  const body = bars.map((b) => {
    const group = [`<text x="0" y="${y + 12}" font-size="11">${b.label}</text>`];
    for (const { ms, color } of b.values) {
      group.push(
        `<rect x="200" y="${y}" width="${scale(ms).toFixed(1)}" height="12" fill="${color}"/><text x="${(205 + scale(ms)).toFixed(1)}" y="${y + 10}" font-size="10">${ms.toFixed(ms < 10 ? 2 : 1)} ms</text>`,
      );
      y += 14;
    }
    y += 8;
    return group.join('');
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y + 10}" font-family="sans-serif">` +
    `<text x="0" y="14" font-size="12">ms per new token: re-scoring the prefix per token (orange), per step (green), Steplight's cached step (blue)</text>${body.join('')}</svg>\n`
  );
}
