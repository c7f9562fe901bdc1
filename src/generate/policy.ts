/**
 * A policy LM in this thread (Node, or inside a worker): {@link loadPolicy} reads a Hugging Face causal-LM folder with
 * a KV-cached ONNX graph (transformers.js layout), and the {@link PolicyGenerator} it returns samples solutions token
 * by token for `search()`, seeded per request.
 */
import { InvalidArgumentError, loadCancelled, ModelLoadError } from '../errors.ts';
import { readerFor, type FileReader } from '../model-files.ts';
import { chooseBackend, Decoder, threadCount } from '../ort.ts';
import type { GenerateRequest, TextGenerator, TextPiece } from '../search/generator.ts';
import type { Backend, LoadOptions, ModelSource, ProgressEvent, Variant } from '../types.ts';
import { DEFAULT_UNPACKED_WEIGHT_BYTES } from '../unpack-q4.ts';
import { type PolicyConfig, parsePolicyConfig } from './policy-config.ts';
import { PolicyTokenizer } from './policy-tokenizer.ts';
import { Xoshiro128 } from './prng.ts';
import { type SamplingOptions, sampleToken } from './sample.ts';
import { CachedSequence, fullLogits } from './sequence.ts';
import { TextStream } from './text-stream.ts';

/** Options of {@link loadPolicy}: where and how the graph runs, and how tokens are drawn. */
export interface PolicyOptions extends Pick<LoadOptions, 'backend' | 'threads' | 'cache' | 'stallTimeoutMs' | 'signal' | 'unpackedWeightBytes'> {
  /** Graph variant, `onnx/model{_suffix}.onnx` as transformers.js names them; default `q4`. */
  variant?: Variant;
  /** Softmax temperature, 0 for greedy; default generation_config.json's (0 when it says `do_sample: false`), else 1. */
  temperature?: number;
  /** Sample among the k most likely tokens; 0 keeps all. Default generation_config.json's `top_k`, else 0. */
  topK?: number;
  /** Tokens one request generates at most (a request's `maxTokens` may lower it); default generation_config.json's `max_new_tokens`, else 256. */
  maxNewTokens?: number;
}

/** What a loaded policy reports about itself. */
export interface PolicyInfo {
  backend: Backend;
  variant: Variant;
  threads: number;
  temperature: number;
  topK: number;
  maxNewTokens: number;
  /** Most tokens, prompt included, the policy reads. */
  maxContext: number;
  vocabSize: number;
}

/** One step of {@link PolicyGenerator.tokens}. */
export interface GeneratedToken {
  /** The sampled token; null on the last entry, which only flushes held-back text. */
  id: number | null;
  /** The text piece this token completes, or null while it is held back (part of a character). */
  piece: TextPiece | null;
}

/** transformers.js's file of each variant. */
const VARIANT_FILES: Record<Variant, string> = {
  fp32: 'onnx/model.onnx',
  fp16: 'onnx/model_fp16.onnx',
  int8: 'onnx/model_int8.onnx',
  q4: 'onnx/model_q4.onnx',
};

const utf8 = new TextDecoder();

/**
 * A policy LM as a `TextGenerator`: each `generate` call prompts the model with its bos token, `{problem}\n` and the
 * request's prefix, then samples one token at a time (xoshiro128** seeded by `request.seed`: the same seed gives the
 * same text) and yields one piece per token (a token holding part of a character waits for the rest). It stops at an
 * end token, at `maxTokens` (or the policy's `maxNewTokens`, or its context), or before the next token once the
 * request's signal aborts. Calls may run concurrently, each with its own KV cache; their runs take turns with every
 * other model's in this thread.
 */
export class PolicyGenerator implements TextGenerator {
  private readonly eos: ReadonlySet<number>;
  private readonly sampling: SamplingOptions;

  constructor(
    private readonly decoder: Decoder,
    /** The policy's tokenizer (prompt ids, decoding). */
    readonly tokenizer: PolicyTokenizer,
    private readonly config: PolicyConfig,
    readonly info: PolicyInfo,
  ) {
    this.eos = new Set(config.eosIds);
    this.sampling = { temperature: info.temperature, topK: info.topK };
  }

