/** The policy's tokenizer (`@huggingface/tokenizers` on its tokenizer.json): its prompt, and decoding generated ids. */
import { Tokenizer } from '@huggingface/tokenizers';
import { InvalidArgumentError, ModelLoadError } from '../errors.ts';

interface TokenizerJson {
  added_tokens?: { content: string; special?: boolean }[];
}

/** Encodes the policy's prompt and decodes what it writes. */
export class PolicyTokenizer {
  private constructor(
    private readonly tokenizer: Tokenizer,
    /** Special tokens, which problem and prefix text may not contain (they would fake the prompt's structure). */
    private readonly reserved: readonly string[],
  ) {}

  /** Builds the tokenizer from tokenizer.json and tokenizer_config.json (`{}` when the folder has none). */
  static fromJson(tokenizerJson: string, configJson: string): PolicyTokenizer {
    try {
      const json = JSON.parse(tokenizerJson) as TokenizerJson;
      const reserved = (json.added_tokens ?? []).filter((t) => t.special === true).map((t) => t.content);
      return new PolicyTokenizer(new Tokenizer(json, JSON.parse(configJson) as object), reserved);
    } catch (error) {
      throw new ModelLoadError(
        'tokenizer-mismatch',
        `The policy's tokenizer.json could not be loaded: ${error instanceof Error ? error.message : String(error)}.`,
        'Save the tokenizer with the `tokenizers` library (tokenizer.json, and tokenizer_config.json beside it).',
        { cause: error },
      );
    }
  }

  /** Token ids of `text`; no special tokens are added. */
  encode(text: string): number[] {
    return text === '' ? [] : this.tokenizer.encode(text, { add_special_tokens: false }).ids;
  }

  /** Text of `ids`, special tokens (the end token among them) left out. */
  decode(ids: readonly number[]): string {
    return ids.length === 0 ? '' : this.tokenizer.decode([...ids], { skip_special_tokens: true });
  }

  /** Throws `invalid-argument` when `text` contains one of the tokenizer's special tokens. */
  checkText(text: string, what: string): void {
    const found = this.reserved.find((token) => text.includes(token));
    if (found !== undefined) {
      throw new InvalidArgumentError(`The ${what} contains the policy's special token "${found}".`, `Remove "${found}" from the ${what}.`);
    }
  }

  /**
   * The ids the policy is prompted with: `bosId`, then `{problem}\n` and `prefix` each encoded on its own, as the
   * policy's training data was (models/tiny_policy/data.py: prompt ids, then solution ids).
   */
  promptIds(bosId: number | null, problem: string, prefix: string): number[] {
    this.checkText(problem, 'problem');
    this.checkText(prefix, 'prefix');
    const ids = [...this.encode(`${problem}\n`), ...this.encode(prefix)];
    return bosId === null ? ids : [bosId, ...ids];
  }
}
