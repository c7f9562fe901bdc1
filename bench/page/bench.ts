/**
 * The in-browser half of `npm run bench` (bench/run.ts drives it): Steplight against its baselines on the same
 * ONNX file. Steplight is measured in this page's thread (`loadPrm`) and through its public worker API
 * (`createSteplight`); the baselines use onnxruntime-web directly, as a plain pipeline would, in this thread and in a
 * worker of their own; transformers.js is the peer. What each figure is: BENCHMARKS.md "What is measured".
 */
import { createSteplight, defaultWorkerFactory, loadPrm, type Backend, type LoadOptions, type Variant } from '../../src/index.ts';
import { parseManifest, type PrmManifest } from '../../src/manifest.ts';
import { runInputs } from '../../src/steps.ts';
import { BareOrt } from './bare-ort.ts';
import { WorkerBareOrt } from './bare-worker.ts';
import { benchInput, BUILTIN, layoutOf, longSolution, stepsOfLength } from './inputs.ts';
import { TransformersJsPeer } from './peer.ts';
import { benchRows, type BenchRow, type RowSources } from './rows.ts';
import { BareRuntime, PeerRuntime, SteplightRuntime } from './runtimes.ts';
import { oneAtATime, type RuntimeMaker, sideBySide } from './schedule.ts';
import { keepUp, widgetFor, type KeepUpFigures } from './stream.ts';

export type { BenchRow } from './rows.ts';
export type { Ratio } from './stats.ts';

/** One benchmark run's settings. */
export interface BenchConfig {
  backend: Backend;
  variant: Variant;
  threads: number;
  /** Solution lengths in tokens at which costs are measured. */
  lengths: number[];
  repeats: number;
  /** Also time the same file through transformers.js (the peer). */
  peer?: boolean;
  /** Model folder URL (page-relative); default the built-in model. */
  model?: string;
  /** When set: stream the longest solution into a `<steplight-steps>` widget at these pieces per second. */
  keepUpRates?: number[];
  /** Also time bare ORT steps on the graph as shipped, 4-bit weights packed (WASM q4: what unpacking saves). */
  packedBaseline?: boolean;
  /**
   * Hold every measured runtime's session at once and measure them in turn, `repeats` rounds of every length, each
   * round starting with the next runtime (figures are medians of the rounds, ratios medians of each round's ratio):
   * all meet the same machine noise. For models whose sessions fit in memory together; otherwise each runtime is
   * measured alone, one after the other.
   */
  sideBySide?: boolean;
  /**
   * Also time Steplight through its public worker API (`createSteplight`), against the bare step loop in a worker of
   * its own. Default: on when `sideBySide`.
   */
  workerApi?: boolean;
}

/** Tokens the packed-weights baseline steps through (a step of a packed 0.5B-shape graph takes seconds). */
const PACKED_STEPS = 8;

/** Everything one configuration reports. */
export interface BenchResult {
  config: BenchConfig;
  coldLoadMs: number;
  warmLoadMs: number;
  backend: Backend;
  threads: number;
  crossOriginIsolated: boolean;
  unpackedMatrices: { unpacked: number; of: number };
  packedBaselineStepMs: number | null;
  /** The measured runtimes, in list order: side by side, round r starts with the (r mod count)-th. */
  runtimes: string[];
  rows: BenchRow[];
  keepUp: KeepUpFigures[];
  peerError: string | null;
  userAgent: string;
}

/** ms per token of bare ORT steps on the shipped graph (4-bit weights packed), at the end of the longest solution. */
async function packedStepMs(config: BenchConfig, folder: string, manifest: PrmManifest, ids: number[]): Promise<number> {
  const packed = await BareOrt.create(folder, manifest, config.backend, config.variant, config.threads, false);
  await packed.streamTail(ids.slice(0, 32), 2);
  const ms = await packed.streamTail(ids, PACKED_STEPS);
  await packed.release();
  return ms;
}

