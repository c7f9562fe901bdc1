/**
 * What the page and the policy worker (`policy.worker.ts`) say to each other over Comlink: plain data and a callback
 * per generation. Logic-free, like the library's own `src/protocol.ts`.
 */

/** Execution device of the policy model: the page's backend (the PRM's), so both run on the same one. */
export type PolicyDevice = 'wasm' | 'webgpu';

/** Where the worker finds the policy and its runtime, all URLs absolute and on the page's origin. */
export interface PolicyLoadOptions {
  /**
   * Path on the page's origin of the folder holding the model folders (`env.localModelPath`), e.g. `/models/`: a path,
   * not a URL, since transformers.js checks a file's existence on a local path only when it is not an http(s) URL.
   */
  modelsPath: string;
  /** The model's folder name inside `modelsUrl` (the id transformers.js resolves under it). */
  modelId: string;
  /** Folder URL of transformers.js's onnxruntime-web files (`ort-wasm-simd-threaded.asyncify.{mjs,wasm}`). */
  ortUrl: string;
  device: PolicyDevice;
}

/** A file's download progress while the policy loads. */
export interface PolicyProgress {
  file: string;
  loaded: number;
  total: number;
}

/** What the loaded policy reports. */
export interface PolicyInfo {
  device: PolicyDevice;
  dtype: 'q4';
  /** Positions the model can attend to: prompt, prefix and new tokens together. */
  maxPositions: number;
  /** Tokens a generation writes at most when the request names no limit (generation_config.json). */
  defaultMaxTokens: number;
}

/** One generation, as the page asks for it. */
export interface PolicyRequest {
  /** The page's id of this generation (for `grant`, `abort` and `stats`). */
  id: number;
  problem: string;
  /** Solution text to continue ('' to start). */
  prefix: string;
  /** New tokens at most; default `PolicyInfo.defaultMaxTokens`, and never past `maxPositions`. */
  maxTokens?: number;
  /** Tokens the worker may write before the page has read them (flow control; see `grant`). */
  window: number;
}

/** One piece of generated text and the model tokens it took (a held-back partial character waits for its next token). */
export interface PolicyPiece {
  text: string;
  tokens: number;
}

/** Why a generation ended. */
export type PolicyEnd = 'eos' | 'max-tokens' | 'aborted';

/** The worker's counts, for the page's debug hook and the tests. */
export interface PolicyStats {
  /** Generations running now. */
  active: number;
  /** Tokens sampled since the worker started, over every generation (those sampled after an abort included). */
  tokens: number;
  /** Tokens sampled per generation id. */
  byRequest: Record<number, number>;
}

/** The object the policy worker exposes. */
export interface PolicyWorkerApi {
  /** Loads the policy (once; later calls return the same info). */
  load(options: PolicyLoadOptions, onProgress: (progress: PolicyProgress) => void): Promise<PolicyInfo>;
  /** Generates until the end token, the token limit or `abort(id)`; pieces go to `onPiece` as they are sampled. */
  generate(request: PolicyRequest, onPiece: (piece: PolicyPiece) => void): Promise<PolicyEnd>;
  /** The page has read `tokens` more tokens of generation `id`: the worker may write that many more. */
  grant(id: number, tokens: number): void;
  /** Stops generation `id` before its next token (unknown or finished ids are ignored). */
  abort(id: number): void;
  stats(): PolicyStats;
}
