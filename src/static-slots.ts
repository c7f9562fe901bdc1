/**
 * A streaming session's cache in the WebGPU graph's static buffers: the prompt's slots, then the live solution tokens'
 * slots in order. A rollback rewinds the length the next run writes at, so there are no withdrawn slots to mask and
 * nothing to rebuild, except after the memory budget dropped the buffers: then the next run takes new ones and
 * runs the prompt and the live tokens again, then the new ones, in one run.
 */
import type { CacheBudget } from './cache-budget.ts';
import type { BufferSet, GpuDecoder } from './gpu-decoder.ts';
import type { SessionCache, SlotRun } from './graph-runner.ts';
import { runInputs, type LayoutToken } from './steps.ts';

export class StaticSlots implements SessionCache {
  private set: BufferSet | null = null;
  /** Solution tokens whose slots are live (they follow the prompt's). */
  private live = 0;
  busy = false;

  constructor(
    private readonly decoder: GpuDecoder,
    private readonly budget: CacheBudget,
    private readonly promptIds: readonly number[],
  ) {}

  /** The slots this session holds: its buffers' capacity, or none when it holds the decoder's captured set. */
  get cacheSlots(): number {
    return this.set === null || this.decoder.isCaptured(this.set) ? 0 : this.decoder.shape.kvCapacity;
  }

  async prefill(): Promise<void> {
    await this.decode([...this.promptIds], 0);
  }

  /** Drops the buffers (never the decoder's captured set, which the decoder keeps anyway). */
  evict(): void {
    if (this.set === null || this.decoder.isCaptured(this.set)) return;
    this.decoder.giveBack(this.set);
    this.set = null;
  }

  withdraw(keep: number): void {
    this.live = Math.min(this.live, keep);
  }

  async run(live: readonly LayoutToken[], fresh: readonly LayoutToken[]): Promise<SlotRun> {
    const rebuild = this.set === null;
    const prefix = rebuild ? this.promptIds : [];
    const kept = rebuild ? live : [];
    const { ids } = runInputs(prefix, [...kept, ...fresh]);
    const logits = await this.decode(ids, rebuild ? 0 : this.promptIds.length + this.live);
    this.live = live.length + fresh.length;
    return { logits, tokenCount: ids.length, rebuilt: rebuild, liveOffset: prefix.length, freshOffset: ids.length - fresh.length };
  }

  dispose(): void {
    this.budget.release(this);
    if (this.set) this.decoder.giveBack(this.set);
    this.set = null;
  }

  /** One model run into this session's buffers (busy meanwhile, so the budget never evicts them). */
  private async decode(ids: number[], past: number): Promise<Float32Array> {
    this.busy = true;
    try {
      this.set ??= await this.decoder.acquire();
      return await this.decoder.run(this.set, ids, past);
    } finally {
      this.busy = false;
      this.budget.touch(this);
    }
  }
}
