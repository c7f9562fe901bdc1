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
  LoadOptions,
  ModelInfo,
  ModelSource,
  ProgressEvent,
  ScoreOptions,
  ScoreResult,
  SessionEvent,
  SessionState,
  Solution,
} from './types.ts';

/** A call's outcome: the value, or the error as data. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

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
  append(sessionId: number, text: string): Promise<Reply<SessionState>>;
  replace(sessionId: number, fullText: string): Promise<Reply<SessionState>>;
  end(sessionId: number): Promise<Reply<SessionState>>;
  /** Cancels the session's pending work (its pending calls resolve with code `aborted`). */
  abort(sessionId: number): Promise<Reply<null>>;
  close(sessionId: number): Promise<Reply<null>>;
  dispose(modelId: number): Promise<Reply<null>>;
}