  /** The ids a request's prompt is (bos, `{problem}\n`, prefix); `invalid-argument` when the texts hold special tokens. */
  promptIds(problem: string, prefix = ''): number[] {
    return this.tokenizer.promptIds(this.config.bosId, problem, prefix);
  }

  async *generate(request: GenerateRequest): AsyncGenerator<TextPiece> {
    for await (const { piece } of this.tokens(request)) if (piece !== null) yield piece;
  }

  /**
   * What `generate` yields, token by token: each sampled id (the end token left out) with the piece it completes, or
   * null while its text is held back; a last entry with id null carries the held-back text when generation stops.
   */
  async *tokens(request: GenerateRequest): AsyncGenerator<GeneratedToken> {
    const { signal } = request;
    const prompt = this.checkedPrompt(request);
    const budget = Math.min(request.maxTokens ?? this.info.maxNewTokens, this.info.maxNewTokens, this.info.maxContext - prompt.length);
    if (signal.aborted || budget <= 0) return;
    const random = new Xoshiro128(request.seed);
    const uniform = () => random.float();
    const stream = new TextStream((ids) => this.tokenizer.decode(ids), prompt);
    const sequence = await CachedSequence.start(this.decoder, this.config.vocabSize, prompt);
    try {
      for (let generated = 0; generated < budget && !signal.aborted; generated++) {
        const id = sampleToken(sequence.logits, this.sampling, uniform);
        if (this.eos.has(id)) break;
        yield { id, piece: stream.push(id) };
        if (signal.aborted) return;
        if (generated + 1 < budget) await sequence.push(id);
      }
      const rest = signal.aborted ? null : stream.flush();
      if (rest !== null) yield { id: null, piece: rest };
    } finally {
      sequence.release();
    }
  }

  /** The logits of every position of `ids` from one run without a cache (rows of `info.vocabSize`), for checks and scoring. */
  logits(ids: readonly number[]): Promise<Float32Array> {
    return fullLogits(this.decoder, ids);
  }

  /**
   * Reads `ids` through the KV cache as generation does (a prefill of `prefill` ids, then one run per further id) and
   * returns the logits after each of the ids past the prefill, rows of `info.vocabSize`.
   */
  async cachedLogits(ids: readonly number[], prefill: number): Promise<Float32Array[]> {
    const sequence = await CachedSequence.start(this.decoder, this.config.vocabSize, ids.slice(0, prefill));
    try {
      const rows = [sequence.logits];
      for (const id of ids.slice(prefill)) rows.push(await sequence.push(id));
      return rows;
    } finally {
      sequence.release();
    }
  }

  /** Frees the graph's session. */
  dispose(): Promise<void> {
    return this.decoder.release();
  }

  private checkedPrompt(request: GenerateRequest): number[] {
    const { problem, prefix, seed, maxTokens } = request;
    if (typeof problem !== 'string' || problem.trim() === '') throw new InvalidArgumentError('The problem is empty.', 'Pass the problem text to generate for.');
    if (typeof prefix !== 'string') throw new InvalidArgumentError('The prefix is not a string.', "Pass '' to start a solution.");
    if (!Number.isSafeInteger(seed)) throw new InvalidArgumentError(`The seed is ${String(seed)}.`, 'Pass an integer seed.');
    if (maxTokens !== undefined && !(Number.isInteger(maxTokens) && maxTokens >= 0)) {
      throw new InvalidArgumentError(`maxTokens is ${String(maxTokens)}.`, 'Pass a whole number of tokens, or leave maxTokens out.');
    }
    if (!(request.signal instanceof AbortSignal))
      throw new InvalidArgumentError('The request has no signal.', 'Pass an AbortSignal (new AbortController().signal).');
    return this.promptIds(problem, prefix);
  }
}

/** Reads a file the folder may lack: null when it does. */
async function optional(read: FileReader, path: string, onProgress: (event: ProgressEvent) => void): Promise<Uint8Array | null> {
  try {
    return await read(path, onProgress);
  } catch (error) {
    if (error instanceof ModelLoadError && error.code === 'model-not-found') return null;
    throw error;
  }
}

