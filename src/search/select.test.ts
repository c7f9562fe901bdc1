import { describe, expect, it } from 'vitest';
import { estimateTokensSaved, majorityVote, pickBestOfN, type SelectableCandidate, selectCandidates, tallyVotes, weightedVote } from './select.ts';

const c = (index: number, answer: number | null, score: number | null, status: SelectableCandidate['status'] = 'finished') => ({
  index,
  answer,
  score,
  status,
});

/** Three wrong candidates agreeing on 21 with low scores, two right ones on 20 with high scores. */
const wrongMajority = [c(0, 21, 0.01), c(1, 20, 0.95), c(2, 21, 0.02), c(3, 21, 0.0), c(4, 20, 0.9)];

describe('selection', () => {
  it('best-of-N picks the highest score; ties go to the first; unscored and unfinished candidates are skipped', () => {
    expect(pickBestOfN(wrongMajority)).toEqual({ candidate: 1, answer: 20, score: 0.95 });
    expect(pickBestOfN([c(0, 1, 0.5), c(1, 2, 0.5)])?.candidate).toBe(0);
    expect(pickBestOfN([c(0, 1, null), c(1, 2, 0.1), c(2, 3, 0.9, 'rejected'), c(3, 4, 0.8, 'pruned')])?.candidate).toBe(1);
    expect(pickBestOfN([c(0, 1, null)])).toBeNull();
    expect(pickBestOfN([])).toBeNull();
  });

  it('weighted vote beats a wrong majority; majority vote does not', () => {
    expect(majorityVote(wrongMajority)).toEqual({ candidate: 0, answer: 21, score: 0.01 });
    expect(weightedVote(wrongMajority)).toEqual({ candidate: 1, answer: 20, score: 0.95 });
  });

  it('votes sum scores per answer in first-seen order; candidates without an answer or not finished do not vote', () => {
    const votes = tallyVotes([...wrongMajority, c(5, null, 1), c(6, 20, 1, 'rejected')]);
    expect(votes.map((v) => [v.answer, v.count])).toEqual([
      [21, 3],
      [20, 2],
    ]);
    expect(votes[0]!.weight).toBeCloseTo(0.03, 10);
    expect(votes[1]!.weight).toBeCloseTo(1.85, 10);
  });

  it('ties: majority to the answer seen first; weighted to the answer seen first, represented by its best candidate', () => {
    const tied = [c(0, 7, 0.25), c(1, 8, 0.5), c(2, 8, 0.25), c(3, 7, 0.5)];
    expect(majorityVote(tied)).toEqual({ candidate: 0, answer: 7, score: 0.25 });
    expect(weightedVote(tied)).toEqual({ candidate: 3, answer: 7, score: 0.5 });
  });

  it('voting picks nothing when no finished candidate states an answer', () => {
    expect(majorityVote([c(0, null, 0.9)])).toBeNull();
    expect(weightedVote([c(0, null, 0.9), c(1, 3, 0.9, 'rejected')])).toBeNull();
  });

  it('evaluates every strategy on any prefix of one run', () => {
    expect(selectCandidates('majority', wrongMajority.slice(0, 2)).pick?.answer).toBe(21);
    expect(selectCandidates('weighted-vote', wrongMajority.slice(0, 2)).pick?.answer).toBe(20);
    expect(selectCandidates('best-of-n', wrongMajority.slice(0, 1)).pick?.candidate).toBe(0);
    expect(selectCandidates('beam', wrongMajority).pick?.candidate).toBe(1);
  });

  it('when every candidate was rejected, picks the best score so far and says so', () => {
    const rejected = [c(0, null, 0.1, 'rejected'), c(1, null, 0.3, 'rejected'), c(2, null, null, 'rejected')];
    for (const strategy of ['best-of-n', 'weighted-vote', 'majority'] as const) {
      expect(selectCandidates(strategy, rejected)).toEqual({ pick: { candidate: 1, answer: null, score: 0.3 }, votes: [], allRejected: true });
    }
    expect(selectCandidates('best-of-n', [...rejected, c(3, 5, 0.05)])).toMatchObject({ pick: { candidate: 3 }, allRejected: false });
    expect(selectCandidates('best-of-n', [])).toEqual({ pick: null, votes: [], allRejected: false });
  });

  it('estimates the tokens early rejection saved against the mean finished length, floored at 0', () => {
    const runs = [
      { status: 'finished' as const, tokens: 60 },
      { status: 'finished' as const, tokens: 40 },
      { status: 'rejected' as const, tokens: 20 },
      { status: 'rejected' as const, tokens: 70 },
    ];
    expect(estimateTokensSaved(runs)).toBe(30);
    expect(estimateTokensSaved(runs.filter((r) => r.status === 'rejected'))).toBe(0);
  });
});
