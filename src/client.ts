/**
 * The page-side client: the same {@link Scorer} / {@link ScoringSession} API as the in-process
 * model, served by one shared Web Worker. Models and sessions survive a worker crash: pending
 * calls reject with `worker-crashed`, and the next call restarts the worker, reloads the model
 * and restores each open session from the text the client holds.
 */
import { proxy, type Remote } from 'comlink';
import type { Scorer, ScoringSession, SessionEventListener } from './api.ts';
import { InternalError, InvalidArgumentError, SessionClosedError, WorkerCrashedError, loadCancelled } from './errors.ts';
import { modelFolderUrl } from './model-files.ts';
import type { Reply, SessionDelta, WorkerApi } from './protocol.ts';
import { ortBuildsAt, packagedRuntimeFiles } from './runtime-files.ts';
import { SessionStateReader } from './session-delta.ts';
import type { LoadOptions, ModelInfo, ModelSource, ProgressEvent, ScoreOptions, ScoreResult, SessionOptions, SessionState, Solution } from './types.ts';
import { WorkerConnection, type WorkerFactory } from './worker-connection.ts';

/** Options of {@link createSteplight}. */
export interface ClientOptions {
  /** Creates the scoring worker; default: the worker bundled with Steplight (see also `workerUrl`). */
  createWorker?: WorkerFactory;
  /**
   * Where Steplight's worker script (`steplight-worker.js`, its wasm files beside it) is served, when not
   * beside the library; a cross-origin URL is started through a same-origin module that imports it.
   */
  workerUrl?: string | URL;
  /**
   * Folder URL of the built-in model. Default: the copy shipped in the package (bundlers copy its files), or
   * `models/tiny-arith-prm/` next to the page when running from source.
   */
  builtinModelUrl?: string | URL;
  /**
   * Folder URL holding onnxruntime-web's files (a copy of the package's `dist/lib/runtime/`), when not where the
   * library found them (e.g. a CDN).
   */
  runtimeUrl?: string | URL;
  /** Address of the Hugging Face hub, or a mirror with its URL layout, for `{ kind: 'hub' }` sources; default https://huggingface.co. */
  hubUrl?: string | URL;
}

/** A connection to the scoring worker; load models through it. */
export interface SteplightClient {
  /** Loads a model in the worker. Progress events report downloaded bytes per file. */
  load(source: ModelSource, options?: LoadOptions, onProgress?: (event: ProgressEvent) => void): Promise<Scorer>;
  /** Stops the worker. Pending calls reject with `worker-crashed`; later calls start a new worker. */
  terminate(): void;
}

/** Starts the worker bundled with Steplight (wrap it to observe or replace workers). */
export const defaultWorkerFactory: WorkerFactory = (name) => new Worker(new URL('../workers/prm.worker.ts', import.meta.url), { type: 'module', name });

function pageBase(): string {
  return typeof document !== 'undefined' ? document.baseURI : String(globalThis.location);
}

/** A factory starting the worker script at `url` (page-relative or absolute). */
export function workerAt(url: string | URL): WorkerFactory {
  return (name) => {
    const href = new URL(url, pageBase()).href;
    if (new URL(href).origin === globalThis.location.origin) return new Worker(href, { type: 'module', name });
    const wrapper = new Blob([`import ${JSON.stringify(href)};`], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(wrapper), { type: 'module', name });
  };
}

/** Turns page-relative sources into absolute ones the worker can fetch. */
function resolveSource(source: ModelSource, { builtinModelUrl, hubUrl }: ClientOptions): ModelSource {
  if (source.kind === 'builtin') {
    const packaged = packagedRuntimeFiles();
    if (builtinModelUrl === undefined && packaged) return { kind: 'urls', files: packaged.builtinModel };
    return { kind: 'url', url: new URL(builtinModelUrl ?? 'models/tiny-arith-prm/', pageBase()).href };
  }
  if (source.kind === 'url') return { kind: 'url', url: modelFolderUrl(source.url, pageBase()).href };
  if (source.kind === 'hub' && source.host === undefined && hubUrl !== undefined) return { ...source, host: String(hubUrl) };
  if (source.kind === 'dir') {
    throw new InvalidArgumentError('A local directory path cannot be read in a browser.', 'Pick the folder\'s files instead (kind "files").');
  }
  return source;
}

