import { describe, expect, it } from 'vitest';
import type { CandidateResult } from '../search/types.ts';
import { DEFAULT_EARLY_REJECTION, DEFAULT_NS, parseEarlyReject, parseNs, parseRankReject, rankRejection } from './search.ts';
import { parseSearchRecords } from './search-records.ts';
import { beamShape, SearchTally } from './search-tally.ts';

function candidate(index: number, answer: number | null, score: number, tokens: number, status: CandidateResult['status'] = 'finished'): CandidateResult {
  return { index, text: '', answer, score, stepScores: [score], tokens, generatedTokens: tokens, status, truncated: false };
}

describe('SearchTally', () => {
  it('scores every strategy at every n from the first n candidates of one run', () => {
    const tally = new SearchTally({ ns: [1, 2, 4], earlyReject: true, beam: false });
    // Problem 1 (answer 7): candidate 0 is wrong; 7 wins the count at n=4 but a confident 9 wins the weighted vote.
    tally.addCandidates([candidate(0, 9, 0.95, 10), candidate(1, 7, 0.3, 20), candidate(2, 7, 0.2, 30), candidate(3, 7, 0.1, 40)], 7, false);
    // With rejection: candidate 0 rejected, so n=1 has nothing to pick from but a rejected candidate.
    tally.addCandidates([candidate(0, null, 0.1, 3, 'rejected'), candidate(1, 7, 0.3, 20), candidate(2, 7, 0.2, 30), candidate(3, 9, 0.1, 40)], 7, true);
    tally.problemDone();
    // Problem 2 (answer 1): every candidate right.
    const right = [0, 1, 2, 3].map((i) => candidate(i, 1, 0.9, 5));
    tally.addCandidates(right, 1, false);
    tally.addCandidates(right, 1, true);
    tally.problemDone();
    const rows = tally.results();
    const row = (strategy: string, n: number, earlyReject: boolean) =>
      rows.find((r) => r.strategy === strategy && r.n === n && r.early_reject === earlyReject)!;
    expect(rows.length).toBe(1 + 2 * 3 * 3);
    expect(rows[0]).toEqual({ strategy: 'pass@1', n: 1, early_reject: false, accuracy: 0.5, tokens_generated: 15 });
    expect(row('majority', 4, false)).toMatchObject({ accuracy: 1, tokens_generated: 120 });
    expect(row('weighted-vote', 4, false).accuracy).toBe(0.5);
    expect(row('best-of-n', 4, false).accuracy).toBe(0.5);
    expect(row('majority', 2, false)).toMatchObject({ accuracy: 0.5, tokens_generated: 40 });
    expect(row('majority', 1, true)).toMatchObject({ accuracy: 0.5, tokens_generated: 8 });
    expect(row('best-of-n', 4, true)).toMatchObject({ accuracy: 1, tokens_generated: 113 });
    expect(rows.some((r) => r.strategy === 'beam')).toBe(false);
  });

  it('counts a rank-rejection run of exactly n candidates as the early-rejection row of that n', () => {
    const tally = new SearchTally({ ns: [1, 2], earlyReject: true, beam: false });
    tally.addRun([candidate(0, 4, 0.9, 10)], 4);
    tally.addRun([candidate(0, 4, 0.9, 12, 'rejected'), candidate(1, 5, 0.8, 20)], 4);
    tally.problemDone();
    const rows = tally.results().filter((r) => r.early_reject);
    expect(rows.filter((r) => r.n === 1).map((r) => [r.strategy, r.accuracy, r.tokens_generated])).toEqual([
      ['majority', 1, 10],
      ['best-of-n', 1, 10],
      ['weighted-vote', 1, 10],
    ]);
    expect(rows.filter((r) => r.n === 2).map((r) => [r.accuracy, r.tokens_generated])).toEqual([
      [0, 32],
      [0, 32],
      [0, 32],
    ]);
  });

  it('orders candidates by index and counts beam runs per n', () => {
    const tally = new SearchTally({ ns: [2], earlyReject: false, beam: true });
    tally.addCandidates([candidate(1, 3, 0.9, 4), candidate(0, 2, 0.1, 6)], 2, false);
    const pick = { candidate: 0, answer: 2, score: 0.5 };
    tally.addBeam(2, false, { strategy: 'beam', pick, votes: [], allRejected: false, candidates: [], tokensGenerated: 17, tokensSavedEstimate: 0 }, 2);
    tally.problemDone();
    expect(tally.results()).toEqual([
      { strategy: 'pass@1', n: 1, early_reject: false, accuracy: 1, tokens_generated: 6 },
      { strategy: 'majority', n: 2, early_reject: false, accuracy: 1, tokens_generated: 10 },
      { strategy: 'best-of-n', n: 2, early_reject: false, accuracy: 0, tokens_generated: 10 },
      { strategy: 'weighted-vote', n: 2, early_reject: false, accuracy: 0, tokens_generated: 10 },
      { strategy: 'beam', n: 2, early_reject: false, accuracy: 1, tokens_generated: 17 },
    ]);
    expect(() =>
      tally.addBeam(4, false, { strategy: 'beam', pick, votes: [], allRejected: false, candidates: [], tokensGenerated: 1, tokensSavedEstimate: 0 }, 2),
    ).toThrow(/No row for beam n=4/);
  });
});

