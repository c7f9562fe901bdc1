/** Checks `search()` options against the loaded model, and fills in their defaults. */
import { InvalidArgumentError } from '../errors.ts';
import type { Aggregation, ModelInfo } from '../types.ts';
import type { BeamOptions, EarlyRejection, RankRejection, SearchEvent, SearchOptions, SearchStrategy } from './types.ts';

/** Most candidates a search runs. */
const MAX_CANDIDATES = 16;
const STRATEGIES: readonly SearchStrategy[] = ['best-of-n', 'weighted-vote', 'majority', 'beam'];
const AGGREGATIONS: readonly Aggregation[] = ['min', 'product', 'last', 'mean'];
const DEFAULT_MAX_STEPS = 40;
const DEFAULT_LAG_TOKENS = 32;

/** {@link SearchOptions} checked, with every default filled in. */
export interface ResolvedSearchOptions {
  strategy: SearchStrategy;
  n: number;
  beam: Required<BeamOptions> | null;
  earlyReject: EarlyRejection | null;
  rankReject: RankRejection | null;
  seed: number;
  maxTokens: number | null;
  aggregation: Aggregation;
  lagTokens: number;
  signal: AbortSignal | null;
  onEvent: ((event: SearchEvent) => void) | null;
}

/** What the options are checked against: the model's score range and default aggregation. */
export type SearchModelInfo = Pick<ModelInfo, 'scoreRange' | 'aggregation'>;

function fail(message: string, hint: string): never {
  throw new InvalidArgumentError(`Search options: ${message}`, hint);
}

function integer(value: unknown, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const bounded = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    const range = min === Number.MIN_SAFE_INTEGER ? 'an integer' : bounded;
    fail(`${name} is ${String(value)}.`, `Set ${name} to ${range}.`);
  }
  return value;
}

function checkBeam(beam: BeamOptions | undefined, n: number): Required<BeamOptions> {
  if (beam === undefined) fail("strategy 'beam' needs beam: { width, expand }.", `Pass beam: { width, expand } with width * expand = n (${n}).`);
  const width = integer(beam.width, 'beam.width', 1, MAX_CANDIDATES);
  const expand = integer(beam.expand, 'beam.expand', 1, MAX_CANDIDATES);
  if (width * expand !== n) {
    fail(`n is ${n} but beam.width * beam.expand is ${width * expand}.`, 'n counts the expansions of one step: set n to beam.width * beam.expand.');
  }
  const maxSteps = integer(beam.maxSteps ?? DEFAULT_MAX_STEPS, 'beam.maxSteps', 1);
  return { width, expand, maxSteps };
}

function checkEarlyReject(earlyReject: EarlyRejection, info: SearchModelInfo): EarlyRejection {
  const minTokens = integer(earlyReject.minTokens, 'earlyReject.minTokens', 0);
  const [low, high] = info.scoreRange;
  const { threshold } = earlyReject;
  if (typeof threshold !== 'number' || !(threshold >= low && threshold <= high)) {
    fail(`earlyReject.threshold is ${String(threshold)}.`, `Set it within the model's score range, ${low} to ${high} (e.g. the model's threshold).`);
  }
  return { minTokens, threshold };
}

function checkRankReject(rankReject: RankRejection, strategy: SearchStrategy): RankRejection {
  if (strategy === 'beam') fail('rankReject was given for beam search.', 'Beam search ranks its candidates at every step already: drop rankReject.');
  return { atTokens: integer(rankReject.atTokens, 'rankReject.atTokens', 1), keep: integer(rankReject.keep, 'rankReject.keep', 1) };
}

/** Checks `options` (throwing `invalid-argument` with what is wrong and how to fix it) and fills in the defaults. */
export function resolveSearchOptions(options: SearchOptions, info: SearchModelInfo): ResolvedSearchOptions {
  if (!STRATEGIES.includes(options.strategy)) fail(`strategy is ${String(options.strategy)}.`, `Use one of ${STRATEGIES.join(', ')}.`);
  const n = integer(options.n, 'n', 1, MAX_CANDIDATES);
  if (options.strategy !== 'beam' && options.beam !== undefined) {
    fail(`beam options were given for strategy '${options.strategy}'.`, "Drop beam, or set strategy: 'beam'.");
  }
  const aggregation = options.aggregation ?? info.aggregation;
  if (!AGGREGATIONS.includes(aggregation)) fail(`aggregation is ${String(aggregation)}.`, `Use one of ${AGGREGATIONS.join(', ')}.`);
  if (options.onEvent !== undefined && typeof options.onEvent !== 'function') fail('onEvent is not a function.', 'Pass a function, or leave it out.');
  return {
    strategy: options.strategy,
    n,
    beam: options.strategy === 'beam' ? checkBeam(options.beam, n) : null,
    earlyReject: options.earlyReject === undefined ? null : checkEarlyReject(options.earlyReject, info),
    rankReject: options.rankReject === undefined ? null : checkRankReject(options.rankReject, options.strategy),
    seed: integer(options.seed ?? 0, 'seed', Number.MIN_SAFE_INTEGER),
    maxTokens: options.maxTokens === undefined ? null : integer(options.maxTokens, 'maxTokens', 1),
    aggregation,
    lagTokens: integer(options.lagTokens ?? DEFAULT_LAG_TOKENS, 'lagTokens', 1),
    signal: options.signal ?? null,
    onEvent: options.onEvent ?? null,
  };
}
