/**
 * Public data types of Steplight: options, results and streamed events.
 *
 * Everything here is plain data (no classes, no functions) so the same objects cross the
 * worker boundary unchanged. Events are tagged with `type`.
 */

import type { DomainSpec } from './domain.ts';

/** How a model cuts text into steps (from prm.json `input`): at `stepSplit`, trimmed unless `trimSteps` is
 * false, empty steps dropped unless `keepEmptySteps`. With `splitGivenSteps`, steps passed as a list are joined at
 * `stepSplit` and cut again, as the authors score a whole response (Skywork: every line is a step). With `stepView`
 * `"equation"` the model reads each step as its arithmetic alone (`readStep`), so the tokens shown are what it read. */
export interface StepRules {
  stepSplit: string;
  trimSteps?: boolean;
  keepEmptySteps?: boolean;
  splitGivenSteps?: boolean;
  stepView?: 'equation';
}

/** When a step counts as wrong: its score is `below` the threshold (the default), or `at-or-below` it (PURE's card:
 * a step is correct iff its reward is > 0). */
export type ThresholdRule = 'below' | 'at-or-below';

/**
 * A model's evaluation settings for one protocol (prm.json `presets`, such as `processbench`): what the authors'
 * evaluation script sets, each setting with its source. Applied by `steplight eval --preset NAME` (see `presets.ts`).
 */
export interface EvalPreset {
  /** Threshold of the first-error prediction, on the script's scale (for implicit PRMs: sigmoid of `coef` x value). */
  threshold: number;
  /** Whether a score equal to the threshold is an error (default: the model's `thresholdRule`). */
  thresholdRule?: ThresholdRule;
  /** Text put before each step's text, `{n}` its 1-based number (PRIME's script: `Step {n}: `). */
  stepPrefix?: string;
  /** Implicit PRMs: the reward scale the script used, in place of the model's `coef`. */
  coef?: number;
  /** Where each setting comes from (repository and file, or model card), by setting name. */
  sources: Record<string, string>;
  /** What the authors' script does that the runtime does not follow, or settings it leaves to the user. */
  notes?: string[];
}

/** How step scores are combined into one solution score. */
export type Aggregation = 'min' | 'product' | 'last' | 'mean';

/** Execution backend that actually ran the model. */
export type Backend = 'webgpu' | 'wasm';

/** Backend request: `auto` picks WebGPU when an adapter exists, else WASM. */
export type BackendRequest = Backend | 'auto';

/**
 * The graph a loaded model runs: `plain`, the KV-cached graph of both backends (its cache grows run by run, a
 * rollback masks slots); `static`, the graph written for WebGPU (onnxruntime contrib ops, a key/value buffer of
 * fixed capacity written in place, a rollback rewinds a length); `static-captured`, the same with one-token steps
 * replayed from a captured graph.
 */
export type DecoderGraph = 'plain' | 'static' | 'static-captured';

/** Weight variant, named like transformers.js dtypes (`onnx/model{_suffix}.onnx`). */
export type Variant = 'fp32' | 'fp16' | 'int8' | 'q4';

/**
 * How far a quantized variant's step scores are from fp32's (prm.json `variants.<name>.parity`), measured by the
 * converter: `records` problems with steps laid out as the runtime lays them out and run through both graphs at the
 * same token ids. Differences are in the family's own score scale; `firstErrorAgreement` is the share (0 to 1) of
 * records whose first error is fp32's.
 */
export interface VariantParity {
  records: number;
  maxAbsDiffVsFp32: number;
  meanAbsDiffVsFp32: number;
  firstErrorAgreement: number;
}

/** Where a model folder comes from. */
export type ModelSource =
  /** The shipped tiny-arith PRM. */
  | { kind: 'builtin' }
  /** An HF-style model folder reachable over HTTP(S) (absolute or page-relative URL). */
  | { kind: 'url'; url: string }
  /**
   * A model on the Hugging Face hub (or a mirror with its URL layout): files from `{host}/{id}/resolve/{revision}/`.
   * `host` defaults to https://huggingface.co (or `configureSteplight({ hubUrl })`), `revision` to `main`.
   */
  | { kind: 'hub'; id: string; revision?: string; host?: string }
  /** A model whose files lie at separate URLs (e.g. renamed by a bundler); keys are paths relative to the folder root. */
  | { kind: 'urls'; files: Record<string, string> }
  /** Files picked by the user (e.g. a directory input); keys are paths relative to the folder root. */
  | { kind: 'files'; files: Record<string, Blob | ArrayBuffer | Uint8Array> }
  /** A local directory (Node / CLI only). */
  | { kind: 'dir'; path: string };

