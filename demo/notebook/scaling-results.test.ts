/** Test-time scaling results: the `steplight search` file format, plot series, and the in-browser tally. */
import { describe, expect, it } from 'vitest';
import type { CandidateResult } from '../../src/index.ts';
import { measuredNs, parseScalingResults, ScalingTally, scalingSeries } from './scaling-results.ts';

const file = {
  n_problems: 2,
  results: [
    { strategy: 'pass@1', n: 1, early_reject: false, accuracy: 0.5, tokens_generated: 60 },
    { strategy: 'majority', n: 4, early_reject: false, accuracy: 1, tokens_generated: 240 },
    { strategy: 'majority', n: 2, early_reject: false, accuracy: 0.5, tokens_generated: 120 },
    { strategy: 'majority', n: 2, early_reject: true, accuracy: 0.5, tokens_generated: 80 },
  ],
};

describe('parseScalingResults', () => {
  it('reads a results file and groups its rows into series by strategy and early rejection, ordered by n', () => {
    const series = scalingSeries(parseScalingResults(JSON.stringify(file)));
    expect(series.map((s) => s.label)).toEqual(['pass@1', 'majority', 'majority + early rejection']);
    expect(series[1]!.points).toEqual([
      { n: 2, accuracy: 0.5, tokensPerProblem: 60 },
      { n: 4, accuracy: 1, tokensPerProblem: 120 },
    ]);
  });

  it('refuses what is not a results file, naming the problem', () => {
    expect(() => parseScalingResults('<!doctype html><html>')).toThrow('not JSON');
    expect(() => parseScalingResults('{"results": []}')).toThrow('n_problems');
    const badRow = { ...file, results: [{ ...file.results[0], strategy: 'greedy' }] };
    expect(() => parseScalingResults(JSON.stringify(badRow))).toThrow('results[0].strategy');
    const badAccuracy = { ...file, results: [{ ...file.results[0], accuracy: 2 }] };
    expect(() => parseScalingResults(JSON.stringify(badAccuracy))).toThrow('accuracy');
  });
});

function candidate(index: number, answer: number | null, score: number, tokens: number, status: CandidateResult['status'] = 'finished'): CandidateResult {
  return { index, text: '', answer, score, stepScores: [score], tokens, generatedTokens: tokens, status, truncated: false };
}

describe('ScalingTally', () => {
  it('counts pass@1 and each voting strategy at every n from the first n candidates, summing tokens', () => {
    const tally = new ScalingTally(measuredNs(3));
    expect(measuredNs(3)).toEqual([1, 2, 3]);
    // Candidate 0 is wrong; 1 and 2 agree on the right answer 7, 2 scoring highest.
    tally.add([candidate(0, 5, 0.6, 10), candidate(1, 7, 0.5, 12), candidate(2, 7, 0.9, 8)], 7, false);
    tally.add([candidate(0, 5, 0.1, 4, 'rejected'), candidate(1, 7, 0.5, 12), candidate(2, 7, 0.9, 8)], 7, true);
    tally.problemDone();
    const rows = tally.results()!.results;
    const row = (strategy: string, n: number, earlyReject: boolean) => rows.find((r) => r.strategy === strategy && r.n === n && r.early_reject === earlyReject);
    expect(row('pass@1', 1, false)).toMatchObject({ accuracy: 0, tokens_generated: 10 });
    expect(row('best-of-n', 2, false)).toMatchObject({ accuracy: 0, tokens_generated: 22 });
    expect(row('best-of-n', 3, false)).toMatchObject({ accuracy: 1, tokens_generated: 30 });
    expect(row('majority', 3, false)).toMatchObject({ accuracy: 1 });
    expect(row('best-of-n', 2, true)).toMatchObject({ accuracy: 1, tokens_generated: 16 });
    expect(row('pass@1', 1, true)).toBeUndefined();
    expect(tally.results()!.n_problems).toBe(1);
  });
});
