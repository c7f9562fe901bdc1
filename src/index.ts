/**
 * Steplight: process reward models in the browser, scored per token as solutions stream in.
 *
 * The one public entry. Pages use {@link createSteplight} (a Web Worker runs the model); Node code
 * and workers of your own may load a model in their own thread with {@link loadPrm}.
 */
export { defaultWorkerFactory, workerAt } from './client.ts';
export { configureSteplight, createSteplight } from './shared-client.ts';
export type { SteplightConfig } from './shared-client.ts';
export type { ClientOptions, SteplightClient } from './client.ts';
export type { WorkerFactory } from './worker-connection.ts';
export type { Scorer, ScoringSession, SessionEventListener } from './api.ts';
export { VARIANTS } from './manifest.ts';
export type { HeadSpec, InputSpec, PrmManifest, VariantEntry } from './manifest.ts';
export { aggregate, findFirstError, firstErrorStep, isError, processBenchMetrics } from './aggregate.ts';
export type { ProcessBenchMetrics } from './aggregate.ts';
export { givenSteps, splitSteps } from './steps.ts';
export { presetOf, presetRun } from './presets.ts';
export type { PresetRun } from './presets.ts';
export { checkDomain } from './domain.ts';
export { DEFAULT_HUB_URL, parseModelRef } from './hub.ts';
export { parseJsonl } from './processbench.ts';
export type { ProcessBenchRecord } from './processbench.ts';
export type { DomainIssue, DomainSpec } from './domain.ts';
/** Test-time scaling: pick among an LLM's candidate solutions with the PRM (generator-agnostic; README "Search"). */
export { search } from './search/search.ts';
export { finalAnswer } from './search/answer.ts';
export { replayGenerator, replayPieces } from './search/generator.ts';
export type { GenerateRequest, ReplayOptions, TextGenerator, TextPiece } from './search/generator.ts';
export { estimateTokensSaved, majorityVote, pickBestOfN, selectCandidates, tallyVotes, weightedVote } from './search/select.ts';
export type { SelectableCandidate } from './search/select.ts';
export type {
  AnswerVote,
  BeamOptions,
  CandidateResult,
  CandidateStatus,
  EarlyRejection,
  RejectionReason,
  SearchEvent,
  SearchOptions,
  SearchPick,
  SearchResult,
  SearchStrategy,
  Selection,
} from './search/types.ts';
/** A policy LM in this thread, as a seeded TextGenerator for search() (README "Policy generator"). */
export type { GeneratedToken, PolicyGenerator, PolicyInfo, PolicyOptions } from './generate/policy.ts';
export {
  AbortedError,
  BackendUnavailableError,
  ContextOverflowError,
  errorFromData,
  toErrorData,
  toSteplightError,
  InternalError,
  InvalidArgumentError,
  ModelLoadError,
  SearchCancelledError,
  SessionClosedError,
  SteplightError,
  WorkerCrashedError,
} from './errors.ts';
export type * from './types.ts';

import type { Scorer } from './api.ts';
import type { PolicyGenerator, PolicyOptions } from './generate/policy.ts';
import type { LoadOptions, ModelSource, ProgressEvent } from './types.ts';

/**
 * Loads a PRM in the calling thread (Node, or inside a worker of your own). onnxruntime-web is
 * imported on first use, so pages that only use {@link createSteplight} never download it twice.
 */
export async function loadPrm(source: ModelSource, options?: LoadOptions, onProgress?: (event: ProgressEvent) => void): Promise<Scorer> {
  const { loadPrm: load } = await import('./model.ts');
  return load(source, options, onProgress);
}

/**
 * Loads a policy LM (a Hugging Face causal-LM folder with a KV-cached ONNX graph) in the calling thread, as a seeded
 * `TextGenerator` for `search()`. onnxruntime-web is imported on first use, as for {@link loadPrm}.
 */
export async function loadPolicy(source: ModelSource, options?: PolicyOptions, onProgress?: (event: ProgressEvent) => void): Promise<PolicyGenerator> {
  const { loadPolicy: load } = await import('./generate/policy.ts');
  return load(source, options, onProgress);
}
