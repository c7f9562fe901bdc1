/**
 * The runtimes the benchmark page measures, behind one interface so the schedule (schedule.ts) can take them in any
 * order: Steplight (in the page, or through its public worker API), the bare onnxruntime-web baseline (in the page, or
 * in a worker) and the transformers.js peer. Each keeps its own figures, per length, one entry per kept measure.
 */
import type { Scorer } from '../../src/index.ts';
import type { BareRunner } from './bare-ort.ts';
import { type BenchInput, STREAMED_PIECES, streamCut } from './inputs.ts';
import type { TransformersJsPeer } from './peer.ts';
import { timed } from './stats.ts';

/** Pieces streamed (and baseline steps run) by the warm-up of a runtime measured one session at a time. */
const WARM_UP_PIECES = 8;

/** One runtime under measure, already loaded. */
export interface MeasuredRuntime {
  /** How the results name it (`steplight-page`, `steplight-worker`, `bare-page`, `bare-worker`, `transformers-js`). */
  readonly name: string;
  /** A short measure at the first length, not kept (before the first measure of a runtime measured alone). */
  warmUp(): Promise<void>;
  /** Measures length `i` once; one-shot figures are the median of `repeats` passes. Figures are kept when `keep`. */
  measure(i: number, repeats: number, keep: boolean): Promise<void>;
  /** Frees the runtime (its model, session or worker). */
  release(): Promise<void>;
}

/** Streaming figures: ms per token the awaited appends added, how many tokens, the share spent inside model runs. */
export interface StreamedCost {
  msPerToken: number;
  tokens: number;
  modelShare: number;
}

/** Steplight's figures at one length in one round. */
export interface SteplightFigures {
  streamed: StreamedCost;
  oneShotMs: number;
  /** ms per token of re-scoring the whole prefix once per finished step; null where not measured. */
  perStepMsPerToken: number | null;
}

/** The bare baseline's figures at one length in one round: ms per single-token step, ms of a full pass. */
export interface BareFigures {
  step: number;
  fullPass: number;
}

/**
 * Steplight's cost per token at the end of `pieces`: the last `count` pieces appended one at a time, each awaited
 * (the pieces before them arrive in one `replace`).
 */
async function streamedTokenCost(model: Scorer, problem: string, pieces: string[], count: number): Promise<StreamedCost> {
  const cut = streamCut(pieces, count);
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

/** The per-step re-scoring baseline: one `score()` of everything so far at each of the last step ends, ms per token. */
async function perStepRescore(model: Scorer, problem: string, input: BenchInput): Promise<number> {
  const start = performance.now();
  for (const steps of input.rescoredPrefixes) await model.score(problem, steps);
  return (performance.now() - start) / input.rescoredTokens;
}

/**
 * Steplight through a {@link Scorer}: a model loaded in the page (`loadPrm`) or the worker client's (`createSteplight`).
 * Each measure streams the last pieces, then times one-shot scoring, then (when `perStep`) the per-step re-scoring.
 */
export class SteplightRuntime implements MeasuredRuntime {
  /** Per length, the kept measures. */
  readonly figures: SteplightFigures[][];

  constructor(
    readonly name: string,
    private readonly model: Scorer,
    private readonly problem: string,
    private readonly inputs: BenchInput[],
    private readonly perStep: boolean,
    private readonly free: () => Promise<void> = () => model.dispose(),
  ) {
    this.figures = inputs.map(() => []);
  }

  async warmUp(): Promise<void> {
    await streamedTokenCost(this.model, this.problem, this.inputs[0]!.pieces, WARM_UP_PIECES);
    await timed(1, () => this.model.score(this.problem, this.inputs[0]!.prefix));
  }

  async measure(i: number, repeats: number, keep: boolean): Promise<void> {
    const input = this.inputs[i]!;
    const streamed = await streamedTokenCost(this.model, this.problem, input.pieces, STREAMED_PIECES);
    const oneShotMs = await timed(repeats, () => this.model.score(this.problem, input.prefix));
    const perStepMsPerToken = this.perStep ? await perStepRescore(this.model, this.problem, input) : null;
    if (keep) this.figures[i]!.push({ streamed, oneShotMs, perStepMsPerToken });
  }

  release(): Promise<void> {
    return this.free();
  }
}

/** The bare onnxruntime-web baseline (in the page or in a worker): as many single-token steps as Steplight streams, and full passes. */
export class BareRuntime implements MeasuredRuntime {
  /** Per length, the kept measures. */
  readonly figures: BareFigures[][];

  constructor(
    readonly name: string,
    private readonly bare: BareRunner,
    private readonly inputs: BenchInput[],
  ) {
    this.figures = inputs.map(() => []);
  }

  async warmUp(): Promise<void> {
    await this.bare.streamTail(this.inputs[0]!.ids, WARM_UP_PIECES);
    await this.bare.fullPass(this.inputs[0]!.ids, 1);
  }

  async measure(i: number, repeats: number, keep: boolean): Promise<void> {
    const input = this.inputs[i]!;
    const step = await this.bare.streamTail(input.ids, input.streamedTokens);
    const fullPass = await this.bare.fullPass(input.ids, repeats);
    if (keep) this.figures[i]!.push({ step, fullPass });
  }

  release(): Promise<void> {
    return this.bare.release();
  }
}

/** transformers.js on the same file: one forward pass over the one-shot ids (what it costs per re-score). */
export class PeerRuntime implements MeasuredRuntime {
  readonly name = 'transformers-js';
  /** Per length, the kept medians of full passes (ms). */
  readonly figures: number[][];

  constructor(
    private readonly peer: TransformersJsPeer,
    private readonly inputs: BenchInput[],
  ) {
    this.figures = inputs.map(() => []);
  }

  async warmUp(): Promise<void> {
    // timed() runs one untimed pass before every measure.
  }

  async measure(i: number, repeats: number, keep: boolean): Promise<void> {
    const ms = await timed(repeats, () => this.peer.fullPass(this.inputs[i]!.ids));
    if (keep) this.figures[i]!.push(ms);
  }

  async release(): Promise<void> {
    await this.peer.dispose();
  }
}
