/**
 * Picking among candidates: pure functions over candidate results, so one run of N candidates can be evaluated under
 * every strategy and for every prefix n' <= N (`candidates.slice(0, n')`). Only `finished` candidates count; rejected,
 * pruned and extended ones are skipped.
 */
import type { AnswerVote, CandidateResult, SearchPick, SearchStrategy, Selection } from './types.ts';

/** What selection reads of a candidate. */
export type SelectableCandidate = Pick<CandidateResult, 'index' | 'answer' | 'score' | 'status'>;

const finished = (candidates: readonly SelectableCandidate[]) => candidates.filter((c) => c.status === 'finished');

const pickOf = (c: SelectableCandidate): SearchPick => ({ candidate: c.index, answer: c.answer, score: c.score });

/** The candidate with the highest score among `candidates` (all of them, whatever their status); ties: the first. */
function best(candidates: readonly SelectableCandidate[]): SelectableCandidate | null {
  let top: SelectableCandidate | null = null;
  for (const c of candidates) {
    if (c.score !== null && (top === null || c.score > top.score!)) top = c;
  }
  return top;
}

/** Votes of the finished candidates that state an answer, in the order answers first appear. */
export function tallyVotes(candidates: readonly SelectableCandidate[]): AnswerVote[] {
  const votes = new Map<number, AnswerVote>();
  for (const c of finished(candidates)) {
    if (c.answer === null) continue;
    const vote = votes.get(c.answer) ?? { answer: c.answer, count: 0, weight: 0 };
    vote.count++;
    vote.weight += c.score ?? 0;
    votes.set(c.answer, vote);
  }
  return [...votes.values()];
}

/** Best-of-N: the finished candidate with the highest aggregate score (ties: the first); null when none is scored. */
export function pickBestOfN(candidates: readonly SelectableCandidate[]): SearchPick | null {
  const top = best(finished(candidates));
  return top === null ? null : pickOf(top);
}

/** The winning vote by `key` (ties: the answer seen first), and its representative chosen by `represent`. */
function vote(
  candidates: readonly SelectableCandidate[],
  key: (vote: AnswerVote) => number,
  represent: (voters: SelectableCandidate[]) => SelectableCandidate,
): SearchPick | null {
  let winner: AnswerVote | null = null;
  for (const v of tallyVotes(candidates)) if (winner === null || key(v) > key(winner)) winner = v;
  if (winner === null) return null;
  const answer = winner.answer;
  return pickOf(represent(finished(candidates).filter((c) => c.answer === answer)));
}

/**
 * Weighted vote: the answer whose finished candidates' aggregate scores sum highest (ties: the answer seen first),
 * represented by its best-scoring candidate; null when no finished candidate states an answer.
 */
export function weightedVote(candidates: readonly SelectableCandidate[]): SearchPick | null {
  return vote(
    candidates,
    (v) => v.weight,
    (voters) => best(voters) ?? voters[0]!,
  );
}

/**
 * Majority vote: the answer most finished candidates give (ties: the answer seen first), represented by its first
 * candidate; null when no finished candidate states an answer. Scores play no part.
 */
export function majorityVote(candidates: readonly SelectableCandidate[]): SearchPick | null {
  return vote(
    candidates,
    (v) => v.count,
    (voters) => voters[0]!,
  );
}

/**
 * What `strategy` picks among `candidates` (beam search picks as best-of-N among its final beams), with the votes.
 * When every candidate was rejected, the pick is the rejected one with the best score so far (`allRejected`).
 */
export function selectCandidates(strategy: SearchStrategy, candidates: readonly SelectableCandidate[]): Selection {
  const votes = tallyVotes(candidates);
  const allRejected = candidates.length > 0 && candidates.every((c) => c.status === 'rejected');
  if (allRejected) {
    const top = best(candidates);
    return { pick: top === null ? null : pickOf(top), votes, allRejected };
  }
  const pick = strategy === 'weighted-vote' ? weightedVote(candidates) : strategy === 'majority' ? majorityVote(candidates) : pickBestOfN(candidates);
  return { pick, votes, allRejected };
}

/**
 * Tokens early rejection saved, estimated: for each rejected candidate, the mean `tokens` of the finished candidates
 * minus its own, at least 0 (0 when none finished).
 */
export function estimateTokensSaved(candidates: readonly Pick<CandidateResult, 'status' | 'tokens'>[]): number {
  const done = candidates.filter((c) => c.status === 'finished');
  if (done.length === 0) return 0;
  const mean = done.reduce((sum, c) => sum + c.tokens, 0) / done.length;
  return candidates.filter((c) => c.status === 'rejected').reduce((sum, c) => sum + Math.max(0, mean - c.tokens), 0);
}
