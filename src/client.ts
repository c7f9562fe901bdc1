/**
 * The page-side client: the same {@link Scorer} / {@link ScoringSession} API as the in-process
 * model, served by one shared Web Worker. Models and sessions survive a worker crash: pending
 * calls reject with `worker-crashed`, and the next call restarts the worker, reloads the model
 * and restores each open session from the text the client holds.
 */
import { proxy } from 'comlink';
import type { Scorer, ScoringSession, SessionEventListener } from './api.ts';
import { InternalError, InvalidArgumentError, SessionClosedError, WorkerCrashedError, loadCancelled } from './errors.ts';
import { modelFolderUrl } from './model-files.ts';
import { ortBuildsAt, packagedRuntimeFiles } from './runtime-files.ts';
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

/** A session in the worker; the client keeps its text so it can be restored after a crash. */
class RemoteSession implements ScoringSession {
  private sessionId = 0;
  private generation = 0;
  private text = '';
  /** The text the worker has accepted, restored into `text` when a change is rejected. */
  private confirmedText = '';
  private ended = false;
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

  /**
   * The session's id in the current worker. After a worker restart it reopens the session and
   * replays the held text (and the end, if ended); `replayed` is then the restored state.
   */
  async sync(): Promise<{ sessionId: number; replayed: SessionState | null }> {
    if (this.closed) throw new SessionClosedError('This session is closed.', 'Open a new session.');
    const connection = this.model.connection;
    if (this.sessionId && this.generation === connection.currentGeneration) {
      return { sessionId: this.sessionId, replayed: null };
    }
    const restoring = this.generation !== 0;
    const modelId = await this.model.ensureLoaded();
    const listener = proxy(this.onEvents);
    const { sessionId } = await connection.call((api) => api.open(modelId, this.problem, this.scoreOptions, listener));
    this.sessionId = sessionId;
    this.generation = connection.currentGeneration;
    if (!restoring) return { sessionId, replayed: null };
    this.onEvents([{ type: 'rollback', tokenIndex: 0, stepIndex: 0 }]);
    let replayed = await connection.call((api) => api.replace(sessionId, this.text));
    if (this.ended) replayed = await connection.call((api) => api.end(sessionId));
    return { sessionId, replayed };
  }

  /** Sends a change; keeps the held text equal to what the worker accepted (a rejected change is undone). */
  private async send(call: (sessionId: number) => Promise<SessionState>): Promise<SessionState> {
    try {
      const { sessionId, replayed } = await this.sync();
      const state = replayed ?? (await call(sessionId));
      this.confirmedText = state.text;
      return state;
    } catch (error) {
      if (!(error instanceof WorkerCrashedError)) this.text = this.confirmedText;
      throw error;
    }
  }

  append(text: string): Promise<SessionState> {
    this.text += text;
    return this.send((id) => this.model.connection.call((api) => api.append(id, text)));
  }

  replace(fullText: string): Promise<SessionState> {
    this.text = fullText;
    return this.send((id) => this.model.connection.call((api) => api.replace(id, fullText)));
  }

  end(): Promise<SessionState> {
    this.ended = true;
    return this.send((id) => this.model.connection.call((api) => api.end(id)));
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
