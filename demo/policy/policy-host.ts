/**
 * The policy worker's side: loads the tiny policy LM with transformers.js (`AutoModelForCausalLM` and `AutoTokenizer`,
 * dtype q4, on the page's device) from the page's own origin, and runs one `generate()` per candidate, concurrently.
 * Each call samples (temperature 1) and streams its tokens to the page as text pieces; it stops at the end token, at
 * its token limit, or promptly when the page aborts it (an `InterruptableStoppingCriteria`, checked after every token).
 *
 * Flow control: a generation may run at most `window` tokens ahead of what the page has read (`grant`). Its model is a
 * per-call view of the shared model (`Object.create`) whose `forward` waits for credit after each pass, so a candidate
 * the page stops reading (the search waits for its scores, or rejects it) stops costing compute. Runs of all
 * generations take turns in transformers.js's own queue: candidates interleave token by token.
 *
 * Sampling uses transformers.js's one global random stream shared by every concurrent generation, so a request's
 * seed cannot make its text repeat: the demo's runs are not repeatable (the CLI's sampler is).
 */
import {
  AutoModelForCausalLM,
  AutoTokenizer,
  env,
  InterruptableStoppingCriteria,
  type PreTrainedModel,
  type PreTrainedTokenizer,
  TextStreamer,
} from '@huggingface/transformers';
import { PieceDecoder } from './piece-decoder.ts';
import type { PolicyEnd, PolicyInfo, PolicyLoadOptions, PolicyPiece, PolicyProgress, PolicyRequest, PolicyStats, PolicyWorkerApi } from './protocol.ts';

interface Loaded {
  model: PreTrainedModel;
  tokenizer: PreTrainedTokenizer;
  info: PolicyInfo;
  eos: ReadonlySet<bigint>;
}

/** One running generation: its stop switch and its credit (tokens it may still write before the page reads more). */
class Generation {
  readonly stop = new InterruptableStoppingCriteria();
  aborted = false;
  private wake: (() => void) | null = null;

  constructor(private credit: number) {}

  grant(tokens: number): void {
    this.credit += tokens;
    this.wake?.();
  }

  abort(): void {
    this.aborted = true;
    this.stop.interrupt();
    this.wake?.();
  }

  /** A piece of `tokens` tokens went to the page (tokens held back for an incomplete character cost nothing yet, so
   * they can never starve the page of the piece that would give credit back). */
  spend(tokens: number): void {
    this.credit -= tokens;
  }

  /** Resolves once the generation may write its next token (or was aborted, which the stopping criteria then see). */
  async turn(): Promise<void> {
    while (this.credit <= 0 && !this.aborted) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
  }
}

/**
 * Hands each sampled token id to `onToken` (the prompt, which `generate()` puts first, is skipped); the text is decoded
 * by a {@link PieceDecoder}. A `TextStreamer` by type only (what `generate()` declares it takes): its own decoding,
 * which waits for whole words, is replaced.
 */
class TokenStreamer extends TextStreamer {
  private prompt = true;

  constructor(
    tokenizer: PreTrainedTokenizer,
    private readonly onToken: (id: bigint) => void,
  ) {
    super(tokenizer, { skip_prompt: true, callback_function: () => undefined });
  }

  override put(value: bigint[][]): void {
    if (this.prompt) {
      this.prompt = false;
      return;
    }
    const id = value[0]?.[0];
    if (id !== undefined) this.onToken(id);
  }

  override end(): void {}
}

/** Calls a Comlink callback without waiting, ignoring a page that has gone. */
function send<T>(callback: (value: T) => void, value: T): void {
  const result: unknown = callback(value);
  if (result instanceof Promise) result.catch(() => undefined);
}

