/**
 * The only module that imports onnxruntime-web. It picks the backend, creates the inference session
 * and runs the KV-cached decoder graph (see models/README.md for its inputs and outputs).
 *
 * Each backend loads its own onnxruntime-web build on first use: WASM the plain SIMD-threaded one, WebGPU the
 * asyncify one its execution provider needs. The asyncify build is twice the download, warms up slower and runs CPU
 * kernels slower (see BENCHMARKS.md), so WASM never runs on it.
 *
 * On WebGPU the `present.*` outputs stay in GPU buffers and are fed back as the next run's past, so
 * the cache never leaves the GPU; only the logits (a few floats per token) are read back. On WASM, 4-bit
 * matrices are unpacked to fp32 once at load within a byte budget (see unpack-q4.ts).
 */
import type * as Ort from 'onnxruntime-web';
import { BackendUnavailableError, ModelLoadError } from './errors.ts';
import { type OrtBuildUrls, packagedRuntimeFiles } from './runtime-files.ts';
import type { Backend, BackendRequest } from './types.ts';
import { unpackQ4 } from './unpack-q4.ts';

/** Shape facts of the decoder graph (from prm.json `graph`). */
export interface GraphShape {
  numLayers: number;
  numKvHeads: number;
  headDim: number;
}

/** The key/value tensors of every layer, for `length` cache slots. Dispose when replaced. */
export interface KvTensors {
  readonly length: number;
  readonly tensors: readonly Ort.Tensor[];
}

interface GpuNavigator {
  gpu?: { requestAdapter(): Promise<{ features: ReadonlySet<string> } | null> };
}

/** The backend that will run, and the features of its GPU adapter (none on WASM). */
export interface BackendChoice {
  backend: Backend;
  gpuFeatures: ReadonlySet<string>;
}

const NO_FEATURES: ReadonlySet<string> = new Set();

/** Resolves `auto` to WebGPU when an adapter exists, else WASM; an explicit WebGPU without adapter throws. */
export async function chooseBackend(request: BackendRequest): Promise<BackendChoice> {
  if (request === 'wasm') return { backend: 'wasm', gpuFeatures: NO_FEATURES };
  const gpu = typeof navigator === 'undefined' ? undefined : (navigator as GpuNavigator).gpu;
  const adapter = gpu ? await gpu.requestAdapter().catch(() => null) : null;
  if (adapter) return { backend: 'webgpu', gpuFeatures: new Set(adapter.features) };
  if (request === 'webgpu') {
    throw new BackendUnavailableError(
      'WebGPU was requested but no GPU adapter is available here.',
      'Use backend "wasm" or "auto", or enable WebGPU in this browser.',
    );
  }
  return { backend: 'wasm', gpuFeatures: NO_FEATURES };
}

/** onnxruntime-web's API, as each build exports it. */
export type OrtModule = typeof Ort;
/** An onnxruntime-web session and tensor (for gpu-decoder.ts, which builds on this module). */
export type OrtSession = Ort.InferenceSession;
export type OrtTensor = Ort.Tensor;
export type OrtSessionOptions = Ort.InferenceSession.SessionOptions;

const builds: Partial<Record<Backend, Promise<OrtModule>>> = {};

/** Where each onnxruntime-web build is loaded from, when not from node_modules (see runtime-files.ts). */
let buildUrls: Record<Backend, OrtBuildUrls> | null = packagedRuntimeFiles()?.ort ?? null;

/** Loads onnxruntime-web from these URLs from now on (a worker hears them from its page, which resolved them). */
export function useOrtBuilds(urls: Record<Backend, OrtBuildUrls>): void {
  buildUrls = urls;
}

/** Node's file system module, named in a variable so that no bundler of a page follows it. */
const NODE_FS = 'node:fs/promises';

/** The bytes of a file: URL, in Node, where onnxruntime-web's own fetch of its wasm fails (the package in Node). */
async function readFileUrl(url: string): Promise<Uint8Array> {
  const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_FS)) as { readFile(path: URL): Promise<Uint8Array> };
  return fs.readFile(new URL(url));
}

async function importBuild(backend: Backend, { module, wasm }: OrtBuildUrls): Promise<OrtModule> {
  try {
    const ort = (await import(/* @vite-ignore */ /* webpackIgnore: true */ module)) as OrtModule;
    ort.env.wasm.wasmPaths = { wasm };
    if (wasm.startsWith('file:')) ort.env.wasm.wasmBinary = await readFileUrl(wasm);
    return ort;
  } catch (error) {
    delete builds[backend];
    throw new BackendUnavailableError(
      `onnxruntime-web for ${backend} could not be loaded from ${module}.`,
      "Serve the files of steplight's dist/lib/runtime/ with your app (bundlers copy them), or point configureSteplight({ runtimeUrl }) at a copy.",
      { cause: error },
    );
  }
}

