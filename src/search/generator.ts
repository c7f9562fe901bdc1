/**
 * What a search needs from an LLM: a {@link TextGenerator} continues a solution and yields text pieces, and stops
 * when its request's signal aborts. (The types of the search API, branch `search-api`; its module replaces this one.)
 */

/** One call of {@link TextGenerator.generate}. */
export interface GenerateRequest {
  /** The problem the solution answers. */
  problem: string;
  /** The solution text so far, to continue ('' at the start; in beam search, the steps kept so far). */
  prefix: string;
  /** Sampling seed: the same seed gives the same text. */
  seed: number;
  /** Aborted when the text is no longer needed: stop generating then. */
  signal: AbortSignal;
  /** At most this many tokens to generate (none: until the solution ends). */
  maxTokens?: number;
}

/** A piece of generated text. */
export interface TextPiece {
  text: string;
  /** How many model tokens this piece holds. */
  tokens: number;
}

/** A source of solution text: `generate` continues `request.prefix` piece by piece until the solution ends. */
export interface TextGenerator {
  generate(request: GenerateRequest): AsyncIterable<TextPiece>;
}
