/** The benchmark's rows: one per length, every figure a median over the kept measures, every ratio paired by round. */
import type { BenchInput } from './inputs.ts';
import type { BareRuntime, PeerRuntime, SteplightRuntime } from './runtimes.ts';
import { median, pairedRatio, type Ratio } from './stats.ts';

/** Steplight through its public worker API against the bare step loop in a worker of its own, at one length. */
export interface WorkerFigures {
  /** `score()` through the worker client. */
  workerOneShotMs: number;
  /** Streamed through the worker client, each `append()` awaited. */
  workerPerTokenMs: number;
  workerModelShareOfStreaming: number;
  /** Bare onnxruntime-web inside a dedicated worker, timed there. */
  bareWorkerFullPassMs: number;
  bareWorkerDecodeStepMs: number;
  /** Worker one-shot over the bare full pass in a worker. */
  workerOneShotRatio: Ratio;
  /** Worker per token over the bare cached step in a worker. */
  workerPerTokenRatio: Ratio;
  /** Worker per token over in-page per token: what the worker path adds. */
  workerOverPageRatio: Ratio;
}

/** The transformers.js peer's pass against Steplight's in-page one-shot, at one length. */
export interface PeerFigures {
  transformersJsFullPassMs: number;
  peerRatio: Ratio;
}

/** One length's figures (ms unless said). Steplight's in-page figures and the in-page bare baseline are always there. */
export interface BenchRow extends Partial<WorkerFigures>, Partial<PeerFigures> {
  solutionTokens: number;
  inputTokens: number;
  /** In-page `score()` of the whole prefix: re-scoring per token costs this every token. */
  steplightOneShotMs: number;
  bareFullPassMs: number;
  steplightPerTokenMs: number;
  modelShareOfStreaming: number;
  bareDecodeStepMs: number;
  /** In-page `score()` of everything so far at each of the last step ends, ms per token of those steps. */
  perStepRescoreMsPerToken: number;
  /** Steps and solution tokens the per-step re-scoring was timed over. */
  perStepRescoredSteps: number;
  perStepRescoredTokens: number;
  oneShotRatio: Ratio;
  perTokenRatio: Ratio;
}

/** The measured runtimes whose figures make the rows: the two in the page always, the others where measured. */
export interface RowSources {
  page: SteplightRuntime;
  bare: BareRuntime;
  worker: SteplightRuntime | null;
  bareWorker: BareRuntime | null;
  peer: PeerRuntime | null;
}

function workerFigures(i: number, { page, worker, bareWorker }: RowSources): WorkerFigures | null {
  if (worker === null || bareWorker === null) return null;
  const ours = worker.figures[i]!;
  const bare = bareWorker.figures[i]!;
  const perToken = ours.map((x) => x.streamed.msPerToken);
  return {
    workerOneShotMs: median(ours.map((x) => x.oneShotMs)),
    workerPerTokenMs: median(perToken),
    workerModelShareOfStreaming: median(ours.map((x) => x.streamed.modelShare)),
    bareWorkerFullPassMs: median(bare.map((x) => x.fullPass)),
    bareWorkerDecodeStepMs: median(bare.map((x) => x.step)),
    workerOneShotRatio: pairedRatio(
      ours.map((x) => x.oneShotMs),
      bare.map((x) => x.fullPass),
    ),
    workerPerTokenRatio: pairedRatio(
      perToken,
      bare.map((x) => x.step),
    ),
    workerOverPageRatio: pairedRatio(
      perToken,
      page.figures[i]!.map((x) => x.streamed.msPerToken),
    ),
  };
}

/** The rows of one configuration, one per input length. */
export function benchRows(inputs: BenchInput[], sources: RowSources): BenchRow[] {
  return inputs.map((input, i) => {
    const ours = sources.page.figures[i]!;
    const bare = sources.bare.figures[i]!;
    const oneShot = ours.map((x) => x.oneShotMs);
    const peer = sources.peer?.figures[i] ?? [];
    return {
      solutionTokens: input.solutionTokens,
      inputTokens: input.ids.length,
      steplightOneShotMs: median(oneShot),
      bareFullPassMs: median(bare.map((x) => x.fullPass)),
      steplightPerTokenMs: median(ours.map((x) => x.streamed.msPerToken)),
      modelShareOfStreaming: median(ours.map((x) => x.streamed.modelShare)),
      bareDecodeStepMs: median(bare.map((x) => x.step)),
      perStepRescoreMsPerToken: median(ours.map((x) => x.perStepMsPerToken ?? Number.NaN)),
      perStepRescoredSteps: input.rescoredPrefixes.length,
      perStepRescoredTokens: input.rescoredTokens,
      oneShotRatio: pairedRatio(
        oneShot,
        bare.map((x) => x.fullPass),
      ),
      perTokenRatio: pairedRatio(
        ours.map((x) => x.streamed.msPerToken),
        bare.map((x) => x.step),
      ),
      ...workerFigures(i, sources),
      ...(peer.length === 0 ? {} : { transformersJsFullPassMs: median(peer), peerRatio: pairedRatio(peer, oneShot) }),
    };
  });
}
