/**
 * Turns sampled token ids into text pieces. A byte-level tokenizer may split one character over several tokens, and
 * decoding such a token alone gives U+FFFD: the decoder decodes everything generated so far and hands out only the new
 * text, holding back a trailing U+FFFD until the next token completes the character (or the generation ends).
 */
import type { PolicyPiece } from './protocol.ts';

/** Decodes token ids to text (special tokens skipped). */
export type Decode = (ids: readonly bigint[]) => string;

const REPLACEMENT = '\uFFFD';

export class PieceDecoder {
  private readonly ids: bigint[] = [];
  /** Characters of the decoded text already handed out. */
  private emitted = 0;
  /** Tokens taken since the last piece. */
  private pending = 0;

  constructor(private readonly decode: Decode) {}

  /** Tokens taken so far. */
  get tokens(): number {
    return this.ids.length;
  }

  /** Takes one token; returns the piece it completes, or null while a character is still incomplete. */
  push(id: bigint): PolicyPiece | null {
    this.ids.push(id);
    this.pending += 1;
    const text = this.decode(this.ids);
    if (text.endsWith(REPLACEMENT)) return null;
    return this.take(text);
  }

  /** The text still held back (an incomplete character at the end), or null when there is none. */
  flush(): PolicyPiece | null {
    if (this.pending === 0) return null;
    return this.take(this.decode(this.ids));
  }

  private take(text: string): PolicyPiece {
    const piece = { text: text.slice(this.emitted), tokens: this.pending };
    this.emitted = text.length;
    this.pending = 0;
    return piece;
  }
}
