/**
 * One generation seen from the page: the worker pushes pieces, the search pulls them as an async iterator. Reading
 * gives the worker credit back (in batches of half its window), so the worker never runs more than `window` tokens
 * ahead of the reader. Aborting (the request's signal, or the reader's `return()`) tells the worker at once and ends
 * the iteration without waiting for the worker.
 */
import type { TextPiece } from '../../src/index.ts';
import type { PolicyEnd, PolicyPiece } from './protocol.ts';

/** What a stream needs from the worker connection. */
export interface StreamControl {
  /** The reader took `tokens` more tokens. */
  grant(tokens: number): void;
  /** The reader wants no more. */
  abort(): void;
}

export class PieceStream implements AsyncIterableIterator<TextPiece> {
  private readonly queue: TextPiece[] = [];
  private wake: (() => void) | null = null;
  private ended = false;
  private closed = false;
  private failure: { error: unknown } | null = null;
  private ungranted = 0;

  constructor(
    private readonly control: StreamControl,
    private readonly window: number,
    signal: AbortSignal,
  ) {
    if (signal.aborted) this.close();
    else signal.addEventListener('abort', () => this.close(), { once: true });
  }

  /** A piece arrived from the worker. */
  push(piece: PolicyPiece): void {
    if (this.closed || piece.text === '') return;
    this.queue.push({ text: piece.text, tokens: piece.tokens });
    this.wakeReader();
  }

  /** The worker's generate() settled: ended (`end`) or failed (`error`). */
  settle(outcome: { end: PolicyEnd } | { error: unknown }): void {
    if ('error' in outcome && !this.closed) this.failure = { error: outcome.error };
    this.ended = true;
    this.wakeReader();
  }

  async next(): Promise<IteratorResult<TextPiece>> {
    while (!this.closed) {
      const piece = this.queue.shift();
      if (piece) {
        this.credit(piece.tokens);
        return { value: piece, done: false };
      }
      if (this.failure) throw this.failure.error;
      if (this.ended) break;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<TextPiece>> {
    this.close();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Stops the generation: the worker is told, the reader's pending `next()` ends. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    if (!this.ended) this.control.abort();
    this.wakeReader();
  }

  private credit(tokens: number): void {
    this.ungranted += tokens;
    if (this.ended || this.ungranted < Math.ceil(this.window / 2)) return;
    this.control.grant(this.ungranted);
    this.ungranted = 0;
  }

  private wakeReader(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
