/**
 * The in-browser half of `npm run bench` (bench/run.ts drives it): Steplight against its baselines on the same
 * ONNX file, in this page's thread. The baselines use onnxruntime-web directly, as a plain pipeline would.
 */
import type * as Ort from 'onnxruntime-web';
import { loadPrm, type Backend, type Scorer, type Variant } from '../../src/index.ts';
import { parseManifest, type PrmManifest } from '../../src/manifest.ts';
import { layoutBuilder } from '../../src/model.ts';
import { cacheNames, ortFor, type OrtModule } from '../../src/ort.ts';
import { runInputs, type LayoutBuilder } from '../../src/steps.ts';
import { PrmTokenizer } from '../../src/tokenizer.ts';
import { DEFAULT_UNPACKED_WEIGHT_BYTES, unpackQ4 } from '../../src/unpack-q4.ts';
import { TransformersJsPeer } from './peer.ts';
import { keepUp, widgetFor, type KeepUpFigures } from './stream.ts';
import { pieces as wordPieces } from '../../src/widget/steplight-widget.ts';

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
   * Hold Steplight's, the baseline's and the peer's sessions at once and measure them in turn, `repeats` rounds of
   * every length (figures are medians of the rounds, ratios medians of each round's ratio): all meet the same machine
   * noise. For models whose sessions fit in memory together; otherwise Steplight's figures come first, then the
   * baseline's, then the peer's.
   */
  sideBySide?: boolean;
}

/** Tokens the packed-weights baseline steps through (a step of a packed 0.5B-shape graph takes seconds). */
const PACKED_STEPS = 8;

/** The built-in model: the default model, and the source of the benchmark's problems and solutions. */
const BUILTIN = 'models/tiny-arith-prm/';

/** The `q` quantile of `values` (nearest rank below). */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const median = (values: number[]) => quantile(values, 0.5);

/**
 * One figure over another (Steplight over a baseline, or the peer over Steplight): the median of the rounds' ratios,
 * their quartiles, and how many rounds.
 */
export interface Ratio {
  median: number;
  low: number;
  high: number;
  rounds: number;
}

/**
 * Ratios of figures measured side by side, round by round (a round's two figures meet the same machine noise); one
 * round each when measured one session at a time (the ratio of two medians).
 */
function pairedRatio(ours: number[], theirs: number[]): Ratio {
  const ratios = ours.map((x, i) => x / theirs[i]!);
  return { median: median(ratios), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75), rounds: ratios.length };
}

