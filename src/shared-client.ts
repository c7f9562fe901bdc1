/**
 * One worker per page: {@link createSteplight} without worker options and every `<steplight-steps>` widget use
 * the same worker, and the same model loaded once. {@link configureSteplight} sets where its files are.
 */
import type { Scorer, ScoringSession, SessionEventListener } from './api.ts';
import { type ClientOptions, type SteplightClient, startClient } from './client.ts';
import { SessionClosedError } from './errors.ts';
import type { LoadOptions, ModelSource, ProgressEvent, ScoreOptions, ScoreResult, SessionOptions, Solution } from './types.ts';

/** Page-wide settings of the shared worker ({@link configureSteplight}). */
export type SteplightConfig = Omit<ClientOptions, 'createWorker'>;

interface SharedLoad {
  scorer: Promise<Scorer>;
  listeners: Set<(event: ProgressEvent) => void>;
  users: number;
}

interface SharedClient {
  client: SteplightClient;
  loads: Map<string, SharedLoad>;
}

let config: SteplightConfig = {};
let shared: SharedClient | null = null;

/**
 * Sets where the shared worker finds its files: `workerUrl`, `runtimeUrl` (onnxruntime-web), `builtinModelUrl`.
 * Call it any time: loads started afterwards use the new settings (models already loaded keep working).
 */
export function configureSteplight(next: SteplightConfig): void {
  config = { ...config, ...next };
  shared = null;
}

function sharedClient(): SharedClient {
  shared ??= { client: startClient(config), loads: new Map() };
  return shared;
}

/** Sources that name the same model when their JSON is equal (picked files are never shared). */
function loadKey(source: ModelSource, options: LoadOptions): string | null {
  if (options.signal || source.kind === 'files') return null;
  const { backend = 'auto', variant = null, ...rest } = options;
  const settings = Object.entries(rest).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([source, backend, variant, settings]);
}

/**
 * Loads through the shared worker; one load per model, variant and backend, whoever asks. A load with a `signal`
 * is the caller's own (cancelling it must not fail the others).
 */
function loadShared(source: ModelSource, options: LoadOptions = {}, onProgress?: (event: ProgressEvent) => void): Promise<Scorer> {
  const page = sharedClient();
  const key = loadKey(source, options);
  if (key === null) return page.client.load(source, options, onProgress);
  let load = page.loads.get(key);
  if (!load) {
    const listeners = new Set<(event: ProgressEvent) => void>();
    const scorer = page.client.load(source, options, (event) => {
      for (const listener of listeners) listener(event);
    });
    const created: SharedLoad = { scorer, listeners, users: 0 };
    page.loads.set(key, created);
    scorer.catch(() => {
      if (page.loads.get(key) === created) page.loads.delete(key);
    });
    load = created;
  }
  const joined = load;
  if (onProgress) joined.listeners.add(onProgress);
  const done = () => onProgress && joined.listeners.delete(onProgress);
  joined.scorer.then(done, done);
  return joined.scorer.then((scorer) => {
    joined.users += 1;
    return new ScorerHandle(scorer, () => {
      joined.users -= 1;
      if (joined.users > 0) return Promise.resolve();
      if (page.loads.get(key) === joined) page.loads.delete(key);
      return scorer.dispose();
    });
  });
}

/** One user's hold on a shared model: `dispose` lets go, and the model is freed when its last user lets go. */
class ScorerHandle implements Scorer {
  private released = false;

  constructor(
    private readonly scorer: Scorer,
    private readonly release: () => Promise<void>,
  ) {}

  get info() {
    return this.scorer.info;
  }

  private live(): Scorer {
    if (this.released) throw new SessionClosedError('This model was disposed.', 'Load it again.');
    return this.scorer;
  }

  async score(problem: string, steps: string[], options?: ScoreOptions): Promise<ScoreResult> {
    return this.live().score(problem, steps, options);
  }

  async scoreBatch(solutions: Solution[], options?: ScoreOptions): Promise<ScoreResult[]> {
    return this.live().scoreBatch(solutions, options);
  }

  async open(problem: string, onEvents: SessionEventListener, options?: SessionOptions): Promise<ScoringSession> {
    return this.live().open(problem, onEvents, options);
  }

  async dispose(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await this.release();
  }
}

/**
 * A client of the scoring worker. Without `createWorker` or `workerUrl` it is the page's shared worker (the one
 * every widget uses; settings from {@link configureSteplight} and these options); with either, a worker of its own.
 */
export function createSteplight(options: ClientOptions = {}): SteplightClient {
  if (options.createWorker || options.workerUrl) return startClient(options);
  if (Object.keys(options).length > 0) configureSteplight(options);
  return {
    load: loadShared,
    terminate: () => sharedClient().client.terminate(),
  };
}
