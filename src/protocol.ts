/**
 * The typed protocol between the page and the scoring worker (exposed with Comlink).
 * Logic-free: shared by the worker side (`workers/host.ts`) and the page side (`src/worker-connection.ts`).
 *
 * Every method resolves with a {@link Reply}: errors travel as data with a stable `code`
 * and are rebuilt into real error classes on the page, never thrown across the boundary.
 */
import type { OrtBuildUrls } from './runtime-files.ts';
import type {
  Backend,
  ErrorData,
  FirstError,
  LoadOptions,
  ModelInfo,
  ModelSource,
  ProgressEvent,
  ScoreOptions,
  ScoreResult,
  SessionEvent,
  Solution,
  StepScore,
  TokenScore,
} from './types.ts';

/** A call's outcome: the value, or the error as data. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

/** A change to a string or a list: its first `from` characters or entries stay, and `tail` replaces the rest. */
export interface TailChange<T> {
  from: number;
  tail: T;
}

/**
 * What an `append`, `replace` or `end` changed in a worker session's {@link SessionState}, so a reply carries what
 * changed, not the whole text and every token again (streaming n tokens would copy O(n^2) data across postMessage).
 * The page keeps the state and applies each delta to it (`src/session-delta.ts`).
 */
export interface SessionDelta {
  /**
   * Numbers the distinct states the worker session reported, from 1: this delta leads from state `version - 1` to
   * state `version`. Calls folded into one run get the same delta, so a version already applied is a repeat.
   */
  version: number;
  text: TailChange<string>;
  tokens: TailChange<TokenScore[]>;
  steps: TailChange<StepScore[]>;
  firstError: FirstError | null;
  aggregate: number | null;
  ended: boolean;
  /**
   * The session's event batches since the last reply, in order, when there are any: the page hands them to the
   * session's listener before the call resolves. Batches no reply carries (a run that ended in an error) come through
   * the listener proxy instead, a moment later.
   */
  events?: SessionEvent[][];
}

/** What the worker exposes. Ids name models and sessions living inside the worker. */
export interface WorkerApi {
  /**
   * Takes a Web Lock named `name` and holds it until the worker dies, so the page learns of the
   * worker's death by being granted the same lock. Resolves false where Web Locks are missing.
   */
  holdLifeLock(name: string): Promise<Reply<boolean>>;
  /** Loads onnxruntime-web from these URLs (resolved by the page) instead of the worker's own bundle. */
  useRuntime(ort: Record<Backend, OrtBuildUrls>): Promise<Reply<null>>;
  /** Loads a model; `loadId` names the load for `abortLoad` (`options.signal` cannot cross the boundary). */
  load(
    source: ModelSource,
    options: Omit<LoadOptions, 'signal'>,
    onProgress: (event: ProgressEvent) => void,
    loadId: number,
  ): Promise<Reply<{ modelId: number; info: ModelInfo }>>;
  /** Cancels the load `loadId` (it rejects with code `aborted`); nothing happens when it has finished. */
  abortLoad(loadId: number): Promise<Reply<null>>;
  score(modelId: number, problem: string, steps: string[], options: ScoreOptions): Promise<Reply<ScoreResult>>;
  scoreBatch(modelId: number, solutions: Solution[], options: ScoreOptions): Promise<Reply<ScoreResult[]>>;
  open(modelId: number, problem: string, options: ScoreOptions, onEvents: (events: SessionEvent[]) => void): Promise<Reply<{ sessionId: number }>>;
  append(sessionId: number, text: string): Promise<Reply<SessionDelta>>;
  replace(sessionId: number, fullText: string): Promise<Reply<SessionDelta>>;
  end(sessionId: number): Promise<Reply<SessionDelta>>;
  /** Cancels the session's pending work (its pending calls resolve with code `aborted`). */
  abort(sessionId: number): Promise<Reply<null>>;
  close(sessionId: number): Promise<Reply<null>>;
  dispose(modelId: number): Promise<Reply<null>>;
}