/** Starts a client of its own worker; the worker itself starts on the first call. */
export function startClient(options: ClientOptions = {}): SteplightClient {
  const factory = options.createWorker ?? (options.workerUrl ? workerAt(options.workerUrl) : defaultWorkerFactory);
  const ort = options.runtimeUrl ? ortBuildsAt(new URL(options.runtimeUrl, pageBase()).href) : packagedRuntimeFiles()?.ort;
  // The worker loads onnxruntime-web from the URLs the page resolved (a bundler may have moved the worker alone).
  const connection = new WorkerConnection(factory, ort ? (api) => api.useRuntime(ort) : undefined);
  return {
    async load(source, loadOptions = {}, onProgress) {
      const model = new RemoteModel(connection, resolveSource(source, options), loadOptions, onProgress);
      await model.ensureLoaded();
      return model;
    },
    terminate: () => connection.terminate(),
  };
}

/** Names each load sent to the worker (for `abortLoad`). */
let nextLoadId = 1;

/** A model loaded in the worker, reloaded transparently after a worker restart. */
class RemoteModel implements Scorer {
  private modelId = 0;
  private generation = 0;
  private loadedInfo: ModelInfo | null = null;
  private loading: Promise<number> | null = null;

  constructor(
    readonly connection: WorkerConnection,
    private readonly source: ModelSource,
    private readonly options: LoadOptions,
    private readonly onProgress: ((event: ProgressEvent) => void) | undefined,
  ) {}

  get info(): ModelInfo {
    // load() resolves only once the model is loaded, so a model handed to the caller always has its info.
    if (!this.loadedInfo) throw new InternalError('A model was used before its first load finished.');
    return this.loadedInfo;
  }

