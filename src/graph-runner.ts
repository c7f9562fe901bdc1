/**
 * What one-shot scoring and streaming sessions need from a loaded graph, whichever graph it is: the plain KV-cached
 * graph (`ort.ts` + `session-slots.ts`, both backends) or the graph written for WebGPU with a static cache
 * (`gpu-decoder.ts` + `static-slots.ts`).
 */
import type { CacheBudget, CacheHolder } from './cache-budget.ts';
import type { LayoutToken } from './steps.ts';
import type { Backend, DecoderGraph } from './types.ts';

/** What one {@link SessionCache.run} ran: its logits, and where the tokens it was given sit among them. */
export interface SlotRun {
  logits: Float32Array;
  /** Tokens run (the length of the logits' first axis). */
  tokenCount: number;
  /** True when the run rebuilt the cache: the live tokens ran again, from `liveOffset` on. */
  rebuilt: boolean;
  /** Index of the first live token among the tokens run (meaningful when `rebuilt`). */
  liveOffset: number;
  /** Index of the first fresh token among the tokens run. */
  freshOffset: number;
}

/** The KV cache of one streaming session: the prompt's slots, then the solution tokens', rolled back on edits. */
export interface SessionCache extends CacheHolder {
  /** Runs the prompt into the empty cache, so the first solution token costs one decode step. */
  prefill(): Promise<void>;
  /** The solution tokens from index `keep` on no longer count. */
  withdraw(keep: number): void;
  /** Runs `fresh` after the live tokens `live` in one model run (that rebuilds the cache with `live` when due). */
  run(live: readonly LayoutToken[], fresh: readonly LayoutToken[]): Promise<SlotRun>;
  /** Frees the cache; the budget stops counting it. */
  dispose(): void;
}

/** A loaded graph. */
export interface GraphRunner {
  readonly backend: Backend;
  /** Which graph runs (see `ModelInfo.graph`). */
  readonly graph: DecoderGraph;
  /** 4-bit matrices unpacked to fp32 at load, of how many (WASM). */
  readonly unpackedMatrices: { unpacked: number; of: number };
  /** One pass over `ids` from an empty cache; the logits `[ids.length, head width]`. */
  score(ids: number[], targets: number[]): Promise<Float32Array>;
  /** A cache for a session whose prompt is `promptIds`, counted by `budget`. */
  openCache(budget: CacheBudget, promptIds: readonly number[]): SessionCache;
  /** Frees the graph and everything it holds. */
  release(): Promise<void>;
}