async function loadPolicy(options: PolicyLoadOptions, onProgress: (progress: PolicyProgress) => void): Promise<Loaded> {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = options.modelsPath;
  // The files come from this origin; HTTP caching is enough, and a new checkpoint is never served stale from Cache Storage.
  env.useBrowserCache = false;
  // onnxruntime-web fetches its files itself from wasmPaths (no blob: module, which the page's CSP refuses).
  env.useWasmCache = false;
  // transformers.js's own onnxruntime-web build (not the library's version), served by this site: its default is a CDN.
  const onnx = env.backends.onnx;
  if (onnx.wasm) {
    const file = (name: string) => new URL(name, options.ortUrl).href;
    onnx.wasm.wasmPaths = { mjs: file('ort-wasm-simd-threaded.asyncify.mjs'), wasm: file('ort-wasm-simd-threaded.asyncify.wasm') };
  }
  const progress_callback = (event: { status: string; file?: string; loaded?: number; total?: number }) => {
    if (event.status === 'progress' && event.file !== undefined) send(onProgress, { file: event.file, loaded: event.loaded ?? 0, total: event.total ?? 0 });
  };
  const tokenizer = await AutoTokenizer.from_pretrained(options.modelId, { progress_callback });
  const model = await AutoModelForCausalLM.from_pretrained(options.modelId, { dtype: 'q4', device: options.device, progress_callback });
  const generation = model.generation_config;
  const eos = generation?.eos_token_id ?? 0;
  return {
    model,
    tokenizer,
    eos: new Set((Array.isArray(eos) ? eos : [eos]).map((id) => BigInt(id))),
    info: {
      device: options.device,
      dtype: 'q4',
      maxPositions: Number(model.config.max_position_embeddings) || 512,
      defaultMaxTokens: generation?.max_new_tokens ?? 200,
    },
  };
}

/** Creates the object the policy worker exposes with Comlink. */
export function createPolicyHost(): PolicyWorkerApi {
  let loading: Promise<Loaded> | null = null;
  const running = new Map<number, Generation>();
  const stats: PolicyStats = { active: 0, tokens: 0, byRequest: {} };

  const loaded = async (): Promise<Loaded> => {
    if (!loading) throw new Error('The policy is not loaded: call load() first.');
    return loading;
  };

  async function generate(request: PolicyRequest, onPiece: (piece: PolicyPiece) => void): Promise<PolicyEnd> {
    // Registered before the first await: an abort sent right after this call finds it.
    const generation = new Generation(request.window);
    running.set(request.id, generation);
    stats.active += 1;
    stats.byRequest[request.id] = 0;
    try {
      const { model, tokenizer, info, eos } = await loaded();
      const inputs = tokenizer(`<|bos|>${request.problem}\n${request.prefix}`, { add_special_tokens: false });
      const room = info.maxPositions - (inputs.input_ids.dims.at(-1) ?? 0);
      const maxNew = Math.min(request.maxTokens ?? info.defaultMaxTokens, room);
      if (maxNew <= 0 || generation.aborted) return generation.aborted ? 'aborted' : 'max-tokens';
      const decoder = new PieceDecoder((ids) => tokenizer.decode([...ids], { skip_special_tokens: true }));
      let ended = false;
      const streamer = new TokenStreamer(tokenizer, (id) => {
        stats.tokens += 1;
        stats.byRequest[request.id] = (stats.byRequest[request.id] ?? 0) + 1;
        if (generation.aborted || ended) return;
        if (eos.has(id)) {
          ended = true;
          return;
        }
        const piece = decoder.push(id);
        if (piece) {
          generation.spend(piece.tokens);
          send(onPiece, piece);
        }
      });
      // A view of the shared model whose forward pass waits for credit before its token is sampled.
      const gated = Object.create(model) as PreTrainedModel;
      gated.forward = async (modelInputs: unknown) => {
        const outputs: unknown = await model.forward.call(gated, modelInputs);
        await generation.turn();
        return outputs;
      };
      await gated.generate({
        ...inputs,
        do_sample: true,
        temperature: 1,
        top_k: 0,
        max_new_tokens: maxNew,
        streamer,
        stopping_criteria: [generation.stop],
      });
      if (generation.aborted) return 'aborted';
      const rest = decoder.flush();
      if (rest) send(onPiece, rest);
      return ended ? 'eos' : 'max-tokens';
    } finally {
      running.delete(request.id);
      stats.active -= 1;
    }
  }

  return {
    load(options, onProgress) {
      loading ??= loadPolicy(options, onProgress).catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return loading.then((l) => l.info);
    },
    generate,
    grant(id, tokens) {
      running.get(id)?.grant(tokens);
    },
    abort(id) {
      running.get(id)?.abort();
    },
    stats: () => ({ ...stats, byRequest: { ...stats.byRequest } }),
  };
}
