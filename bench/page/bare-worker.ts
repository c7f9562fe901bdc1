/** The page's side of bare.worker.ts: a {@link BareRunner} whose steps run in a dedicated Web Worker. */
import { type Remote, wrap } from 'comlink';
import type { Backend, Variant } from '../../src/index.ts';
import type { BareRunner } from './bare-ort.ts';
import type { BareWorkerApi } from './bare.worker.ts';

/** A bare onnxruntime-web baseline in its own worker; `release` also ends the worker. */
export class WorkerBareOrt implements BareRunner {
  private constructor(
    private readonly worker: Worker,
    private readonly api: Remote<BareWorkerApi>,
  ) {}

  /** Starts the worker and loads the baseline there (`folder`: page-relative or absolute URL ending in `/`). */
  static async create(folder: string, backend: Backend, variant: Variant, threads: number, unpacked: boolean): Promise<WorkerBareOrt> {
    const worker = new Worker(new URL('./bare.worker.ts', import.meta.url), { type: 'module', name: 'bench-bare-ort' });
    const api = wrap<BareWorkerApi>(worker);
    try {
      await api.create(new URL(folder, location.href).href, backend, variant, threads, unpacked);
    } catch (error) {
      worker.terminate();
      throw error;
    }
    return new WorkerBareOrt(worker, api);
  }

  fullPass(ids: number[], repeats: number): Promise<number> {
    return this.api.fullPass(ids, repeats);
  }

  /** Per single-token step, timed on the page: the page asks for each step and awaits its logits. */
  async streamTail(ids: number[], count: number): Promise<number> {
    await this.api.beginTail(ids, count);
    const start = performance.now();
    for (let i = 0; i < count; i++) await this.api.nextStep();
    const ms = (performance.now() - start) / count;
    await this.api.endTail();
    return ms;
  }

  async release(): Promise<void> {
    await this.api.release();
    this.worker.terminate();
  }
}