/** Options for loading a model. */
export interface LoadOptions {
  /** Weight variant; defaults to the manifest's default for the chosen backend. */
  variant?: Variant;
  /** Backend request; default `auto`. */
  backend?: BackendRequest;
  /** WASM thread count; default: min(4, cores) when crossOriginIsolated, else 1 (WebGPU's CPU side uses the same). */
  threads?: number;
  /** Use Cache Storage for downloaded files (browser only); default true. */
  cache?: boolean;
  /** Verify every file against the manifest's sha256 (a file the manifest does not list is refused); default true. */
  verify?: boolean;
  /** A download that receives no byte for this long fails with `model-fetch-failed`; default 30,000 ms. */
  stallTimeoutMs?: number;
  /** Cancels the load (downloads stop; the call rejects with `aborted`). Through the worker too. */
  signal?: AbortSignal;
  /**
   * Memory for the KV caches of this model's open sessions (estimated at 4 bytes per value), default 256 MiB.
   * Past it, the least recently used idle sessions drop their caches and recompute them when next used.
   */
  cacheBudgetBytes?: number;
  /**
   * WASM only: fp32 bytes a model's 4-bit weights may take once unpacked at load, default 1.5 GiB (a
   * Qwen2.5-0.5B-size model's take 1.33 GiB). onnxruntime-web dequantizes a 4-bit matrix on every run otherwise,
   * which makes a one-token step of a q4 model about ten times slower than the same step in fp32. A model whose
   * weights do not fit stays packed (WASM memory ends at 4 GiB, and the session also holds the rest of the graph,
   * embeddings included); 0 keeps every model packed.
   */
  unpackedWeightBytes?: number;
  /**
   * WebGPU only: run the variant's WebGPU graph (prm.json `variants.<v>.gpu`) when the folder ships one, default
   * true; false runs the plain graph, as WASM does.
   */
  gpuGraph?: boolean;
  /**
   * WebGPU graph only: replay a captured graph for one-token steps (onnxruntime-web `enableGraphCapture`), default
   * true. It holds a second onnxruntime session of the model (the weights twice in GPU memory) and serves the
   * first session opened at a time; the others run the same graph uncaptured.
   */
  graphCapture?: boolean;
}

/** Download / initialisation progress, reported while a model loads. */
export interface ProgressEvent {
  type: 'progress';
  /**
   * File being fetched (relative to the model folder), or a phase after the downloads: `runtime` (onnxruntime-web
   * starts: the first time it downloads and compiles its WebAssembly, 14 MB for WASM, 27 MB for WebGPU), then
   * `warmup` (one first inference, which compiles the backend's kernels).
   */
  file: string;
  loadedBytes: number;
  /** Total bytes when known, else null. */
  totalBytes: number | null;
  /** Whether the bytes came from Cache Storage. */
  fromCache: boolean;
}

/** What a loaded model reports about itself. */
export interface ModelInfo {
  name: string;
  backend: Backend;
  variant: Variant;
  /** WASM threads requested for this model's onnxruntime build (the same default on WebGPU, whose CPU side runs the few ops the GPU does not). */
  threads: number;
  /** 4-bit matrices unpacked to fp32 at load (WASM, see `LoadOptions.unpackedWeightBytes`), of how many. */
  unpackedMatrices: { unpacked: number; of: number };
  /** The graph that runs (see {@link DecoderGraph}). */
  graph: DecoderGraph;
  /** Variants this folder ships. */
  variants: Variant[];
  /** How far the loaded variant's step scores are from fp32's, as measured when the folder was made (prm.json
   * `variants.<variant>.parity`); absent for fp32 itself and for folders that do not state it. */
  parity?: VariantParity;
  threshold: number;
  /** Whether a score equal to the threshold is an error (prm.json `scoring.thresholdRule`). */
  thresholdRule: ThresholdRule;
  aggregation: Aggregation;
  maxContext: number;
  /** The range step scores and partial rewards fall in ([0, 1]; [-1, 1] for PURE-style p1 - p0 heads). */
  scoreRange: [number, number];
  /** Whether per-token partial rewards are meaningful (prm.json `scoring.partialRewards`: the model was trained on
   * per-token labels); when false, pages show step scores only. */
  partialRewards: boolean;
  /** How this model cuts a solution text into steps: front ends split and join steps with these rules. */
  stepRules: StepRules;
  /** Implicit PRMs: the reward scale the graph's scores use (prm.json `head.coef`). */
  coef?: number;
  /** Evaluation presets by name (prm.json `presets`; empty when the model ships none). */
  presets: Record<string, EvalPreset>;
  /** What the model can judge, when it judges only one kind of problem (the built-in model); pass it to `checkDomain`. */
  domain?: DomainSpec;
}

