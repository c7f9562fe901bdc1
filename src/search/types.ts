/**
 * Public data types of the search API: options, streamed events and results. Plain data, like the rest of
 * Steplight's types, so results can be stored, sent to a worker or printed as JSON.
 */
import type { Aggregation } from '../types.ts';

/**
 * How the search picks among candidate solutions:
 * - `best-of-n`: the candidate with the highest aggregate score;
 * - `weighted-vote`: the answer whose candidates' aggregate scores sum highest;
 * - `majority`: the answer most candidates give (ties: the one seen first); the PRM only rejects early;
 * - `beam`: step-level beam search, the PRM scoring each new step (see {@link BeamOptions}).
 */
export type SearchStrategy = 'best-of-n' | 'weighted-vote' | 'majority' | 'beam';

/**
 * Stop a candidate early: once it has generated at least `minTokens` tokens and either the open step's running partial
 * reward or the aggregate of its finished steps is below `threshold` (in the model's score range), its generator is
 * aborted, its session closed, and it does not vote.
 */
export interface EarlyRejection {
  minTokens: number;
  threshold: number;
}

/**
 * Relative early rejection (the Early Rejection paper's "keep the best partial solutions"): when a candidate has
 * generated `atTokens` tokens it waits until each sibling has too (or has stopped); then only the `keep` with the
 * highest running score (the lower of its finished steps' aggregate and its open step's partial reward) go on, and the
 * others are rejected there (reason `rank`). Candidates that finished sooner are not ranked. Not for beam search.
 */
export interface RankRejection {
  atTokens: number;
  keep: number;
}

/** Step-level beam search: `width` beams, each expanded `expand` times per step (`n` must be `width * expand`). */
export interface BeamOptions {
  width: number;
  expand: number;
  /** Steps to grow at most (default 40); beams still open then are kept as they are, marked `truncated`. */
  maxSteps?: number;
}

/** Options of `search()`. */
export interface SearchOptions {
  strategy: SearchStrategy;
  /** Candidates, 1 to 16, generated concurrently. For `beam`: the expansions per step, `width * expand`. */
  n: number;
  /** Required for (and only for) `strategy: 'beam'`. */
  beam?: BeamOptions;
  earlyReject?: EarlyRejection;
  /** Keep only the best candidates at a checkpoint (see {@link RankRejection}); combines with `earlyReject`. */
  rankReject?: RankRejection;
  /** Candidate `i` gets seed `seed + i` (default 0), so a run repeats with a seeded generator. */
  seed?: number;
  /** At most this many tokens per candidate solution (default: none); a candidate stopped there is `truncated`. */
  maxTokens?: number;
  /** How step scores combine into a candidate's score (default: the model's, `info.aggregation`; `min` for the built-in model). */
  aggregation?: Aggregation;
  /**
   * A candidate's generator pauses while this many of its generated tokens wait unscored (default 32): generation runs
   * ahead of scoring by at most about this much, so early rejection stops a bad candidate soon after its bad token.
   */
  lagTokens?: number;
  /** Cancels the search: every generator is aborted, every session closed, and the call rejects with `search-cancelled`. */
  signal?: AbortSignal;
  /** Receives the search's progress as it happens (see {@link SearchEvent}). An error thrown here fails the search. */
  onEvent?: (event: SearchEvent) => void;
}

/**
 * Why a candidate was rejected: its open step's partial reward, its finished steps' aggregate, its rank among its
 * siblings at the checkpoint of {@link RankRejection}, or its length (the PRM's context).
 */
export type RejectionReason = 'open-step' | 'finished-steps' | 'rank' | 'context-overflow';

/**
 * The search's progress, one plain tagged object per event. `candidate` is the candidate's index. `step` numbers the
 * candidate's steps from 0 over its whole text (in beam search, the steps of its prefix count too).
 */
export type SearchEvent =
  /** A candidate starts generating; in beam search `parent` is the beam it continues. */
  | { type: 'started'; candidate: number; parent?: number; seed: number }
  /** Text the candidate generated (in beam search, after its parent's text). */
  | { type: 'text'; candidate: number; text: string; tokens: number }
  /** The running partial reward of the candidate's open step, at its PRM token `token`. */
  | { type: 'partial'; candidate: number; step: number; token: number; score: number }
  /** A finished step's score. */
  | { type: 'step'; candidate: number; step: number; score: number }
  /** The candidate was stopped early (see {@link EarlyRejection}); `score` is the value that fell below the threshold. */
  | { type: 'rejected'; candidate: number; tokens: number; score: number | null; reason: RejectionReason }
  /** The candidate's solution is complete (or cut at `maxTokens` / `beam.maxSteps`) and scored. */
  | { type: 'finished'; candidate: number; answer: number | null; score: number | null; tokens: number }
  /** Beam search dropped the candidate: it was not among the best `width` of its step. */
  | { type: 'pruned'; candidate: number };

/**
 * What became of a candidate: `finished` (complete and scored; it votes), `rejected` (stopped early), `pruned` (beam
 * search dropped it) or `extended` (beam search kept it as a beam and grew it: its text is a prefix of its children's).
 */
export type CandidateStatus = 'finished' | 'rejected' | 'pruned' | 'extended';

/** One candidate solution of a search. */
export interface CandidateResult {
  index: number;
  /** Beam search: the candidate this one continues. */
  parent?: number;
  /** The solution text it holds (for a rejected candidate: what it had generated when stopped). */
  text: string;
  /** Its final answer (`finalAnswer()` of its text); null for a solution that did not end, or states no number. */
  answer: number | null;
  /**
   * Its aggregate score: over its step scores; for a rejected candidate over its finished steps and the open step's
   * last partial reward. Null when nothing was scored.
   */
  score: number | null;
  /** Scores of its finished steps, in order. */
  stepScores: number[];
  /** Tokens of its whole text (in beam search, its prefix's tokens included). */
  tokens: number;
  /** Tokens it generated itself (equal to `tokens` except in beam search). */
  generatedTokens: number;
  status: CandidateStatus;
  /** Stopped at `maxTokens` or at `beam.maxSteps` before its solution ended. */
  truncated: boolean;
  /** Why it was rejected (status `rejected` only). */
  rejection?: RejectionReason;
}

/** The candidate a strategy picks. */
export interface SearchPick {
  candidate: number;
  answer: number | null;
  /** The picked candidate's aggregate score. */
  score: number | null;
}

/** One answer's votes: how many finished candidates give it, and the sum of their aggregate scores. */
export interface AnswerVote {
  answer: number;
  count: number;
  weight: number;
}

/** A strategy's choice over a set of candidates. */
export interface Selection {
  /** Null when no candidate can be picked (none scored, or, when voting, none states an answer). */
  pick: SearchPick | null;
  /** Votes of the finished candidates, in the order their answers first appear. */
  votes: AnswerVote[];
  /** Every candidate was rejected: the pick is then the rejected candidate with the best score so far. */
  allRejected: boolean;
}

/** What `search()` returns. */
export interface SearchResult extends Selection {
  strategy: SearchStrategy;
  /** Every candidate, by index (in beam search, every expansion). */
  candidates: CandidateResult[];
  /** Tokens generated, over all candidates. */
  tokensGenerated: number;
  /** Tokens early rejection saved, estimated: for each rejected candidate, the mean tokens of the finished ones minus its own (at least 0). */
  tokensSavedEstimate: number;
}
