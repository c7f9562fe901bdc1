/**
 * One worker and one load per model for every `<steplight-steps>` on the page: widgets asking for the
 * same model, variant and backend share the same loaded {@link Scorer}, and its progress events.
 */
import {
  createSteplight,
  InvalidArgumentError,
  type BackendRequest,
  type ModelSource,
  type ProgressEvent,
  type Scorer,
  type SteplightClient,
  type Variant,
} from '../index.ts';

/** Where the widgets find their files; set with `configureSteplight()` before the first widget loads. */
export interface WidgetConfig {
  /** URL of `steplight-worker.js` (its wasm files beside it). Default: the worker shipped beside the widget script. */
  workerUrl?: string | URL;
  /** Folder URL of the built-in model. Default: `models/tiny-arith-prm/` beside the widget script. */
  builtinModelUrl?: string | URL;
}

/** What a widget asks for. */
export interface ModelRequest {
  /** `builtin`, or the URL of an HF-style Steplight model folder. */
  model: string;
  variant: Variant | undefined;
  backend: BackendRequest;
}

interface SharedLoad {
  scorer: Promise<Scorer>;
  listeners: Set<(event: ProgressEvent) => void>;
}

let config: WidgetConfig = {};
let client: SteplightClient | null = null;
const loads = new Map<string, SharedLoad>();

/** Sets where the widgets find the worker and the built-in model. Call it before the first widget connects. */
export function configureSteplight(next: WidgetConfig): void {
  if (client) {
    throw new InvalidArgumentError(
      'The Steplight widgets have already started their worker.',
      'Call configureSteplight() before adding the first <steplight-steps> to the page.',
    );
  }
  config = { ...config, ...next };
}

/** The defaults of a widget bundle (set by its entry file, relative to the script). */
export function setDefaults(defaults: WidgetConfig): void {
  config = { ...defaults, ...config };
}

function sharedClient(): SteplightClient {
  client ??= createSteplight({
    ...(config.workerUrl ? { workerUrl: config.workerUrl } : {}),
    ...(config.builtinModelUrl ? { builtinModelUrl: config.builtinModelUrl } : {}),
  });
  return client;
}

function sourceOf(model: string): ModelSource {
  return model === '' || model === 'builtin' ? { kind: 'builtin' } : { kind: 'url', url: model };
}

/**
 * The loaded model for `request`, loading it once for all widgets; `onProgress` hears the load's
 * progress. A failed load is forgotten, so a later request retries.
 */
export function sharedModel(request: ModelRequest, onProgress: (event: ProgressEvent) => void): Promise<Scorer> {
  const key = JSON.stringify([request.model || 'builtin', request.variant ?? '', request.backend]);
  let load = loads.get(key);
  if (!load) {
    const listeners = new Set<(event: ProgressEvent) => void>();
    const options = { backend: request.backend, ...(request.variant ? { variant: request.variant } : {}) };
    const scorer = sharedClient().load(sourceOf(request.model), options, (event) => {
      for (const listener of listeners) listener(event);
    });
    load = { scorer, listeners };
    loads.set(key, load);
    scorer.catch(() => loads.delete(key));
  }
  load.listeners.add(onProgress);
  const done = () => load.listeners.delete(onProgress);
  load.scorer.then(done, done);
  return load.scorer;
}
