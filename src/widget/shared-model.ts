/**
 * The model a `<steplight-steps>` asks for, loaded through the page's shared worker: widgets (and library code)
 * asking for the same model, variant and backend share one load and its progress events.
 */
import { type BackendRequest, createSteplight, parseModelRef, type ProgressEvent, type Scorer, type Variant } from '../index.ts';

/** What a widget asks for. */
export interface ModelRequest {
  /** `builtin`, the URL of an HF-style Steplight model folder, or a hub id (`owner/name[@revision]`, `hf:` to force it). */
  model: string;
  variant: Variant | undefined;
  backend: BackendRequest;
}

/** The loaded model for `request` (one load for the page); `onProgress` hears the load's progress. */
export function sharedModel(request: ModelRequest, onProgress: (event: ProgressEvent) => void): Promise<Scorer> {
  const options = { backend: request.backend, ...(request.variant ? { variant: request.variant } : {}) };
  return createSteplight().load(parseModelRef(request.model) ?? { kind: 'builtin' }, options, onProgress);
}
