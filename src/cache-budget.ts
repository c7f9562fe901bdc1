/**
 * A memory budget for the KV caches of one model's streaming sessions. When the caches together pass the
 * budget, the least recently used idle sessions drop theirs; such a session recomputes its cache in one run
 * the next time it has new tokens to score (its scores are kept, so nothing is lost meanwhile).
 */
import type { GraphShape } from './ort.ts';

/** What the budget needs from a session's cache (`KvSlots` in session-slots.ts). */
export interface CacheHolder {
  /** Cache slots held now (0 when evicted). */
  readonly cacheSlots: number;
  /** True while a model run uses the cache: such a session is never evicted. */
  readonly busy: boolean;
  /** Drops the cache; the next run rebuilds it. */
  evict(): void;
}

/** Default budget: 256 MiB of cache per model. */
export const DEFAULT_CACHE_BUDGET_BYTES = 256 * 1024 * 1024;

export class CacheBudget {
  /** Sessions in least-recently-used order (the last one was used most recently). */
  private readonly holders = new Set<CacheHolder>();
  private readonly bytesPerSlot: number;

  /** `budgetBytes` is compared with caches estimated at 4 bytes per value (fp32). */
  constructor(
    private readonly budgetBytes: number,
    shape: GraphShape,
  ) {
    this.bytesPerSlot = shape.numLayers * 2 * shape.numKvHeads * shape.headDim * 4;
  }

  /** Marks `holder` as just used, then evicts least recently used idle caches while over the budget. */
  touch(holder: CacheHolder): void {
    this.holders.delete(holder);
    this.holders.add(holder);
    let total = [...this.holders].reduce((sum, h) => sum + h.cacheSlots, 0) * this.bytesPerSlot;
    for (const candidate of this.holders) {
      if (total <= this.budgetBytes) break;
      if (candidate === holder || candidate.busy || candidate.cacheSlots === 0) continue;
      total -= candidate.cacheSlots * this.bytesPerSlot;
      candidate.evict();
    }
  }

  /** Forgets a closed session. */
  release(holder: CacheHolder): void {
    this.holders.delete(holder);
  }
}
