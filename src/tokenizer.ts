/**
 * The model's tokenizer (`@huggingface/tokenizers` on the shipped tokenizer.json), the prompt of prm.json
 * (`bos` + the prompt template), and the checks that keep user text from faking template tokens.
 */
import { Tokenizer } from '@huggingface/tokenizers';
import { InvalidArgumentError, ModelLoadError } from './errors.ts';
import type { HeadSpec, InputSpec } from './manifest.ts';

interface TokenizerJson {
  added_tokens?: { content: string; special?: boolean }[];
}

function specialTokensOf(json: TokenizerJson): string[] {
  return (json.added_tokens ?? []).filter((t) => t.special === true).map((t) => t.content);
}

/** Tokenizes problems and solution text the way the PRM reads them. */
export class PrmTokenizer {
  private readonly bosId: number | null;
  private readonly texts = new Map<number, string>();

  private constructor(
    private readonly tokenizer: Tokenizer,
    private readonly input: InputSpec,
    private readonly reserved: string[],
  ) {
    for (const token of input.specialTokens ?? []) this.idOf(token);
    this.bosId = input.bos === null ? null : this.idOf(input.bos);
  }

  /** Builds the tokenizer from the text of tokenizer.json and tokenizer_config.json. */
  static fromJson(tokenizerJson: string, configJson: string, input: InputSpec): PrmTokenizer {
    let tokenizer: Tokenizer;
    let json: TokenizerJson;
    try {
      json = JSON.parse(tokenizerJson) as TokenizerJson;
      tokenizer = new Tokenizer(json, JSON.parse(configJson) as object);
    } catch (error) {
      throw new ModelLoadError(
        'tokenizer-mismatch',
        `tokenizer.json could not be loaded: ${error instanceof Error ? error.message : String(error)}.`,
        'Save the tokenizer with the `tokenizers` library (tokenizer.json + tokenizer_config.json).',
        { cause: error },
      );
    }
    const reserved = new Set([...specialTokensOf(json), ...(input.specialTokens ?? []), ...(input.bos === null ? [] : [input.bos])]);
    return new PrmTokenizer(tokenizer, input, [...reserved]);
  }

  private idOf(token: string): number {
    const id = this.tokenizer.token_to_id(token);
    if (id === undefined) {
      throw new ModelLoadError(
        'tokenizer-mismatch',
        `The tokenizer has no token "${token}" named in prm.json.`,
        'Add it to the tokenizer as a special token, or fix prm.json "input".',
      );
    }
    return id;
  }

  /** Checks a label-token head: the tokenizer must resolve its label texts to the ids the graph was cut to. */
  checkHead(head: HeadSpec): void {
    if (head.kind !== 'label-tokens') return;
    for (const key of ['positive', 'negative'] as const) {
      const resolved = this.encode(head.tokens[key]).at(-1);
      if (resolved !== head.tokenIds[key]) {
        throw new ModelLoadError(
          'tokenizer-mismatch',
          `The tokenizer resolves the ${key} label "${head.tokens[key]}" to id ${resolved}, but the graph was converted for id ${head.tokenIds[key]}.`,
          'Convert the model again with the tokenizer you ship beside it.',
        );
      }
    }
  }

  /** Checks that a result check's `tokenIds[d]` is the token of digit d. */
  checkDigitTokens(tokenIds: readonly number[]): void {
    const wrong = tokenIds.findIndex((id, digit) => this.tokenText(id) !== String(digit));
    if (wrong >= 0) {
      throw new ModelLoadError(
        'tokenizer-mismatch',
        `The result check reads token ${tokenIds[wrong]} as the digit ${wrong}, but the tokenizer reads it as ${JSON.stringify(this.tokenText(tokenIds[wrong]!))}.`,
        'Convert the model again with the tokenizer you ship beside it.',
      );
    }
  }

  /**
   * Rejects user text containing the tokenizer's special tokens or those the templates use (they would fake a
   * step or turn boundary).
   */
  checkText(text: string, what: string): void {
    const found = this.reserved.find((token) => text.includes(token));
    if (found !== undefined) {
      throw new InvalidArgumentError(`The ${what} contains the model's special token "${found}".`, `Remove "${found}" from the ${what}.`);
    }
  }

  /** Token ids of text; special tokens written in it are parsed, none are added. */
  encode(text: string): number[] {
    return text === '' ? [] : this.tokenizer.encode(text, { add_special_tokens: false }).ids;
  }

  /** `bos` + the prompt template filled with `problem`. */
  promptIds(problem: string): number[] {
    const ids = this.encode(this.input.prompt.replace('{problem}', () => problem));
    return this.bosId === null ? ids : [this.bosId, ...ids];
  }

  /** Display text of tokens read together: a character byte-level BPE split over them reads whole. */
  decodeTokens(ids: readonly number[]): string {
    return this.tokenizer.decode([...ids], { skip_special_tokens: false });
  }

  /** Display text of one token. */
  tokenText(id: number): string {
    let text = this.texts.get(id);
    if (text === undefined) {
      text = this.tokenizer.decode([id], { skip_special_tokens: false });
      this.texts.set(id, text);
    }
    return text;
  }
}
