/** search() on the built-in PRM, loaded in this thread, with hand-written tiny-arith solutions replayed as the LLM. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorer } from '../api.ts';
import { SearchCancelledError } from '../errors.ts';
import { loadPrm } from '../model.ts';
import { MODEL_DIR } from '../testing/fixtures.ts';
import { PROBLEM, recordingGenerator, SOLUTIONS, watchedScorer } from '../testing/search.ts';
import { replayGenerator, replayPieces, type TextGenerator } from './generator.ts';
import { search } from './search.ts';
import { selectCandidates } from './select.ts';
import type { SearchEvent } from './types.ts';

let model: Scorer;

beforeAll(async () => {
  model = await loadPrm({ kind: 'dir', path: MODEL_DIR }, { variant: 'fp32', backend: 'wasm' });
});

afterAll(async () => {
  await model.dispose();
});

const { right, rightTerse, wrongFirst, wrongFirstTerse, wrongFirstWordy, wrongSecond, wrongAnswer } = SOLUTIONS;

describe('best-of-N', () => {
  it('picks a right solution, scoring every candidate live in its own session', async () => {
    const watched = watchedScorer(model);
    const solutions = [wrongFirst, right, wrongSecond, wrongAnswer];
    const { generator, calls } = recordingGenerator(replayGenerator(solutions));
    const events: SearchEvent[] = [];
    const result = await search(watched.scorer, generator, PROBLEM, { strategy: 'best-of-n', n: 4, onEvent: (e) => events.push(e) });

    expect(result.pick).toMatchObject({ candidate: 1, answer: 20 });
    expect(result.pick!.score).toBeGreaterThan(0.9);
    expect(result.candidates.map((c) => c.text)).toEqual(solutions);
    expect(result.candidates.map((c) => c.answer)).toEqual([21, 20, 19, 22]);
    expect(result.candidates.every((c) => c.status === 'finished' && c.stepScores.length === 5 && !c.truncated)).toBe(true);
    for (const c of result.candidates.filter((c) => c.index !== 1)) expect(c.score!).toBeLessThan(0.5);
    expect(calls.map((c) => c.request.seed)).toEqual([0, 1, 2, 3]);
    expect(result.tokensGenerated).toBe(solutions.reduce((sum, s) => sum + replayPieces(s).length, 0));
    expect(result.tokensSavedEstimate).toBe(0);
    expect(watched.opened()).toBe(4);
    expect(watched.open.size).toBe(0);

    // Concurrent and live: partial rewards of every candidate arrive before the first candidate finishes.
    const firstFinished = events.findIndex((e) => e.type === 'finished');
    const earlyPartials = new Set(events.slice(0, firstFinished).flatMap((e) => (e.type === 'partial' ? [e.candidate] : [])));
    expect([...earlyPartials].sort()).toEqual([0, 1, 2, 3]);
    const steps = events.filter((e) => e.type === 'step' && e.candidate === 0);
    expect(steps.map((e) => (e.type === 'step' ? e.step : -1))).toEqual([0, 1, 2, 3, 4]);
    expect(events.filter((e) => e.type === 'finished')).toHaveLength(4);
  });

  it('repeats by seed, and cuts candidates at maxTokens', async () => {
    const solutions = [wrongFirst, right, wrongSecond];
    const result = await search(model, replayGenerator(solutions), PROBLEM, { strategy: 'best-of-n', n: 2, seed: 1, maxTokens: 12 });
    expect(result.candidates.map((c) => c.text)).toEqual(
      [solutions[1]!, solutions[2]!].map((s) =>
        replayPieces(s)
          .slice(0, 12)
          .map((p) => p.text)
          .join(''),
      ),
    );
    expect(result.candidates.every((c) => c.truncated && c.answer === null && c.tokens === 12)).toBe(true);
    expect(result.tokensGenerated).toBe(24);
  });
});

describe('voting', () => {
  const solutions = [wrongFirst, right, wrongFirstTerse, wrongFirstWordy, rightTerse];

  it('weighted vote beats a wrong majority when the PRM scores the wrong solutions low', async () => {
    const weighted = await search(model, replayGenerator(solutions), PROBLEM, { strategy: 'weighted-vote', n: 5 });
    expect(weighted.pick?.answer).toBe(20);
    expect(weighted.votes.map((v) => [v.answer, v.count])).toEqual([
      [21, 3],
      [20, 2],
    ]);
    expect(weighted.votes[1]!.weight).toBeGreaterThan(weighted.votes[0]!.weight);

    const majority = await search(model, replayGenerator(solutions), PROBLEM, { strategy: 'majority', n: 5 });
    expect(majority.pick?.answer).toBe(21);
    // One run, every strategy, every prefix: the first two candidates tie 1-1; weighted vote takes the right one.
    expect(selectCandidates('majority', weighted.candidates).pick?.answer).toBe(21);
    expect(selectCandidates('weighted-vote', weighted.candidates.slice(0, 2)).pick?.answer).toBe(20);
    expect(selectCandidates('best-of-n', weighted.candidates.slice(0, 1)).pick?.answer).toBe(21);
  });
});

describe('early rejection', () => {
  it('stops a wrong candidate soon after its wrong token: its generator sees the abort and stops yielding', async () => {
    const watched = watchedScorer(model);
    const { generator, calls } = recordingGenerator(replayGenerator([wrongFirst, right]));
    const events: SearchEvent[] = [];
    const result = await search(watched.scorer, generator, PROBLEM, {
      strategy: 'weighted-vote',
      n: 2,
      earlyReject: { minTokens: 4, threshold: 0.5 },
      lagTokens: 4,
      onEvent: (e) => events.push(e),
    });

    const [wrong, good] = result.candidates;
    expect(wrong).toMatchObject({ status: 'rejected', rejection: 'open-step', answer: null });
    expect(wrong!.score!).toBeLessThan(0.5);
    expect(calls[0]!.request.signal.aborted).toBe(true);
    expect(calls[0]!.yielded).toBeLessThan(replayPieces(wrongFirst).length);
    // Stopped within its second step, long before its end.
    expect(wrong!.text).toContain('= 18');
    expect(wrong!.text).not.toContain('Next');
    expect(wrong!.tokens).toBe(calls[0]!.yielded);
    expect(events).toContainEqual(expect.objectContaining({ type: 'rejected', candidate: 0, reason: 'open-step' }));

    expect(good).toMatchObject({ status: 'finished', answer: 20 });
    expect(calls[1]!.yielded).toBe(replayPieces(right).length);
    expect(result.pick?.answer).toBe(20);
    expect(result.votes).toEqual([expect.objectContaining({ answer: 20, count: 1 })]);
    expect(result.tokensSavedEstimate).toBe(good!.tokens - wrong!.tokens);
    expect(result.tokensSavedEstimate).toBeGreaterThan(30);
    expect(watched.open.size).toBe(0);
  });

  it('waits for minTokens, and rejects nothing above the threshold', async () => {
    const late = await search(model, replayGenerator([wrongFirst]), PROBLEM, {
      strategy: 'best-of-n',
      n: 1,
      earlyReject: { minTokens: 40, threshold: 0.5 },
      lagTokens: 4,
    });
    expect(late.candidates[0]).toMatchObject({ status: 'rejected' });
    expect(late.candidates[0]!.tokens).toBeGreaterThanOrEqual(40);
    const none = await search(model, replayGenerator([right, rightTerse]), PROBLEM, {
      strategy: 'best-of-n',
      n: 2,
      earlyReject: { minTokens: 1, threshold: 0.5 },
      lagTokens: 4,
    });
    expect(none.candidates.map((c) => c.status)).toEqual(['finished', 'finished']);
  });

  it('when every candidate is rejected, picks the best so far and says so', async () => {
    const result = await search(model, replayGenerator([wrongFirst, wrongSecond]), PROBLEM, {
      strategy: 'majority',
      n: 2,
      earlyReject: { minTokens: 1, threshold: 0.5 },
      lagTokens: 4,
    });
    expect(result.candidates.map((c) => c.status)).toEqual(['rejected', 'rejected']);
    expect(result.allRejected).toBe(true);
    expect(result.votes).toEqual([]);
    expect(result.pick).not.toBeNull();
    const best = Math.max(...result.candidates.map((c) => c.score ?? Number.NEGATIVE_INFINITY));
    expect(result.pick!.score).toBe(best);
  });
});

describe('rank rejection', () => {
  it("at the checkpoint only the best `keep` go on: the others' generators stop there", async () => {
    const { generator, calls } = recordingGenerator(replayGenerator([wrongFirst, right, wrongSecond, rightTerse]));
    const events: SearchEvent[] = [];
    const result = await search(model, generator, PROBLEM, {
      strategy: 'best-of-n',
      n: 4,
      rankReject: { atTokens: 12, keep: 3 },
      lagTokens: 1,
      onEvent: (e) => events.push(e),
    });

    const [wrong, ...others] = result.candidates;
    // Its first step's slip ("12 + 5 = 18") ranks it last at 12 tokens; the second step's slip of wrongSecond comes later.
    expect(wrong).toMatchObject({ status: 'rejected', rejection: 'rank', answer: null, generatedTokens: 12 });
    expect(calls[0]!.request.signal.aborted).toBe(true);
    expect(calls[0]!.yielded).toBeLessThan(replayPieces(wrongFirst).length);
    expect(events).toContainEqual(expect.objectContaining({ type: 'rejected', candidate: 0, reason: 'rank', tokens: 12 }));
    expect(others.map((c) => c.status)).toEqual(['finished', 'finished', 'finished']);
    expect(others.map((c) => c.answer)).toEqual([20, 19, 20]);
    expect(result.pick?.answer).toBe(20);
    expect(result.tokensGenerated).toBe(12 + [right, wrongSecond, rightTerse].reduce((sum, s) => sum + replayPieces(s).length, 0));
  });
});

describe('cancelling and failures', () => {
  it('cancelling aborts every generator, closes every session and rejects with search-cancelled', async () => {
    const watched = watchedScorer(model);
    const solutions = [right, wrongFirst, wrongSecond];
    const { generator, calls } = recordingGenerator(replayGenerator(solutions, { delayMs: 20 }));
    const controller = new AbortController();
    const events: SearchEvent[] = [];
    const running = search(watched.scorer, generator, PROBLEM, {
      strategy: 'best-of-n',
      n: 3,
      signal: controller.signal,
      onEvent: (e) => {
        events.push(e);
        if (e.type === 'partial') controller.abort();
      },
    });
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchCancelledError);
    expect((error as SearchCancelledError).code).toBe('search-cancelled');
    expect(watched.opened()).toBe(3);
    expect(watched.open.size).toBe(0);
    expect(calls).toHaveLength(3);
    for (const [i, call] of calls.entries()) {
      expect(call.request.signal.aborted).toBe(true);
      expect(call.yielded).toBeLessThan(replayPieces(solutions[i]!).length);
    }
    const afterCancel = events.findIndex((e) => e.type === 'partial') + 1;
    expect(events.slice(afterCancel)).toEqual([]);
  });

  it('an already aborted signal opens nothing', async () => {
    const watched = watchedScorer(model);
    const search2 = search(watched.scorer, replayGenerator([right]), PROBLEM, { strategy: 'best-of-n', n: 2, signal: AbortSignal.abort() });
    await expect(search2).rejects.toBeInstanceOf(SearchCancelledError);
    expect(watched.opened()).toBe(0);
  });

  it('a failing generator fails the search with its error, after stopping the others and closing every session', async () => {
    const watched = watchedScorer(model);
    const replay = replayGenerator([right], { delayMs: 5 });
    const failing: TextGenerator = {
      async *generate(request) {
        let n = 0;
        for await (const piece of replay.generate(request)) {
          if (request.seed === 1 && ++n > 3) throw new Error('the LLM went away');
          yield piece;
        }
      },
    };
    await expect(search(watched.scorer, failing, PROBLEM, { strategy: 'best-of-n', n: 3 })).rejects.toThrow('the LLM went away');
    expect(watched.opened()).toBe(3);
    expect(watched.open.size).toBe(0);
  });
});
