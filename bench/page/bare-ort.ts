/**
 * The bench's baseline: bare onnxruntime-web on Steplight's ONNX file, as a plain pipeline would run it. Used in the
 * page's thread and, through bare.worker.ts, inside a dedicated Web Worker.
 */
import type * as Ort from 'onnxruntime-web';
import type { Backend, Variant } from '../../src/index.ts';
import type { PrmManifest } from '../../src/manifest.ts';
import { cacheNames, ortFor, type OrtModule } from '../../src/ort.ts';
import { DEFAULT_UNPACKED_WEIGHT_BYTES, unpackQ4 } from '../../src/unpack-q4.ts';
import { timed } from './stats.ts';

/** What the bench asks of a bare baseline, wherever it runs (this thread, or a worker through Comlink). */
export interface BareRunner {
  /** ms of one pass over `ids` with an empty cache: the median of `repeats` (what re-scoring the whole prefix costs). */
  fullPass(ids: number[], repeats: number): Promise<number>;
  /** ms per token of the last `count` ids run one single-token step each after a cache of the ids before them. */
  streamTail(ids: number[], count: number): Promise<number>;
  release(): Promise<void>;
}

/** Frees a run's cache outputs (GPU buffers on WebGPU; a no-op for CPU tensors). */
function releaseCache(manifest: PrmManifest, outputs: Ort.InferenceSession.OnnxValueMapType): void {
  for (const name of cacheNames(manifest.graph, 'present')) (outputs[name] as Ort.Tensor | undefined)?.dispose();
}

/**
 * Bare onnxruntime-web on the same file and the same token ids: a full pass, and one decode step after a cache.
 * It runs on the build Steplight picks for the backend (the plain WASM build, or the asyncify WebGPU one).
 * `unpacked`: the graph Steplight runs on WASM (4-bit weights unpacked within its default budget), else as shipped.
 * On WebGPU the cache stays on the GPU between steps, as Steplight keeps it: only logits are read back.
 */
export class BareOrt implements BareRunner {
  /** The token stream {@link nextStep} decodes: its ids, the next one's index, the cache before it. */
  private tail: { ids: number[]; next: number; cache: Ort.InferenceSession.OnnxValueMapType } | null = null;

  private constructor(
    private readonly ort: OrtModule,
    private readonly session: Ort.InferenceSession,
    private readonly manifest: PrmManifest,
  ) {}

  /** A session on `folder`'s file of `variant` (`folder`: a URL ending in `/`, absolute inside a worker). */
  static async create(folder: string, manifest: PrmManifest, backend: Backend, variant: Variant, threads: number, unpacked: boolean): Promise<BareOrt> {
    const shipped = new Uint8Array(await (await fetch(folder + manifest.variants[variant]!.file)).arrayBuffer());
    const { bytes, externalData } = unpacked && backend === 'wasm' ? unpackQ4(shipped, DEFAULT_UNPACKED_WEIGHT_BYTES) : { bytes: shipped, externalData: [] };
    const ort = await ortFor(backend);
    ort.env.wasm.numThreads = threads;
    const options: Ort.InferenceSession.SessionOptions = { executionProviders: [backend], graphOptimizationLevel: 'all' };
    if (externalData.length > 0) options.externalData = externalData;
    if (backend === 'webgpu')
      options.preferredOutputLocation = Object.fromEntries(cacheNames(manifest.graph, 'present').map((name) => [name, 'gpu-buffer' as const]));
    return new BareOrt(ort, await ort.InferenceSession.create(bytes, options), manifest);
  }

  release(): Promise<void> {
    return this.session.release();
  }

  private feeds(ids: number[], pastLength: number, past?: Ort.InferenceSession.OnnxValueMapType): Record<string, Ort.Tensor> {
    const { Tensor } = this.ort;
    const int64 = (values: number[]) => new Tensor('int64', BigInt64Array.from(values.map(BigInt)), [1, values.length]);
    const { numLayers, numKvHeads, headDim } = this.manifest.graph;
    const feeds: Record<string, Ort.Tensor> = {
      input_ids: int64(ids),
      attention_mask: int64(Array.from({ length: pastLength + ids.length }, () => 1)),
      position_ids: int64(ids.map((_, i) => pastLength + i)),
    };
    for (let i = 0; i < numLayers; i++) {
      for (const kind of ['key', 'value']) {
        feeds[`past_key_values.${i}.${kind}`] =
          (past?.[`present.${i}.${kind}`] as Ort.Tensor | undefined) ?? new Tensor('float32', new Float32Array(0), [1, numKvHeads, 0, headDim]);
      }
    }
    return feeds;
  }

  fullPass(ids: number[], repeats: number): Promise<number> {
    return timed(repeats, async () => releaseCache(this.manifest, await this.session.run(this.feeds(ids, 0))));
  }

  async streamTail(ids: number[], count: number): Promise<number> {
    await this.beginTail(ids, count);
    const start = performance.now();
    for (let i = 0; i < count; i++) await this.nextStep();
    const ms = (performance.now() - start) / count;
    this.endTail();
    return ms;
  }

  /** The cache of the tokens before the last `count` of `ids`, from which {@link nextStep} decodes them one by one. */
  async beginTail(ids: number[], count: number): Promise<void> {
    const from = ids.length - count;
    this.tail = { ids, next: from, cache: await this.session.run(this.feeds(ids.slice(0, from), 0)) };
  }

  /** One single-token step after the cache; returns the token's logits (read back, as a page needs them). */
  async nextStep(): Promise<Float32Array> {
    const tail = this.tail!;
    const outputs = await this.session.run(this.feeds([tail.ids[tail.next]!], tail.next, tail.cache));
    releaseCache(this.manifest, tail.cache);
    tail.cache = outputs;
    tail.next++;
    return (await (outputs.logits as Ort.Tensor).getData()) as Float32Array;
  }

  /** Frees the tail's cache. */
  endTail(): void {
    if (this.tail) releaseCache(this.manifest, this.tail.cache);
    this.tail = null;
  }
}
