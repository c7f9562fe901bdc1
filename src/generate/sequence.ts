/** One token sequence decoded through the policy's KV-cached graph: a prefill, then one run per new token. */
import { Decoder, type KvTensors } from '../ort.ts';

/** The running state of one sequence: its KV cache and the logits of its last token. */
export class CachedSequence {
  private constructor(
    private readonly decoder: Decoder,
    private readonly vocabSize: number,
    private cache: KvTensors,
    /** Logits of the last token read: the distribution of the next one. */
    private lastLogits: Float32Array,
  ) {}

  /** Reads `ids` (the prompt) in one run from an empty cache. */
  static async start(decoder: Decoder, vocabSize: number, ids: readonly number[]): Promise<CachedSequence> {
    const { logits, cache } = await runFromEmpty(decoder, ids);
    return new CachedSequence(decoder, vocabSize, cache, lastRow(logits, vocabSize));
  }

  /** Tokens read so far (the cache's length, and the position of the next token). */
  get length(): number {
    return this.cache.length;
  }

  /** The next token's logits (one row of the vocabulary's width). */
  get logits(): Float32Array {
    return this.lastLogits;
  }

  /** Reads one more token; its logits become {@link logits}. */
  async push(id: number): Promise<Float32Array> {
    const position = this.cache.length;
    const mask = new Uint8Array(position + 1).fill(1);
    const { logits, cache } = await this.decoder.run([id], [position], mask, this.cache, []);
    this.cache = cache;
    this.lastLogits = lastRow(logits, this.vocabSize);
    return this.lastLogits;
  }

  /** Frees the cache; the sequence cannot be pushed to after this. */
  release(): void {
    Decoder.disposeCache(this.cache);
    this.cache = { length: this.cache.length, tensors: [] };
  }
}

function lastRow(logits: Float32Array, width: number): Float32Array {
  return logits.slice(logits.length - width);
}

function runFromEmpty(decoder: Decoder, ids: readonly number[]): Promise<{ logits: Float32Array; cache: KvTensors }> {
  return decoder.run(
    [...ids],
    ids.map((_, i) => i),
    new Uint8Array(ids.length).fill(1),
    decoder.emptyCache(),
    [],
  );
}

/** The logits of every position of `ids` (rows of the vocabulary's width), from one run without a cache. */
export async function fullLogits(decoder: Decoder, ids: readonly number[]): Promise<Float32Array> {
  const { logits, cache } = await runFromEmpty(decoder, ids);
  Decoder.disposeCache(cache);
  return logits;
}
