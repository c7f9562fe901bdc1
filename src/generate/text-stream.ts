/**
 * Incremental decoding: token ids arrive one at a time, text leaves in pieces that join to the decoded text. A
 * byte-level BPE token may hold part of a UTF-8 character, which decodes to U+FFFD until the rest arrives, so a piece
 * is held back while its text ends in U+FFFD (or is empty) and goes out with the next token's.
 *
 * Each decode covers a short window (from the token before the last piece's), as text-generation-inference does,
 * so a long solution costs the same per token as a short one; the window starts inside the prompt so tokenizers that
 * treat the first token of a text specially (a leading space) decode the continuation as the model meant it.
 */
import type { TextPiece } from '../search/generator.ts';

/** Turns token ids into text, special tokens left out. */
export type DecodeIds = (ids: readonly number[]) => string;

const REPLACEMENT = '\uFFFD';
/** Prompt tokens the first window starts with. */
const CONTEXT_TOKENS = 5;

/** The text of generated tokens, piece by piece. */
export class TextStream {
  private readonly ids: number[];
  /** Start of the decode window. */
  private prefixOffset = 0;
  /** End of what was emitted (ids before it are in emitted pieces). */
  private readOffset: number;
  private pending = 0;

  /** `context`: the ids before the generated ones (the prompt); only its last few are read. */
  constructor(
    private readonly decode: DecodeIds,
    context: readonly number[] = [],
  ) {
    this.ids = context.slice(-CONTEXT_TOKENS);
    this.readOffset = this.ids.length;
  }

  /** Takes the next token; returns the piece it completes, or null while the text is held back. */
  push(id: number): TextPiece | null {
    this.ids.push(id);
    this.pending++;
    const before = this.decode(this.ids.slice(this.prefixOffset, this.readOffset));
    const after = this.decode(this.ids.slice(this.prefixOffset));
    if (after.length <= before.length || after.endsWith(REPLACEMENT)) return null;
    return this.emit(after.slice(before.length));
  }

  /** The held-back text, at the end of generation (U+FFFD stays when the bytes never completed); null when none. */
  flush(): TextPiece | null {
    if (this.pending === 0) return null;
    const before = this.decode(this.ids.slice(this.prefixOffset, this.readOffset));
    const after = this.decode(this.ids.slice(this.prefixOffset));
    return this.emit(after.slice(before.length));
  }

  private emit(text: string): TextPiece {
    const piece = { text, tokens: this.pending };
    this.pending = 0;
    this.prefixOffset = this.readOffset;
    this.readOffset = this.ids.length;
    return piece;
  }
}