/** Per-call scoring options; unset fields fall back to the manifest. */
export interface ScoreOptions {
  aggregation?: Aggregation;
  threshold?: number;
}

/** One solution token with its partial reward. `tokenIndex` counts solution tokens from 0. */
export interface TokenScore {
  tokenIndex: number;
  /** Decoded text of this token (may be empty for a separator the page does not show). */
  text: string;
  /** Step this token belongs to (separator tokens belong to the step they close). */
  stepIndex: number;
  /**
   * The head's output at this token in the family's own scale: for the built-in model the probability
   * that everything up to here is still correct; P(positive) for 2-class heads, sigmoid(value) for
   * value heads, P(+) for label-token heads, P(1) - P(0) in [-1, 1] for PURE-style heads.
   */
  partialReward: number;
  /**
   * True for template tokens the model reads but the user did not write: the separator after a step
   * (whose score token carries the step score) and chat-turn markers before a step. Their `text` is ''.
   */
  isSeparator: boolean;
}

/** A finished step and its score, read at its separator. `start`/`end` are token indices, end exclusive. */
export interface StepScore {
  stepIndex: number;
  score: number;
  start: number;
  end: number;
}

/** The earliest step scored below the threshold, and its first token below it (or -1). */
export interface FirstError {
  stepIndex: number;
  tokenIndex: number;
}

/** One solution of a batch: a problem and its steps. */
export interface Solution {
  problem: string;
  steps: string[];
}

/** Result of one-shot scoring. */
export interface ScoreResult {
  tokens: TokenScore[];
  steps: StepScore[];
  /** ProcessBench convention: null when no step is below the threshold. */
  firstError: FirstError | null;
  /** Aggregated solution score over `steps`. */
  aggregate: number;
  aggregation: Aggregation;
  threshold: number;
}

/** Streamed events of a scoring session. */
export type SessionEvent =
  /** Tokens from `tokenIndex` on were withdrawn (a chunk boundary re-tokenized, or an edit). */
  | { type: 'rollback'; tokenIndex: number; stepIndex: number }
  | ({ type: 'token' } & TokenScore)
  | ({ type: 'step' } & StepScore)
  | ({ type: 'first-error' } & FirstError)
  /** The current (unfinished) step's running partial reward fell below the threshold. */
  | { type: 'early-reject'; stepIndex: number; tokenIndex: number; partialReward: number }
  | { type: 'aggregate'; value: number; aggregation: Aggregation; stepCount: number }
  /** One model run finished: how many tokens it took and how long it ran (ms), for latency displays. */
  | { type: 'run'; tokenCount: number; ms: number };

/** Options for a streaming session. */
export interface SessionOptions extends ScoreOptions {
  /** Cancels the session's pending work; the session then rejects further calls with code `aborted`. */
  signal?: AbortSignal;
}

/** Snapshot of a session after each call. */
export interface SessionState {
  /** The full solution text the session has received so far. */
  text: string;
  tokens: TokenScore[];
  steps: StepScore[];
  firstError: FirstError | null;
  aggregate: number | null;
  ended: boolean;
}

/** Stable error codes; each arrives on the page as a `SteplightError` subclass. */
export type ErrorCode =
  | 'invalid-argument'
  | 'model-not-found'
  | 'model-fetch-failed'
  | 'model-access-denied'
  | 'manifest-invalid'
  | 'checksum-mismatch'
  | 'model-invalid'
  | 'tokenizer-mismatch'
  | 'backend-unavailable'
  | 'context-overflow'
  | 'session-closed'
  | 'aborted'
  | 'search-cancelled'
  | 'worker-crashed'
  | 'internal';

/** An error as plain data, for crossing the worker boundary. */
export interface ErrorData {
  code: ErrorCode;
  message: string;
  /** What the user can do about it. */
  hint: string;
}
