/**
 * The peer of `npm run bench`: the same ONNX file run by transformers.js (`@huggingface/transformers`, with its own
 * onnxruntime-web build, served from this origin) in the same page, on the same token ids.
 */
import { AutoModel, env, Tensor } from '@huggingface/transformers';
import peerOrtMjs from '../../node_modules/@huggingface/transformers/node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.asyncify.mjs?url';
import peerOrtWasm from '../../node_modules/@huggingface/transformers/node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.asyncify.wasm?url';
import type { Backend, Variant } from '../../src/index.ts';

type PeerModel = Awaited<ReturnType<typeof AutoModel.from_pretrained>>;

/** transformers.js on a Steplight model folder (HF layout): one forward pass over given ids. */
export class TransformersJsPeer {
  private constructor(private readonly model: PeerModel) {}

  /** Loads `folder` (page-relative URL ending in `/`) with transformers.js, nothing fetched from outside. */
  static async load(folder: string, backend: Backend, variant: Variant, threads: number): Promise<TransformersJsPeer> {
    const url = new URL(folder, location.href);
    const parent = new URL('..', url);
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.useBrowserCache = false;
    env.useWasmCache = false;
    env.localModelPath = parent.href;
    const wasm = env.backends.onnx.wasm!;
    wasm.wasmPaths = { mjs: new URL(peerOrtMjs, location.href).href, wasm: new URL(peerOrtWasm, location.href).href };
    wasm.numThreads = threads;
    const id = url.href.slice(parent.href.length).replace(/\/$/, '');
    const model = await AutoModel.from_pretrained(id, { dtype: variant, device: backend, local_files_only: true });
    return new TransformersJsPeer(model);
  }

  /** One pass over `ids` with an empty cache (what a transformers.js pipeline call costs per re-score). */
  async fullPass(ids: number[]): Promise<void> {
    const input_ids = new Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]);
    const attention_mask = new Tensor('int64', new BigInt64Array(ids.length).fill(1n), [1, ids.length]);
    await this.model({ input_ids, attention_mask });
  }

  dispose(): Promise<unknown> {
    return this.model.dispose();
  }
}