describe('search command parsing', () => {
  it('beam shapes: width * expand = n, width at most expand', () => {
    expect([1, 2, 4, 8, 16, 6].map(beamShape)).toEqual([
      { width: 1, expand: 1 },
      { width: 1, expand: 2 },
      { width: 2, expand: 2 },
      { width: 2, expand: 4 },
      { width: 4, expand: 4 },
      { width: 2, expand: 3 },
    ]);
  });

  it('--n and --early-reject', () => {
    expect(parseNs(undefined)).toEqual(DEFAULT_NS);
    expect(parseNs('4,1,4,2')).toEqual([1, 2, 4]);
    expect(() => parseNs('1,x')).toThrow(/--n must be an integer from 1 to 16, got "x"/);
    expect(() => parseNs('0')).toThrow(/--n/);
    expect(parseEarlyReject(undefined)).toEqual(DEFAULT_EARLY_REJECTION);
    expect(parseEarlyReject('off')).toBeNull();
    expect(parseEarlyReject('0.3')).toEqual({ threshold: 0.3, minTokens: DEFAULT_EARLY_REJECTION.minTokens });
    expect(parseEarlyReject('0.3,0')).toEqual({ threshold: 0.3, minTokens: 0 });
    expect(() => parseEarlyReject('0.3,-1')).toThrow(/MIN_TOKENS/);
  });

  it('--rank-reject AT,KEEP_SHARE: the best ceil(n x share) of a run of n go on', () => {
    expect(parseRankReject(undefined)).toBeNull();
    const rank = parseRankReject('16,0.25')!;
    expect(rank).toEqual({ atTokens: 16, keepShare: 0.25 });
    expect([1, 2, 4, 8, 16].map((n) => rankRejection(rank, n).keep)).toEqual([1, 1, 1, 2, 4]);
    expect(rankRejection({ atTokens: 8, keepShare: 0.3 }, 10).keep).toBe(3);
    expect(() => parseRankReject('16')).toThrow(/AT_TOKENS,KEEP_SHARE/);
    expect(() => parseRankReject('16,1.5')).toThrow(/at most 1/);
    expect(() => parseRankReject('0,0.5')).toThrow(/--rank-reject AT_TOKENS must be an integer from 1/);
  });

  it('records need a problem and an integer answer; the error names the line', () => {
    expect(parseSearchRecords('{"problem": "p", "answer": -3, "steps": []}\n\n{"problem": "q", "answer": 0}\n')).toEqual([
      { problem: 'p', answer: -3 },
      { problem: 'q', answer: 0 },
    ]);
    expect(() => parseSearchRecords('{"problem": "p", "answer": 1}\n{"problem": "p", "answer": 1.5}')).toThrow(
      /^Line 2 .*"answer" must be an integer, got 1.5/,
    );
    expect(() => parseSearchRecords('{"problem": "p"}')).toThrow(/Line 1 .*got nothing/);
    expect(() => parseSearchRecords('{"answer": 2}')).toThrow(/Line 1 .*"problem"/);
    expect(() => parseSearchRecords('[1]')).toThrow(/Line 1 .*not a JSON object/);
  });
});
