/**
 * The decoder graph written for WebGPU (models/convert/gpu_graph.py): onnxruntime contrib ops and a key/value
 * buffer of fixed capacity that every run writes in place, so a one-token step has static shapes.
 *
 * Every session's buffers (its cache and the inputs and outputs of a one-token step) come from one run of the
 * folder's buffers graph: onnxruntime-web keeps buffers it made registered for good, while buffers the page makes
 * are unregistered after every run, which a captured graph cannot replay with. A one-token step writes its token and
 * length into those buffers, runs, and reads the logits back through one staging buffer made at load: nothing is
 * allocated per step. Runs of several tokens (the prompt, chunks) pass their ids from the CPU, at most
 * MAX_RUN_TOKENS a run.
 *
 * With graph capture, a second session of the same graph (`enableGraphCapture`) replays the first session's
 * one-token steps. onnxruntime-web 1.30 replays one captured graph per session correctly (a second graph id on other
 * buffers gave wrong scores), so one buffer set is the captured one: the decoder keeps it and lends it to one open
 * session at a time; other sessions run their steps uncaptured.
 */
import type { CacheBudget } from './cache-budget.ts';
import { ModelLoadError } from './errors.ts';
import type { GraphRunner } from './graph-runner.ts';
import { cacheNames, createSession, inTurn, ortFor, type OrtModule, type OrtSession, type OrtSessionOptions, type OrtTensor } from './ort.ts';
import { StaticSlots } from './static-slots.ts';
import type { DecoderGraph } from './types.ts';

/** The WebGPU calls this module makes (the project compiles without WebGPU's type declarations). */
interface GpuBuffer {
  mapAsync(mode: number): Promise<void>;
  getMappedRange(offset: number, size: number): ArrayBuffer;
  unmap(): void;
  destroy(): void;
}
interface GpuDevice {
  readonly queue: { writeBuffer(buffer: GpuBuffer, offset: number, data: ArrayBufferView): void; submit(commands: unknown[]): void };
  createBuffer(descriptor: { size: number; usage: number }): GpuBuffer;
  createCommandEncoder(): { copyBufferToBuffer(from: GpuBuffer, fromOffset: number, to: GpuBuffer, toOffset: number, size: number): void; finish(): unknown };
}
const MAP_READ = 0x0001;
const COPY_DST = 0x0008;

/**
 * Tokens per model run at most: onnxruntime-web 1.30's WebGPU GroupQueryAttention scores a run of 32 tokens or more
 * wrongly (measured on SwiftShader: max logit error 2.75 from 32 tokens on, 0.002 at 31, which is the 4-bit
 * kernels' own difference from the plain graph), so longer runs go in chunks of this many.
 */
export const MAX_RUN_TOKENS = 31;

/** Shape facts of a WebGPU graph (prm.json `graph` and `variants.<v>.gpu`). */
export interface GpuGraphShape {
  numLayers: number;
  numKvHeads: number;
  /** Head size in the cache buffers (padded to a multiple of 16). */
  headDim: number;
  /** Cache slots of every buffer. */
  kvCapacity: number;
}

/** The buffers of one session: its key/value cache and a one-token step's input and output tensors. */
export interface BufferSet {
  readonly cache: readonly OrtTensor[];
  readonly inputIds: OrtTensor;
  readonly seqlensK: OrtTensor;
  readonly logits: OrtTensor;
}

const gpuBuffer = (tensor: OrtTensor) => tensor.gpuBuffer as unknown as GpuBuffer;

export class GpuDecoder implements GraphRunner {
  readonly backend = 'webgpu';
  readonly unpackedMatrices = { unpacked: 0, of: 0 };
  private readonly pastNames: string[];
  private readonly presentNames: string[];
  /** The buffer set the capture session replays with (made at load), and whether no session holds it. */
  private captured: BufferSet | null = null;
  private capturedFree: BufferSet | null = null;
  /** Buffers of one-shot scoring, made at the first score. */
  private scratch: BufferSet | null = null;

