/**
 * A dedicated Web Worker holding one {@link BareOrt}: the bench's "bare cached step in a worker", so Steplight's
 * public worker API is compared with a bare onnxruntime-web step loop that also runs off the page's thread. Times
 * of single-token steps are taken on the page, one message round trip per step with the token's logits coming back, as
 * a page streaming to any worker-backed runtime pays. Started by bare-worker.ts.
 */
import { expose } from 'comlink';
import type { Backend, Variant } from '../../src/index.ts';
import { parseManifest } from '../../src/manifest.ts';
import { BareOrt } from './bare-ort.ts';

let bare: BareOrt | null = null;

function loaded(): BareOrt {
  if (bare === null) throw new Error('bare.worker: create() first');
  return bare;
}

/** What the worker exposes: create one baseline, then the {@link BareOrt} measures on it. */
const api = {
  /** Loads `folder`'s (an absolute URL ending in `/`) file of `variant` as {@link BareOrt.create} does. */
  async create(folder: string, backend: Backend, variant: Variant, threads: number, unpacked: boolean): Promise<void> {
    const manifest = parseManifest(await (await fetch(`${folder}prm.json`)).text());
    bare = await BareOrt.create(folder, manifest, backend, variant, threads, unpacked);
  },
  fullPass: (ids: number[], repeats: number): Promise<number> => loaded().fullPass(ids, repeats),
  beginTail: (ids: number[], count: number): Promise<void> => loaded().beginTail(ids, count),
  nextStep: (): Promise<Float32Array> => loaded().nextStep(),
  endTail: (): void => loaded().endTail(),
  async release(): Promise<void> {
    await bare?.release();
    bare = null;
  },
};

/** The API of bare.worker.ts, for Comlink's `wrap`. */
export type BareWorkerApi = typeof api;

expose(api);