/** The onnxruntime-web build that runs `backend`, loaded once. */
export function ortFor(backend: Backend): Promise<OrtModule> {
  if (buildUrls) builds[backend] ??= importBuild(backend, buildUrls[backend]);
  builds[backend] ??= backend === 'webgpu' ? import('onnxruntime-web/webgpu') : import('onnxruntime-web/wasm');
  return builds[backend];
}

/** The WASM thread count to use: `requested`, else up to 4 where the page is cross-origin isolated, else 1. */
export function threadCount(requested: number | undefined): number {
  const isolated = typeof crossOriginIsolated !== 'undefined' && crossOriginIsolated;
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 1;
  return requested ?? (isolated ? Math.min(4, cores) : 1);
}

/** The onnxruntime-web call in flight in this thread; the next one starts after it (see `inTurn`). */
let inFlight: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` after every onnxruntime-web call already started in this thread. onnxruntime-web does one thing at a
 * time: two sessions' runs at once corrupt each other's inputs ("Unexpected input data type"), one session's twice
 * hangs WebGPU's asyncify build, and it keeps external data files in one table per module that any ending creation
 * clears, so a creation beside another can lose its files.
 */
export function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const result = inFlight.then(work);
  inFlight = result.catch(() => undefined);
  return result;
}

/** `InferenceSession.create`, in turn with every other call (see `inTurn`). */
export function createSession(ort: OrtModule, bytes: Uint8Array, options: Ort.InferenceSession.SessionOptions): Promise<Ort.InferenceSession> {
  return inTurn(() => ort.InferenceSession.create(bytes, options));
}

/** The graph's cache input (`past_key_values`) or output (`present`) names, key then value per layer. */
export function cacheNames(shape: GraphShape, prefix: string): string[] {
  return Array.from({ length: shape.numLayers }, (_, i) => [`${prefix}.${i}.key`, `${prefix}.${i}.value`]).flat();
}

/** One ONNX decoder session with the KV-cache contract. */
/** How the graph's cache inputs differ from `shape` (their count, heads and head size), or null when they agree. */
function cacheMismatch(session: Ort.InferenceSession, shape: GraphShape): string | null {
  const past = session.inputMetadata.filter((m) => m.name.startsWith('past_key_values.'));
  if (past.length !== 2 * shape.numLayers) return `it has ${past.length / 2} cached layers, prm.json says numLayers ${shape.numLayers}`;
  for (const input of past) {
    if (!input.isTensor) continue;
    const [, heads, , dim] = input.shape;
    if (typeof heads === 'number' && heads !== shape.numKvHeads) return `${input.name} has ${heads} heads, prm.json says numKvHeads ${shape.numKvHeads}`;
    if (typeof dim === 'number' && dim !== shape.headDim) return `${input.name} has head size ${dim}, prm.json says headDim ${shape.headDim}`;
  }
  return null;
}

export class Decoder {
  private readonly pastNames: string[];
  private readonly presentNames: string[];
  /** Implicit PRM graphs take `target_ids`: the token each input token's output is read for. */
  private readonly takesTargets: boolean;

  private constructor(
    private readonly ort: OrtModule,
    private readonly session: Ort.InferenceSession,
    private readonly shape: GraphShape,
    readonly backend: Backend,
    /** 4-bit matrices unpacked to fp32 at load, of how many. */
    readonly unpackedMatrices: { unpacked: number; of: number },
  ) {
    this.pastNames = cacheNames(shape, 'past_key_values');
    this.presentNames = cacheNames(shape, 'present');
    this.takesTargets = session.inputNames.includes('target_ids');
  }

  /**
   * Creates the session from the graph's bytes on `backend` (and its weights file, for graphs over 2 GB);
   * on WebGPU the cache outputs stay on the GPU; on WASM 4-bit matrices are unpacked while their fp32 size fits
   * `unpackedWeightBytes`. `threads` takes effect when the backend's build first starts. Checks the graph's
   * `logits` rows are `width` wide.
   */
  static async create(
    graph: Uint8Array,
    shape: GraphShape,
    backend: Backend,
    width: number,
    { externalData, unpackedWeightBytes, threads }: { externalData?: { path: string; data: Uint8Array }; unpackedWeightBytes: number; threads: number },
  ): Promise<Decoder> {
    const ort = await ortFor(backend);
    ort.env.wasm.numThreads = threads;
    // onnxruntime's own warnings (node placement notes) reach pages as console.error with terminal colour codes;
    // Steplight reports what matters as typed errors, so only onnxruntime's errors are logged.
    ort.env.logLevel = 'error';
    const options: Ort.InferenceSession.SessionOptions = {
      executionProviders: [backend],
      graphOptimizationLevel: 'all',
      logSeverityLevel: 3,
    };
    if (backend === 'webgpu') {
      const onGpu = Object.fromEntries(cacheNames(shape, 'present').map((n) => [n, 'gpu-buffer' as const]));
      options.preferredOutputLocation = { logits: 'cpu', ...onGpu };
    }
    let session: Ort.InferenceSession;
    let unpackedMatrices = { unpacked: 0, of: 0 };
    try {
      const unpacked = backend === 'wasm' ? unpackQ4(graph, unpackedWeightBytes) : { bytes: graph, externalData: [], unpacked: 0, of: 0 };
      unpackedMatrices = { unpacked: unpacked.unpacked, of: unpacked.of };
      const files = [...(externalData ? [externalData] : []), ...unpacked.externalData];
      if (files.length > 0) options.externalData = files;
      session = await createSession(ort, unpacked.bytes, options);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new ModelLoadError(
        'model-invalid',
        `onnxruntime could not load the graph: ${detail}`,
        'Check that the ONNX file is complete and exported with IR version <= 13 and opset 17.',
        { cause: error },
      );
    }
    const expected = ['input_ids', 'attention_mask', 'position_ids', ...cacheNames(shape, 'past_key_values')];
    const missing = expected.filter((n) => !session.inputNames.includes(n));
    if (missing.length > 0 || !session.outputNames.includes('logits')) {
      await session.release();
      throw new ModelLoadError(
        'model-invalid',
        `The graph does not match prm.json: missing ${missing.slice(0, 3).join(', ') || 'logits'}.`,
        'Export with input_ids, attention_mask, position_ids, past_key_values.{i}.key|value -> logits, present.{i}.key|value, and numLayers as in prm.json.',
      );
    }
    const mismatch = cacheMismatch(session, shape);
    if (mismatch !== null) {
      await session.release();
      throw new ModelLoadError(
        'model-invalid',
        `The graph does not match prm.json "graph": ${mismatch}.`,
        'Fix prm.json "graph" to the exported cache shape, or convert the model again.',
      );
    }
    const logits = session.outputMetadata.find((m) => m.name === 'logits');
    const rowWidth = logits?.isTensor ? logits.shape.at(-1) : undefined;
    if (typeof rowWidth === 'number' && rowWidth !== width) {
      await session.release();
      throw new ModelLoadError(
        'model-invalid',
        `The graph's logits have ${rowWidth} values per token; prm.json's "head" and "resultCheck" read ${width}.`,
        'Convert the model again, or fix prm.json "head" (and "resultCheck") to match the graph.',
      );
    }
    return new Decoder(ort, session, shape, backend, unpackedMatrices);
  }

  /** A cache with no slots. */
  emptyCache(): KvTensors {
    const { numKvHeads, headDim } = this.shape;
    const tensors = this.pastNames.map(() => new this.ort.Tensor('float32', new Float32Array(0), [1, numKvHeads, 0, headDim]));
    return { length: 0, tensors };
  }

  /**
   * Runs `ids` at logical `positions` after `past`. `mask` has one entry per past slot plus one per new
   * token (1 = attend, 0 = a withdrawn slot); `targets` feed `target_ids` when the graph takes them. Returns the
   * logits `[ids.length, head width]` and the new cache; `past` is disposed. Runs of different sessions on this
   * model, and of every other model in this thread, take turns.
   */
  run(ids: number[], positions: number[], mask: ArrayLike<number>, past: KvTensors, targets: number[]): Promise<{ logits: Float32Array; cache: KvTensors }> {
    return inTurn(() => this.runNow(ids, positions, mask, past, targets));
  }

  private async runNow(
    ids: number[],
    positions: number[],
    mask: ArrayLike<number>,
    past: KvTensors,
    targets: number[],
  ): Promise<{ logits: Float32Array; cache: KvTensors }> {
    const n = ids.length;
    const feeds: Record<string, Ort.Tensor> = {
      input_ids: this.int64(ids, [1, n]),
      attention_mask: this.int64(mask, [1, past.length + n]),
      position_ids: this.int64(positions, [1, n]),
    };
    if (this.takesTargets) feeds.target_ids = this.int64(targets, [1, n]);
    this.pastNames.forEach((name, i) => {
      feeds[name] = past.tensors[i]!;
    });
    const outputs = await this.session.run(feeds);
    const logitsTensor = outputs.logits!;
    const logits = (await logitsTensor.getData()) as Float32Array;
    logitsTensor.dispose();
    const tensors = this.presentNames.map((name) => outputs[name]!);
    for (const tensor of past.tensors) tensor.dispose();
    return { logits, cache: { length: past.length + n, tensors } };
  }

  private int64(values: ArrayLike<number>, dims: number[]): Ort.Tensor {
    const data = new BigInt64Array(values.length);
    for (let i = 0; i < values.length; i++) data[i] = BigInt(values[i] ?? 0);
    return new this.ort.Tensor('int64', data, dims);
  }

  /** Frees a cache that will not be run again. */
  static disposeCache(cache: KvTensors): void {
    for (const tensor of cache.tensors) tensor.dispose();
  }

  /** Frees the session. */
  async release(): Promise<void> {
    await this.session.release();
  }
}