/** Runs every measure of one configuration; times in ms. */
async function run(config: BenchConfig): Promise<BenchResult> {
  const folder = config.model ?? BUILTIN;
  const manifest = parseManifest(await (await fetch(`${folder}prm.json`)).text());
  const { tokenizer, layout } = await layoutOf(folder, manifest);
  const { problem, steps } = await longSolution();
  const longest = stepsOfLength(layout, steps, Math.max(...config.lengths));
  const longestIds = runInputs(layout.promptIds(problem), layout.fromSteps(longest)).ids;
  // Measured first, alone in the page's memory: a packed 0.5B-shape session beside the others does not fit.
  const packedBaselineStepMs = config.packedBaseline ? await packedStepMs(config, folder, manifest, longestIds) : null;
  // The cold-loaded model is disposed before the warm load: two unpacked 0.5B-shape models do not fit WASM's 4 GiB.
  const options: LoadOptions = { backend: config.backend, variant: config.variant, threads: config.threads, cache: true };
  const loadStart = performance.now();
  await (await loadPrm({ kind: 'url', url: folder }, options)).dispose();
  const coldLoadMs = performance.now() - loadStart;
  const warmStart = performance.now();
  const model = await loadPrm({ kind: 'url', url: folder }, options);
  const warmLoadMs = performance.now() - warmStart;
  const { info } = model;
  const inputs = config.lengths.map((length) => benchInput(problem, stepsOfLength(layout, steps, length), tokenizer, layout, manifest.input.stepSplit));
  const { backend, variant } = config;
  const threads = info.threads;
  const page = new SteplightRuntime('steplight-page', model, problem, inputs, true);
  /** The runtimes besides `page`, set as the schedule loads them. */
  const loaded: Omit<RowSources, 'page' | 'bare'> & { bare: BareRuntime | null } = { bare: null, worker: null, bareWorker: null, peer: null };
  let peerError: string | null = null;
  const makers: RuntimeMaker[] = [
    async () => page,
    async () => {
      loaded.bare = new BareRuntime('bare-page', await BareOrt.create(folder, manifest, backend, variant, threads, true), inputs);
      return loaded.bare;
    },
  ];
  if (config.workerApi ?? config.sideBySide === true) {
    makers.push(
      async () => {
        // A client of its own worker (the public API; the widget's shared worker stays apart), ended on release.
        const client = createSteplight({ createWorker: defaultWorkerFactory });
        const remote = await client.load({ kind: 'url', url: folder }, { ...options, threads });
        loaded.worker = new SteplightRuntime('steplight-worker', remote, problem, inputs, false, async () => {
          await remote.dispose();
          client.terminate();
        });
        return loaded.worker;
      },
      async () => {
        loaded.bareWorker = new BareRuntime('bare-worker', await WorkerBareOrt.create(folder, backend, variant, threads, true), inputs);
        return loaded.bareWorker;
      },
    );
  }
  if (config.peer) {
    makers.push(async () => {
      try {
        loaded.peer = new PeerRuntime(await TransformersJsPeer.load(folder, backend, variant, threads), inputs);
      } catch (error) {
        peerError = String(error);
      }
      return loaded.peer;
    });
  }
  const schedule = config.sideBySide ? sideBySide : oneAtATime;
  const runtimes = await schedule(makers, inputs.length, config.repeats);
  const { bare } = loaded;
  if (bare === null) throw new Error('bench: the bare baseline was not measured');
  const rows = benchRows(inputs, { ...loaded, page, bare });
  let keepUpFigures: KeepUpFigures[] = [];
  if (config.keepUpRates) {
    const widget = await widgetFor(folder, backend, variant, problem);
    keepUpFigures = await keepUp(widget, longest.join('\n\n'), config.keepUpRates, ['coalesced', 'token-at-a-time']);
    widget.remove();
  }
  return {
    config,
    coldLoadMs,
    warmLoadMs,
    backend: info.backend,
    threads,
    crossOriginIsolated,
    unpackedMatrices: info.unpackedMatrices,
    packedBaselineStepMs,
    runtimes,
    rows,
    keepUp: keepUpFigures,
    peerError,
    userAgent: navigator.userAgent,
  };
}

declare global {
  interface Window {
    bench: { run: typeof run };
  }
}

window.bench = { run };
document.body.dataset.ready = 'true';