  /** The model's id in the current worker, loading it there first if needed. */
  ensureLoaded(): Promise<number> {
    if (this.generation === this.connection.currentGeneration && this.modelId) return Promise.resolve(this.modelId);
    const { signal, ...options } = this.options;
    // Only the first load can be cancelled: a reload after a worker restart belongs to calls already made.
    const cancellable = this.loadedInfo === null ? signal : undefined;
    this.loading ??= this.connection
      .call((api) => {
        if (cancellable?.aborted) throw loadCancelled();
        const loadId = nextLoadId++;
        cancellable?.addEventListener('abort', () => void api.abortLoad(loadId), { once: true });
        return api.load(
          this.source,
          options,
          proxy((event: ProgressEvent) => this.onProgress?.(event)),
          loadId,
        );
      })
      .then(({ modelId, info }) => {
        this.modelId = modelId;
        this.generation = this.connection.currentGeneration;
        this.loadedInfo = info;
        return modelId;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  async scoreBatch(solutions: Solution[], options: ScoreOptions = {}): Promise<ScoreResult[]> {
    const modelId = await this.ensureLoaded();
    return this.connection.call((api) => api.scoreBatch(modelId, solutions, options));
  }

  async score(problem: string, steps: string[], options: ScoreOptions = {}): Promise<ScoreResult> {
    const modelId = await this.ensureLoaded();
    return this.connection.call((api) => api.score(modelId, problem, steps, options));
  }

  async open(problem: string, onEvents: SessionEventListener, options: SessionOptions = {}): Promise<ScoringSession> {
    const session = new RemoteSession(this, problem, onEvents, options);
    await session.sync();
    return session;
  }

  async dispose(): Promise<void> {
    if (this.generation !== this.connection.currentGeneration) return;
    const modelId = this.modelId;
    this.modelId = 0;
    await this.connection.call((api) => api.dispose(modelId));
  }
}

/** What a session holds besides its scores: the text, and whether it was ended. */
interface Held {
  text: string;
  ended: boolean;
}

/**
 * A session in the worker. It owns the page's copy of the session's text (see {@link ScoringSession.text}), which it
 * replays into a new worker after a crash; each reply carries what changed, and it rebuilds the full states.
 */
class RemoteSession implements ScoringSession {
  private sessionId = 0;
  private generation = 0;
  /** Every change made so far, less the latest one when the worker refused it (a crash refuses nothing). */
  private held: Held = { text: '', ended: false };
  /** The states the worker session reported, rebuilt from the deltas of its replies. */
  private states = new SessionStateReader();
  /** Counts changes made: only the latest one's outcome sets the held text. */
  private changes = 0;
  /** The session being opened in the current worker, shared by the calls that wait for it. */
  private opening: Promise<number> | null = null;
  private closed = false;
  private readonly scoreOptions: ScoreOptions;

  constructor(
    private readonly model: RemoteModel,
    private readonly problem: string,
    private readonly onEvents: SessionEventListener,
    options: SessionOptions,
  ) {
    const { signal, ...scoreOptions } = options;
    this.scoreOptions = scoreOptions;
    signal?.addEventListener('abort', () => void this.abort(), { once: true });
  }

  get text(): string {
    return this.held.text;
  }

  /**
   * The session's id in the current worker. After a worker restart it opens the session again and replays `before`:
   * what was held before the change now being sent (that change is sent next, as any other).
   */
  async sync(before: Held = this.held): Promise<number> {
    if (this.closed) throw new SessionClosedError('This session is closed.', 'Open a new session.');
    if (this.sessionId && this.generation === this.model.connection.currentGeneration) return this.sessionId;
    this.opening ??= this.openInWorker(before).finally(() => {
      this.opening = null;
    });
    return this.opening;
  }

  /** Opens the session in the current worker; when it lived in an earlier worker, replays `before` into it. */
  private async openInWorker(before: Held): Promise<number> {
    const connection = this.model.connection;
    const restoring = this.generation !== 0;
    const modelId = await this.model.ensureLoaded();
    const listener = proxy(this.onEvents);
    // The worker that holds the model: every call below is for it (a worker started meanwhile knows none of its ids).
    const generation = connection.currentGeneration;
    const { sessionId } = await connection.call((api) => api.open(modelId, this.problem, this.scoreOptions, listener), generation);
    const states = new SessionStateReader();
    if (restoring) {
      this.onEvents([{ type: 'rollback', tokenIndex: 0, stepIndex: 0 }]);
      try {
        if (before.text !== '') states.apply(this.delivered(await connection.call((api) => api.replace(sessionId, before.text), generation)));
        if (before.ended) states.apply(this.delivered(await connection.call((api) => api.end(sessionId), generation)));
      } catch (error) {
        // Not restored: the next call opens the session again.
        void connection.call((api) => api.close(sessionId), generation).catch(() => undefined);
        throw error;
      }
    }
    this.sessionId = sessionId;
    this.generation = generation;
    this.states = states;
    return sessionId;
  }

  /** Makes a change: held at once, then sent; the reply's delta is applied to the last state the worker reported. */
  private async change(update: (held: Held) => Held, call: (api: Remote<WorkerApi>, sessionId: number) => Promise<Reply<SessionDelta>>): Promise<SessionState> {
    const before = this.held;
    this.held = update(before);
    const change = ++this.changes;
    try {
      const sessionId = await this.sync(before);
      const delta = this.delivered(await this.model.connection.call((api) => call(api, sessionId), this.generation));
      const state = this.states.apply(delta);
      if (change === this.changes) this.held = { text: state.text, ended: state.ended };
      return state;
    } catch (error) {
      // Only the latest change owns the text: an earlier change that fails must not undo a later one.
      if (change === this.changes && !(error instanceof WorkerCrashedError)) {
        const accepted = this.states.state;
        this.held = { text: accepted.text, ended: accepted.ended };
      }
      throw error;
    }
  }

  /** Hands the event batches a reply carries to the listener; returns the reply. */
  private delivered(delta: SessionDelta): SessionDelta {
    for (const batch of delta.events ?? []) this.onEvents(batch);
    return delta;
  }

  append(text: string): Promise<SessionState> {
    return this.change(
      (held) => ({ ...held, text: held.text + text }),
      (api, id) => api.append(id, text),
    );
  }

  replace(fullText: string): Promise<SessionState> {
    return this.change(
      (held) => ({ ...held, text: fullText }),
      (api, id) => api.replace(id, fullText),
    );
  }

  end(): Promise<SessionState> {
    return this.change(
      (held) => ({ ...held, ended: true }),
      (api, id) => api.end(id),
    );
  }

  private async abort(): Promise<void> {
    if (!this.sessionId || this.generation !== this.model.connection.currentGeneration) return;
    const sessionId = this.sessionId;
    await this.model.connection.call((api) => api.abort(sessionId)).catch(() => undefined);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.sessionId || this.generation !== this.model.connection.currentGeneration) return;
    const sessionId = this.sessionId;
    await this.model.connection.call((api) => api.close(sessionId));
  }
}
