/** Plays a solution piece by piece, as an LLM would write it: words, single digits, punctuation. */

/** Cuts text into LLM-like pieces (a leading space stays with its word). */
export function pieces(text: string): string[] {
  return text.match(/\n+|\s?\d|\s?[A-Za-z]+|\s?[^\sA-Za-z\d]|\s+/g) ?? [];
}

/** A cancellable player calling `emit` for each piece at `rate()` pieces per second. */
export class StreamPlayer {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly rate: () => number) {}

  get playing(): boolean {
    return this.timer !== null;
  }

  /** Plays `text`; resolves true when every piece was emitted, false when stopped. */
  play(text: string, emit: (piece: string) => void): Promise<boolean> {
    this.stop();
    const queue = pieces(text);
    return new Promise((resolve) => {
      const tick = () => {
        const piece = queue.shift();
        if (piece === undefined) {
          this.timer = null;
          resolve(true);
          return;
        }
        emit(piece);
        this.timer = setTimeout(tick, 1000 / this.rate());
      };
      this.stopHandler = () => resolve(false);
      this.timer = setTimeout(tick, 0);
    });
  }

  private stopHandler: (() => void) | null = null;

  /** Stops playback (the pending play() resolves false). */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.stopHandler?.();
    this.stopHandler = null;
  }
}