function checkSampling(options: PolicyOptions): void {
  const { temperature, topK, maxNewTokens } = options;
  if (temperature !== undefined && !(typeof temperature === 'number' && temperature >= 0 && Number.isFinite(temperature))) {
    throw new InvalidArgumentError(`temperature is ${String(temperature)}.`, 'Pass a number >= 0 (0: greedy).');
  }
  if (topK !== undefined && !(Number.isInteger(topK) && topK >= 0))
    throw new InvalidArgumentError(`topK is ${String(topK)}.`, 'Pass an integer >= 0 (0: every token).');
  if (maxNewTokens !== undefined && !(Number.isInteger(maxNewTokens) && maxNewTokens >= 1)) {
    throw new InvalidArgumentError(`maxNewTokens is ${String(maxNewTokens)}.`, 'Pass a positive integer.');
  }
}

/**
 * Loads a policy folder: `config.json`, `generation_config.json` (optional), `tokenizer.json`,
 * `tokenizer_config.json` (optional) and `onnx/model{_variant}.onnx` (a KV-cached graph: input_ids, attention_mask,
 * position_ids, past_key_values.{i}.key|value -> logits, present.{i}.key|value). Its files carry no checksums (it has no
 * prm.json), so they are not verified. Reports download progress like `loadPrm`.
 */
export async function loadPolicy(
  source: ModelSource,
  options: PolicyOptions = {},
  onProgress: (event: ProgressEvent) => void = () => {},
): Promise<PolicyGenerator> {
  if (source.kind === 'builtin') {
    throw new InvalidArgumentError('There is no built-in policy.', 'Pass the policy folder: { kind: "dir" }, { kind: "url" } or { kind: "hub" }.');
  }
  checkSampling(options);
  const variant = options.variant ?? 'q4';
  if (VARIANT_FILES[variant] === undefined)
    throw new InvalidArgumentError(`Unknown variant "${variant}".`, `Use one of ${Object.keys(VARIANT_FILES).join(', ')}.`);
  const read = readerFor(source, options.cache ?? true, options.stallTimeoutMs, options.signal);
  const [configBytes, generationBytes, tokenizerBytes, tokenizerConfigBytes, graph] = await Promise.all([
    read('config.json', onProgress),
    optional(read, 'generation_config.json', onProgress),
    read('tokenizer.json', onProgress),
    optional(read, 'tokenizer_config.json', onProgress),
    read(VARIANT_FILES[variant], onProgress),
  ]);
  const config = parsePolicyConfig(utf8.decode(configBytes), generationBytes === null ? null : utf8.decode(generationBytes));
  const tokenizer = PolicyTokenizer.fromJson(utf8.decode(tokenizerBytes), tokenizerConfigBytes === null ? '{}' : utf8.decode(tokenizerConfigBytes));
  if (options.signal?.aborted) throw loadCancelled();
  const { backend } = await chooseBackend(options.backend ?? 'auto');
  const threads = threadCount(options.threads);
  onProgress({ type: 'progress', file: 'runtime', loadedBytes: 0, totalBytes: null, fromCache: false });
  const decoder = await Decoder.create(graph, config, backend, config.vocabSize, {
    unpackedWeightBytes: options.unpackedWeightBytes ?? DEFAULT_UNPACKED_WEIGHT_BYTES,
    threads,
  }).catch((error: unknown) => {
    if (!(error instanceof ModelLoadError)) throw error;
    // Decoder's checks speak of a PRM's prm.json; a policy's shape comes from config.json.
    throw new ModelLoadError(
      'model-invalid',
      `The policy's ${VARIANT_FILES[variant]} does not fit its config.json: ${error.message.replaceAll('prm.json', 'config.json')}`,
      'Export the policy again (a KV-cached graph: input_ids, attention_mask, position_ids, past_key_values.{i}.key|value -> logits, present.{i}.key|value).',
      { cause: error },
    );
  });
  const info: PolicyInfo = {
    backend,
    variant,
    threads,
    temperature: options.temperature ?? config.temperature,
    topK: options.topK ?? config.topK,
    maxNewTokens: options.maxNewTokens ?? config.maxNewTokens,
    maxContext: config.maxContext,
    vocabSize: config.vocabSize,
  };
  return new PolicyGenerator(decoder, tokenizer, config, info);
}