async function timed(repeats: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A long solution: the steps of the test split's records, one after another. */
async function longSolution(): Promise<{ problem: string; steps: string[] }> {
  const lines = (await (await fetch(`${BUILTIN}data/test.jsonl`)).text()).trim().split('\n');
  const records = lines.map((line) => JSON.parse(line) as { problem: string; steps: string[] });
  return { problem: records[0]!.problem, steps: records.flatMap((r) => r.steps) };
}

/** The first steps whose solution tokens (separators included) reach `length`, counted with Steplight's layout. */
function stepsOfLength(layout: LayoutBuilder, steps: string[], length: number): string[] {
  let count = 1;
  while (count < steps.length && layout.fromSteps(steps.slice(0, count)).length < length) count++;
  return steps.slice(0, count);
}

/** Frees a run's cache outputs (GPU buffers on WebGPU; a no-op for CPU tensors). */
function releaseCache(manifest: PrmManifest, outputs: Ort.InferenceSession.OnnxValueMapType): void {
  for (const name of cacheNames(manifest.graph, 'present')) (outputs[name] as Ort.Tensor | undefined)?.dispose();
}

/**
 * Bare onnxruntime-web on the same file and the same token ids: a full pass, and one decode step after a cache.
 * It runs on the build Steplight picks for the backend (the plain WASM build, or the asyncify WebGPU one).
 * `unpacked`: the graph Steplight runs on WASM (4-bit weights unpacked within its default budget), else as shipped.
 * On WebGPU the cache stays on the GPU between steps, as Steplight keeps it: only logits are read back.
 */
class BareOrt {
  private constructor(
    private readonly ort: OrtModule,
    private readonly session: Ort.InferenceSession,
    private readonly manifest: PrmManifest,
  ) {}

  static async create(folder: string, manifest: PrmManifest, backend: Backend, variant: Variant, threads: number, unpacked: boolean): Promise<BareOrt> {
    const shipped = new Uint8Array(await (await fetch(folder + manifest.variants[variant]!.file)).arrayBuffer());
    const { bytes, externalData } = unpacked && backend === 'wasm' ? unpackQ4(shipped, DEFAULT_UNPACKED_WEIGHT_BYTES) : { bytes: shipped, externalData: [] };
    const ort = await ortFor(backend);
    ort.env.wasm.numThreads = threads;
    const options: Ort.InferenceSession.SessionOptions = { executionProviders: [backend], graphOptimizationLevel: 'all' };
    if (externalData.length > 0) options.externalData = externalData;
    if (backend === 'webgpu')
      options.preferredOutputLocation = Object.fromEntries(cacheNames(manifest.graph, 'present').map((name) => [name, 'gpu-buffer' as const]));
    return new BareOrt(ort, await ort.InferenceSession.create(bytes, options), manifest);
  }

  release(): Promise<void> {
    return this.session.release();
  }

  private feeds(ids: number[], pastLength: number, past?: Ort.InferenceSession.OnnxValueMapType): Record<string, Ort.Tensor> {
    const { Tensor } = this.ort;
    const int64 = (values: number[]) => new Tensor('int64', BigInt64Array.from(values.map(BigInt)), [1, values.length]);
    const { numLayers, numKvHeads, headDim } = this.manifest.graph;
    const feeds: Record<string, Ort.Tensor> = {
      input_ids: int64(ids),
      attention_mask: int64(Array.from({ length: pastLength + ids.length }, () => 1)),
      position_ids: int64(ids.map((_, i) => pastLength + i)),
    };
    for (let i = 0; i < numLayers; i++) {
      for (const kind of ['key', 'value']) {
        feeds[`past_key_values.${i}.${kind}`] =
          (past?.[`present.${i}.${kind}`] as Ort.Tensor | undefined) ?? new Tensor('float32', new Float32Array(0), [1, numKvHeads, 0, headDim]);
      }
    }
    return feeds;
  }

  /** ms of one pass over `ids` with an empty cache (what re-scoring the whole prefix costs per new token). */
  fullPass(ids: number[], repeats: number): Promise<number> {
    return timed(repeats, async () => releaseCache(this.manifest, await this.session.run(this.feeds(ids, 0))));
  }

  /** ms per token of the last `count` ids run one single-token step each after a cache of the ids before them. */
  async streamTail(ids: number[], count: number): Promise<number> {
    const from = ids.length - count;
    let cache = await this.session.run(this.feeds(ids.slice(0, from), 0));
    const start = performance.now();
    for (let i = from; i < ids.length; i++) {
      const next = await this.session.run(this.feeds([ids[i]!], i, cache));
      releaseCache(this.manifest, cache);
      cache = next;
    }
    const ms = (performance.now() - start) / count;
    releaseCache(this.manifest, cache);
    return ms;
  }
}

/** Steplight's own tokenizer and layout code, to give the baselines the exact token ids one-shot scoring runs. */
async function layoutOf(folder: string, manifest: PrmManifest): Promise<{ tokenizer: PrmTokenizer; layout: LayoutBuilder }> {
  const text = async (name: string) => (await fetch(folder + name)).text();
  const tokenizer = PrmTokenizer.fromJson(await text('tokenizer.json'), await text('tokenizer_config.json'), manifest.input);
  return { tokenizer, layout: layoutBuilder(tokenizer, manifest.input) };
}

/**
 * The solution as an LLM with this tokenizer would stream it: one piece per text token (a step's first piece
 * carries the step split before it). Falls back to word-like pieces where token texts do not rebuild the text.
 */
function tokenPieces(tokenizer: PrmTokenizer, layout: LayoutBuilder, steps: string[], stepSplit: string): string[] {
  const pieces: string[] = [];
  let step = -1;
  for (const token of layout.fromSteps(steps)) {
    if (token.role !== 'text') continue;
    const text = tokenizer.tokenText(token.id);
    pieces.push(token.stepIndex !== step && step >= 0 ? stepSplit + text : text);
    step = token.stepIndex;
  }
  const whole = steps.join(stepSplit);
  return pieces.join('') === whole ? pieces : wordPieces(whole);
}

/** Pieces streamed one at a time at the end of each length (the rest arrives in one `replace`). */
const STREAMED_PIECES = 40;
/** Pieces streamed (and baseline steps run) by the warm-up of a configuration measured one session at a time. */
const WARM_UP_PIECES = 8;
/** One-shot scorings (and bare passes) timed in each side-by-side round; the round's figure is their median. */
const ONE_SHOTS_PER_ROUND = 3;

/**
 * Steplight's cost per token at the end of `pieces`: the last `count` pieces appended one at a time, each awaited.
 * Returns ms per token the appends added, how many that was, and the share of the time spent inside model runs.
 */
async function streamedTokenCost(
  model: Scorer,
  problem: string,
  pieces: string[],
  count: number,
): Promise<{ msPerToken: number; tokens: number; modelShare: number }> {
  const cut = Math.max(1, pieces.length - count);
  let modelMs = 0;
  const session = await model.open(problem, (events) => {
    for (const e of events) if (e.type === 'run') modelMs += e.ms;
  });
  let state = await session.replace(pieces.slice(0, cut).join(''));
  const tokensBefore = state.tokens.length;
  modelMs = 0;
  const start = performance.now();
  for (const piece of pieces.slice(cut)) state = await session.append(piece);
  const spent = performance.now() - start;
  await session.close();
  const tokens = Math.max(1, state.tokens.length - tokensBefore);
  return { msPerToken: spent / tokens, tokens, modelShare: modelMs / spent };
}

/** ms per token of bare ORT steps on the shipped graph (4-bit weights packed), at the end of the longest solution. */
async function packedStepMs(config: BenchConfig, folder: string, manifest: PrmManifest, ids: number[]): Promise<number> {
  const packed = await BareOrt.create(folder, manifest, config.backend, config.variant, config.threads, false);
  await packed.streamTail(ids.slice(0, 32), 2);
  const ms = await packed.streamTail(ids, PACKED_STEPS);
  await packed.release();
  return ms;
}

/** The peer on this configuration's model when it asks for one, or why it could not load. */
async function loadPeer(folder: string, config: BenchConfig, threads: number): Promise<{ peer: TransformersJsPeer | null; error: string | null }> {
  if (!config.peer) return { peer: null, error: null };
  try {
    return { peer: await TransformersJsPeer.load(folder, config.backend, config.variant, threads), error: null };
  } catch (error) {
    return { peer: null, error: String(error) };
  }
}

interface SteplightFigures {
  streamed: Awaited<ReturnType<typeof streamedTokenCost>>;
  oneShotMs: number;
}

/** Steplight's cost per streamed token at the end of one solution, and the median ms of `repeats` one-shot scorings. */
async function steplightFigures(
  model: Scorer,
  problem: string,
  input: { prefix: string[]; pieces: string[] },
  repeats: number,
  streamedPieces = STREAMED_PIECES,
): Promise<SteplightFigures> {
  const streamed = await streamedTokenCost(model, problem, input.pieces, streamedPieces);
  return { streamed, oneShotMs: await timed(repeats, () => model.score(problem, input.prefix)) };
}

interface BareFigures {
  fullPass: number;
  step: number;
}

/** The baseline's ms per decode step over the last `tokens` ids, and the median ms of `repeats` full passes. */
async function bareFigures(bare: BareOrt, ids: number[], repeats: number, tokens: number): Promise<BareFigures> {
  const step = await bare.streamTail(ids, tokens);
  return { step, fullPass: await bare.fullPass(ids, repeats) };
}

/** Runs every measure of one configuration; times in ms. */
async function run(config: BenchConfig): Promise<Record<string, unknown>> {
  const folder = config.model ?? BUILTIN;
  const manifest = parseManifest(await (await fetch(`${folder}prm.json`)).text());
  const { tokenizer, layout } = await layoutOf(folder, manifest);
  const { problem, steps } = await longSolution();
  const longest = stepsOfLength(layout, steps, Math.max(...config.lengths));
  const longestIds = runInputs(layout.promptIds(problem), layout.fromSteps(longest)).ids;
  // Measured first, alone in the page's memory: a packed 0.5B-shape session beside the others does not fit.
  const packedBaselineStepMs = config.packedBaseline ? await packedStepMs(config, folder, manifest, longestIds) : null;
  // The cold-loaded model is disposed before the warm load: two unpacked 0.5B-shape models do not fit WASM's 4 GiB.
  const options = { backend: config.backend, variant: config.variant, threads: config.threads, cache: true };
  const loadStart = performance.now();
  await (await loadPrm({ kind: 'url', url: folder }, options)).dispose();
  const coldLoadMs = performance.now() - loadStart;
  const warmStart = performance.now();
  const model = await loadPrm({ kind: 'url', url: folder }, options);
  const warmLoadMs = performance.now() - warmStart;
  const { info } = model;
  const inputs = config.lengths.map((length) => {
    const prefix = stepsOfLength(layout, steps, length);
    const solution = layout.fromSteps(prefix);
    return {
      prefix,
      solution,
      ids: runInputs(layout.promptIds(problem), solution).ids,
      pieces: tokenPieces(tokenizer, layout, prefix, manifest.input.stepSplit),
    };
  });
  const steplightAt = (i: number, repeats: number) => steplightFigures(model, problem, inputs[i]!, repeats);
  const bareAt = (bare: BareOrt, i: number, repeats: number, tokens: number) => bareFigures(bare, inputs[i]!.ids, repeats, tokens);
  const peerAt = (peer: TransformersJsPeer, i: number, repeats: number) => timed(repeats, () => peer.fullPass(inputs[i]!.ids));
  const steplight: SteplightFigures[][] = inputs.map(() => []);
  const bareMs: BareFigures[][] = inputs.map(() => []);
  /** transformers.js passes, per length: one per round side by side, else one median. */
  const peerMs: number[][] = inputs.map(() => []);
  let peerError: string | null = null;
  if (config.sideBySide) {
    const bare = await BareOrt.create(folder, manifest, config.backend, config.variant, info.threads, true);
    const { peer, error } = await loadPeer(folder, config, info.threads);
    peerError = error;
    // Round 0 warms all up and is not counted; then rounds alternate Steplight, the baseline and the peer at every length.
    for (let round = 0; round <= config.repeats; round++) {
      for (const i of inputs.keys()) {
        const ours = await steplightAt(i, ONE_SHOTS_PER_ROUND);
        const theirs = await bareAt(bare, i, ONE_SHOTS_PER_ROUND, ours.streamed.tokens);
        const peerPass = peer === null ? null : await peerAt(peer, i, ONE_SHOTS_PER_ROUND);
        if (round === 0) continue;
        steplight[i]!.push(ours);
        bareMs[i]!.push(theirs);
        if (peerPass !== null) peerMs[i]!.push(peerPass);
      }
    }
    await peer?.dispose();
    await bare.release();
    await model.dispose();
  } else {
    // A short warm-up of each first: the browser compiles wasm code again, optimised, while it first runs, and
    // single-token steps run other kernels than full passes.
    await steplightFigures(model, problem, inputs[0]!, 1, WARM_UP_PIECES);
    for (const i of inputs.keys()) steplight[i]!.push(await steplightAt(i, config.repeats));
    await model.dispose();
    const bare = await BareOrt.create(folder, manifest, config.backend, config.variant, info.threads, true);
    await bareAt(bare, 0, 1, WARM_UP_PIECES);
    for (const i of inputs.keys()) bareMs[i]!.push(await bareAt(bare, i, config.repeats, steplight[i]![0]!.streamed.tokens));
    await bare.release();
    const { peer, error } = await loadPeer(folder, config, info.threads);
    peerError = error;
    for (const i of inputs.keys()) if (peer !== null) peerMs[i]!.push(await peerAt(peer, i, config.repeats));
    await peer?.dispose();
  }
  const rows = inputs.map(({ solution, ids }, i) => ({
    solutionTokens: solution.length,
    inputTokens: ids.length,
    steplightOneShotMs: median(steplight[i]!.map((x) => x.oneShotMs)),
    bareFullPassMs: median(bareMs[i]!.map((x) => x.fullPass)),
    steplightPerTokenMs: median(steplight[i]!.map((x) => x.streamed.msPerToken)),
    modelShareOfStreaming: median(steplight[i]!.map((x) => x.streamed.modelShare)),
    bareDecodeStepMs: median(bareMs[i]!.map((x) => x.step)),
    oneShotRatio: pairedRatio(
      steplight[i]!.map((x) => x.oneShotMs),
      bareMs[i]!.map((x) => x.fullPass),
    ),
    perTokenRatio: pairedRatio(
      steplight[i]!.map((x) => x.streamed.msPerToken),
      bareMs[i]!.map((x) => x.step),
    ),
    ...(peerMs[i]!.length === 0
      ? {}
      : {
          transformersJsFullPassMs: median(peerMs[i]!),
          peerRatio: pairedRatio(
            peerMs[i]!,
            steplight[i]!.map((x) => x.oneShotMs),
          ),
        }),
  }));
  let keepUpFigures: KeepUpFigures[] = [];
  if (config.keepUpRates) {
    const widget = await widgetFor(folder, config.backend, config.variant, problem);
    keepUpFigures = await keepUp(widget, longest.join('\n\n'), config.keepUpRates, ['coalesced', 'token-at-a-time']);
    widget.remove();
  }
  return {
    config,
    coldLoadMs,
    warmLoadMs,
    backend: info.backend,
    threads: info.threads,
    crossOriginIsolated,
    unpackedMatrices: info.unpackedMatrices,
    packedBaselineStepMs,
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