  private constructor(
    private readonly ort: OrtModule,
    private readonly device: GpuDevice,
    private readonly runs: OrtSession,
    private readonly steps: OrtSession | null,
    private readonly buffers: OrtSession,
    private readonly readback: GpuBuffer,
    readonly shape: GpuGraphShape,
    private readonly width: number,
  ) {
    this.pastNames = cacheNames(shape, 'past_key_values');
    this.presentNames = cacheNames(shape, 'present');
  }

  get graph(): DecoderGraph {
    return this.steps ? 'static-captured' : 'static';
  }

  /**
   * Creates the sessions of `graph` (and its weights file) and of the `buffers` graph; with `capture`, also the
   * capture session and its buffer set. Checks the graph's inputs and that its `logits` rows are `width` wide.
   */
  static async create(
    graph: Uint8Array,
    buffers: Uint8Array,
    shape: GpuGraphShape,
    width: number,
    { externalData, capture }: { externalData?: { path: string; data: Uint8Array }; capture: boolean },
  ): Promise<GpuDecoder> {
    const ort = await ortFor('webgpu');
    ort.env.logLevel = 'error';
    const options: OrtSessionOptions = {
      executionProviders: ['webgpu'],
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
      preferredOutputLocation: 'gpu-buffer',
      ...(externalData ? { externalData: [externalData] } : {}),
    };
    const made: OrtSession[] = [];
    try {
      const runs = await createSession(ort, graph, { ...options, preferredOutputLocation: { logits: 'cpu' } });
      made.push(runs);
      checkInputs(runs, shape, width);
      const bufferSession = await createSession(ort, buffers, options);
      made.push(bufferSession);
      const device = (await ort.env.webgpu.device) as unknown as GpuDevice;
      const steps = capture ? await createSession(ort, graph, { ...options, enableGraphCapture: true }) : null;
      if (steps) made.push(steps);
      const readback = device.createBuffer({ size: Math.ceil((width * 4) / 16) * 16, usage: MAP_READ | COPY_DST });
      const decoder = new GpuDecoder(ort, device, runs, steps, bufferSession, readback, shape, width);
      if (steps) {
        decoder.captured = await decoder.allocate();
        decoder.capturedFree = decoder.captured;
      }
      return decoder;
    } catch (error) {
      await Promise.all(made.map((s) => s.release()));
      if (error instanceof ModelLoadError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new ModelLoadError(
        'model-invalid',
        `onnxruntime could not load the WebGPU graph: ${detail}`,
        'Load with gpuGraph: false to run the plain graph, or convert the model again.',
        { cause: error },
      );
    }
  }

  /** A buffer set for a session: the captured one when it is free, else a new one. */
  async acquire(): Promise<BufferSet> {
    const captured = this.capturedFree;
    if (captured) {
      this.capturedFree = null;
      return captured;
    }
    return this.allocate();
  }

  /** Gives back a session's buffer set: the captured one is kept for the next session, the others are freed. */
  giveBack(set: BufferSet): void {
    if (set === this.captured) this.capturedFree = set;
    else this.disposeSet(set);
  }

  private disposeSet(set: BufferSet): void {
    for (const tensor of [...set.cache, set.inputIds, set.seqlensK, set.logits]) tensor.dispose();
  }

  /** Whether `set` is the decoder's captured set (its memory is the decoder's, not a session's). */
  isCaptured(set: BufferSet): boolean {
    return set === this.captured;
  }

  /**
   * Runs `ids` written at cache slots `past`, `past + 1`, ... of `set`; returns their logits `[ids.length, width]`.
   * Runs of this model and of every other model in this thread take turns.
   */
  run(set: BufferSet, ids: number[], past: number): Promise<Float32Array> {
    return inTurn(async () => {
      if (ids.length === 1) return this.step(set, ids[0]!, past);
      const logits = new Float32Array(ids.length * this.width);
      for (let start = 0; start < ids.length; start += MAX_RUN_TOKENS) {
        const chunk = ids.slice(start, start + MAX_RUN_TOKENS);
        logits.set(chunk.length === 1 ? await this.step(set, chunk[0]!, past + start) : await this.runMany(set, chunk, past + start), start * this.width);
      }
      return logits;
    });
  }

  async score(ids: number[]): Promise<Float32Array> {
    this.scratch ??= await this.allocate();
    return this.run(this.scratch, ids, 0);
  }

  openCache(budget: CacheBudget, promptIds: readonly number[]): StaticSlots {
    return new StaticSlots(this, budget, promptIds);
  }

  async release(): Promise<void> {
    for (const set of [this.scratch, this.captured]) if (set) this.disposeSet(set);
    this.readback.destroy();
    await Promise.all([this.runs, this.steps, this.buffers].map((s) => s?.release()));
  }

  /** One token: written into the set's buffers, run (replayed when the set is the captured one), logits read back. */
  private async step(set: BufferSet, id: number, past: number): Promise<Float32Array> {
    const queue = this.device.queue;
    queue.writeBuffer(gpuBuffer(set.inputIds), 0, BigInt64Array.of(BigInt(id)));
    queue.writeBuffer(gpuBuffer(set.seqlensK), 0, Int32Array.of(past));
    const session = set === this.captured && this.steps ? this.steps : this.runs;
    await session.run(
      { ...this.cacheFeeds(set, this.pastNames), input_ids: set.inputIds, seqlens_k: set.seqlensK },
      {
        ...this.cacheFeeds(set, this.presentNames),
        logits: set.logits,
      },
    );
    const bytes = this.width * 4;
    const encoder = this.device.createCommandEncoder();
    encoder.copyBufferToBuffer(gpuBuffer(set.logits), 0, this.readback, 0, bytes);
    queue.submit([encoder.finish()]);
    await this.readback.mapAsync(MAP_READ);
    const logits = new Float32Array(this.readback.getMappedRange(0, bytes).slice(0));
    this.readback.unmap();
    return logits;
  }

  /** Several tokens: ids from the CPU, logits back to it. */
  private async runMany(set: BufferSet, ids: number[], past: number): Promise<Float32Array> {
    const n = ids.length;
    const feeds = {
      ...this.cacheFeeds(set, this.pastNames),
      input_ids: new this.ort.Tensor('int64', BigInt64Array.from(ids, BigInt), [1, n]),
      seqlens_k: new this.ort.Tensor('int32', Int32Array.of(past + n - 1), [1]),
    };
    const outputs = await this.runs.run(feeds, { ...this.cacheFeeds(set, this.presentNames), logits: null });
    const logits = outputs.logits!;
    const data = (await logits.getData()) as Float32Array;
    logits.dispose();
    return data;
  }

  private cacheFeeds(set: BufferSet, names: readonly string[]): Record<string, OrtTensor> {
    return Object.fromEntries(names.map((name, i) => [name, set.cache[i]!]));
  }

  /** A new buffer set: one run of the buffers graph, whose outputs onnxruntime-web made. */
  private async allocate(): Promise<BufferSet> {
    const out = await inTurn(() => this.buffers.run({}));
    return { cache: this.presentNames.map((name) => out[name]!), inputIds: out.input_ids!, seqlensK: out.seqlens_k!, logits: out.logits! };
  }
}

/** Refuses a graph that is not a WebGPU graph of this shape. */
function checkInputs(session: OrtSession, shape: GpuGraphShape, width: number): void {
  const expected = ['input_ids', 'seqlens_k', ...cacheNames(shape, 'past_key_values')];
  const missing = expected.filter((name) => !session.inputNames.includes(name));
  const logits = session.outputMetadata.find((m) => m.name === 'logits');
  const rowWidth = logits?.isTensor ? logits.shape.at(-1) : undefined;
  if (missing.length > 0 || (typeof rowWidth === 'number' && rowWidth !== width)) {
    throw new ModelLoadError(
      'model-invalid',
      `The WebGPU graph does not match prm.json: ${missing.length > 0 ? `missing ${missing.slice(0, 3).join(', ')}` : `logits rows are ${rowWidth} wide, the head reads ${width}`}.`,
      'Convert the model again (models/convert writes the WebGPU graph beside the plain one).',
    );
  }
}
