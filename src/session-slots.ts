/**
 * A streaming session's KV cache and its slots. Withdrawn tokens (a chunk boundary that re-tokenized, or an edit)
 * are not cut out of the cache: their slots are masked with attention_mask = 0, which the graph treats as absent, so
 * a rollback costs nothing. When withdrawn slots outnumber live ones, or the memory budget dropped the cache, the
 * next run rebuilds it: the prompt and the live tokens again, then the new ones, in one run. `PlainRunner` serves the
 * plain graph to sessions and one-shot scoring.
 */
import type { CacheBudget } from './cache-budget.ts';
import type { GraphRunner, SessionCache, SlotRun } from './graph-runner.ts';
import { Decoder, type KvTensors } from './ort.ts';
import { runInputs, type LayoutToken } from './steps.ts';
import type { Backend } from './types.ts';

/** Cache slots withdrawn before a rebuild is considered. */
const MIN_DEAD_SLOTS_FOR_REBUILD = 64;

/** The KV cache of one session: the prompt's slots, then one slot per solution token run, live or withdrawn. */
export class KvSlots implements SessionCache {
  /** Per cache slot: 1 while its token is live, 0 once withdrawn. */
  private slotMask: number[] = [];
  /** Cache slot of each live solution token. */
  private slots: number[] = [];
  private cache: KvTensors;
  /** True while a model run reads or replaces the cache. */
  busy = false;
  /** The cache was dropped by the memory budget: the next run recomputes it. */
  private evicted = false;

  constructor(
    private readonly decoder: Decoder,
    private readonly budget: CacheBudget,
    private readonly promptIds: readonly number[],
  ) {
    this.cache = decoder.emptyCache();
  }

  /** Runs the prompt into the empty cache, so the first solution token costs one decode step. */
  async prefill(): Promise<void> {
    const ids = [...this.promptIds];
    const ones = ids.map(() => 1);
    await this.decode(
      ids,
      ids.map((_, i) => i),
      ones,
      this.cache,
      ids.map(() => 0),
    );
    this.slotMask = ones;
  }

  /** Cache slots held now. */
  get cacheSlots(): number {
    return this.cache.length;
  }

  /** Drops the cache (memory budget); the next run recomputes it. */
  evict(): void {
    Decoder.disposeCache(this.cache);
    this.cache = this.decoder.emptyCache();
    this.evicted = true;
  }

  /** Masks the slots of the live solution tokens from index `keep` on: they no longer count. */
  withdraw(keep: number): void {
    for (const slot of this.slots.slice(keep)) this.slotMask[slot] = 0;
    this.slots.length = keep;
  }

  /**
   * Runs `fresh` after the live tokens `live` (the tokens whose slots are live, in order): one decode step each, all in
   * one model run, that rebuilds the cache with `live` when it is due.
   */
  async run(live: readonly LayoutToken[], fresh: readonly LayoutToken[]): Promise<SlotRun> {
    const dead = this.slotMask.length - this.promptIds.length - this.slots.length;
    const rebuild = this.evicted || (dead >= MIN_DEAD_SLOTS_FOR_REBUILD && dead > this.slots.length);
    this.evicted = false;
    const kept = rebuild ? live : [];
    const prefix = rebuild ? this.promptIds : [];
    const { ids, targets } = runInputs(prefix, [...kept, ...fresh]);
    const firstPosition = rebuild ? 0 : this.promptIds.length + this.slots.length;
    const positions = ids.map((_, i) => firstPosition + i);
    const past = rebuild ? this.decoder.emptyCache() : this.cache;
    if (rebuild) Decoder.disposeCache(this.cache);
    const mask = [...(rebuild ? [] : this.slotMask), ...ids.map(() => 1)];
    const logits = await this.decode(ids, positions, mask, past, targets);
    if (rebuild) {
      this.slotMask = ids.map(() => 1);
      this.slots = kept.map((_, i) => prefix.length + i);
    } else {
      this.slotMask.push(...fresh.map(() => 1));
    }
    const freshOffset = ids.length - fresh.length;
    fresh.forEach((_, i) => {
      this.slots.push(mask.length - ids.length + freshOffset + i);
    });
    return { logits, tokenCount: ids.length, rebuilt: rebuild, liveOffset: prefix.length, freshOffset };
  }

  /** Forgets the cache: the budget stops counting it and its tensors are freed. */
  dispose(): void {
    this.budget.release(this);
    Decoder.disposeCache(this.cache);
  }

  /** One model run that becomes the cache (busy meanwhile, so the budget never evicts it); returns the logits. */
  private async decode(ids: number[], positions: number[], mask: number[], past: KvTensors, targets: number[]): Promise<Float32Array> {
    let output: Awaited<ReturnType<Decoder['run']>>;
    this.busy = true;
    try {
      output = await this.decoder.run(ids, positions, mask, past, targets);
    } finally {
      this.busy = false;
    }
    this.cache = output.cache;
    this.budget.touch(this);
    return output.logits;
  }
}

/** The plain KV-cached graph (both backends) as a {@link GraphRunner}. */
export class PlainRunner implements GraphRunner {
  readonly graph = 'plain';

  constructor(private readonly decoder: Decoder) {}

  get backend(): Backend {
    return this.decoder.backend;
  }

  get unpackedMatrices(): { unpacked: number; of: number } {
    return this.decoder.unpackedMatrices;
  }

  async score(ids: number[], targets: number[]): Promise<Float32Array> {
    const { logits, cache } = await this.decoder.run(
      ids,
      ids.map((_, i) => i),
      ids.map(() => 1),
      this.decoder.emptyCache(),
      targets,
    );
    Decoder.disposeCache(cache);
    return logits;
  }

  openCache(budget: CacheBudget, promptIds: readonly number[]): KvSlots {
    return new KvSlots(this.decoder, budget, promptIds);
  }

  release(): Promise<void> {
    return this.decoder.release();
  }
}
