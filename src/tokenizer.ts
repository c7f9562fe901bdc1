/**
 * The model's tokenizer (`@huggingface/tokenizers` on the shipped tokenizer.json) and the PRM input
 * template of prm.json: `bos`, the prompt template, per-step tokens and the step separator.
 */
import { Tokenizer } from '@huggingface/tokenizers';
import { InvalidArgumentError, ModelLoadError } from './errors.ts';
import type { PrmManifest } from './manifest.ts';

/** Tokenizes problems and steps the way the PRM was trained. */
export class PrmTokenizer {
  /** Id of the separator appended after each step (where the step score is read). */
  readonly separatorId: number;
  private readonly bosId: number | null;
  private readonly reserved: string[];
  private readonly texts = new Map<number, string>();

  constructor(private readonly tokenizer: Tokenizer, private readonly input: PrmManifest['input']) {
    this.separatorId = this.idOf(input.stepSeparator);
    this.bosId = input.bos === null ? null : this.idOf(input.bos);
    this.reserved = [input.stepSeparator, ...(input.bos === null ? [] : [input.bos])];
  }

  /** Builds the tokenizer from the text of tokenizer.json and tokenizer_config.json. */
  static fromJson(tokenizerJson: string, configJson: string, input: PrmManifest['input']): PrmTokenizer {
    let tokenizer: Tokenizer;
    try {
      tokenizer = new Tokenizer(JSON.parse(tokenizerJson) as object, JSON.parse(configJson) as object);
    } catch (error) {
      throw new ModelLoadError('tokenizer-mismatch', `tokenizer.json could not be loaded: ${error instanceof Error ? error.message : String(error)}.`, 'Save the tokenizer with the `tokenizers` library (tokenizer.json + tokenizer_config.json).', { cause: error });
    }
    return new PrmTokenizer(tokenizer, input);
  }

  private idOf(token: string): number {
    const id = this.tokenizer.token_to_id(token);
    if (id === undefined) {
      throw new ModelLoadError('tokenizer-mismatch', `The tokenizer has no token "${token}" named in prm.json.`, 'Add it to the tokenizer as a special token, or fix prm.json "input".');
    }
    return id;
  }

  /** Rejects user text containing the model's special tokens (they would fake a step boundary). */
  checkText(text: string, what: string): void {
    const found = this.reserved.find((token) => text.includes(token));
    if (found !== undefined) {
      throw new InvalidArgumentError(`The ${what} contains the model's special token "${found}".`, `Remove "${found}" from the ${what}; steps are separated by blank lines.`);
    }
  }

  /** Token ids of plain text (no special tokens added). */
  encode(text: string): number[] {
    return text === '' ? [] : this.tokenizer.encode(text, { add_special_tokens: false }).ids;
  }

  /** `bos` + the prompt template filled with `problem`. */
  promptIds(problem: string): number[] {
    const ids = this.encode(this.input.prompt.replace('{problem}', problem));
    return this.bosId === null ? ids : [this.bosId, ...ids];
  }

  /** Display text of one token ('' for the separator). */
  tokenText(id: number): string {
    if (id === this.separatorId) return '';
    let text = this.texts.get(id);
    if (text === undefined) {
      text = this.tokenizer.decode([id], { skip_special_tokens: false });
      this.texts.set(id, text);
    }
    return text;
  }
}
