/**
 * What the search needs from an LLM: a {@link TextGenerator} continues a solution and yields text pieces, and
 * stops when its request's signal aborts. Any generation library plugs in through this one method (transformers.js,
 * WebLLM, a server's token stream, ...); Steplight imports none. {@link replayGenerator} replays stored texts.
 */

/** One call of {@link TextGenerator.generate}. */
export interface GenerateRequest {
  /** The problem the solution answers. */
  problem: string;
  /** The solution text so far, to continue ('' at the start; in beam search, the steps kept so far). */
  prefix: string;
  /** Sampling seed: candidate `i` of a search gets `options.seed + i`, so runs repeat. */
  seed: number;
  /** Aborted when the search no longer needs this text (rejected, step complete, cancelled): stop generating then. */
  signal: AbortSignal;
  /** At most this many tokens to generate (none: until the solution ends). */
  maxTokens?: number;
}

/** A piece of generated text. */
export interface TextPiece {
  text: string;
  /** How many model tokens this piece holds (counted for `maxTokens`, early rejection and the token totals). */
  tokens: number;
}

/**
 * A source of solution text. `generate` continues `request.prefix` piece by piece and completes when the solution
 * ends (the model's end token). It must stop yielding once `request.signal` aborts: returning or throwing are both fine.
 */
export interface TextGenerator {
  generate(request: GenerateRequest): AsyncIterable<TextPiece>;
}

/** Options of {@link replayGenerator}. */
export interface ReplayOptions {
  /**
   * Which stored text a request replays, among those that continue its prefix: `seed` (default) the one at
   * `seed mod count`, `call` the one at `calls so far mod count`.
   */
  pick?: 'seed' | 'call';
  /** Milliseconds to wait before each piece (default 0: pieces come as fast as they are read). */
  delayMs?: number;
}

/** Pieces of about one token each: leading whitespace with a word, a digit or another character (plus trailing whitespace). */
const PIECE = /\s*(?:[A-Za-z]+|\d|\S)|\s+/g;

/** Cuts `text` into the pieces {@link replayGenerator} yields, one token each; joined they give `text` back. */
export function replayPieces(text: string): TextPiece[] {
  return (text.match(PIECE) ?? []).map((piece) => ({ text: piece, tokens: 1 }));
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * A generator that replays stored solutions (tests, demos, and evaluating a search on recorded samples). A request
 * replays, from the end of its prefix, a stored text that starts with that prefix (see {@link ReplayOptions.pick}), in
 * the pieces of {@link replayPieces}; with no such text it yields nothing. It stops at `maxTokens` and as soon as the
 * request's signal aborts.
 */
export function replayGenerator(solutions: readonly string[], options: ReplayOptions = {}): TextGenerator {
  const pick = options.pick ?? 'seed';
  const delayMs = options.delayMs ?? 0;
  let calls = 0;
  return {
    async *generate(request: GenerateRequest): AsyncIterable<TextPiece> {
      const call = calls++;
      const matches = solutions.filter((solution) => solution.startsWith(request.prefix));
      if (matches.length === 0) return;
      const at = pick === 'seed' ? request.seed : call;
      const chosen = matches[((at % matches.length) + matches.length) % matches.length]!;
      let budget = request.maxTokens ?? Number.POSITIVE_INFINITY;
      for (const piece of replayPieces(chosen.slice(request.prefix.length))) {
        if (delayMs > 0) await pause(delayMs, request.signal);
        if (request.signal.aborted || budget < piece.tokens) return;
        budget -= piece.tokens;
        yield piece;
      }
    },
  };
}

/**
 * Iterates `source` until it completes or `signal` aborts, whichever comes first: a generator slow to notice the
 * abort does not hold the caller (its pending piece is dropped, and it is asked to return).
 */
export async function* untilAborted<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let onAbort = () => {};
  const aborted = new Promise<null>((resolve) => {
    onAbort = () => resolve(null);
    if (signal.aborted) resolve(null);
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  let finished = false;
  try {
    while (true) {
      const next = iterator.next();
      const result = await Promise.race([next, aborted]);
      if (result === null) {
        next.catch(() => undefined);
        return;
      }
      if (result.done === true) {
        finished = true;
        return;
      }
      yield result.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    if (!finished) iterator.return?.()?.catch(() => undefined);
  }
}
