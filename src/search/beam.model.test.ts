/** Step-level beam search on the built-in PRM, with hand-written tiny-arith solutions replayed as the LLM. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorer } from '../api.ts';
import { loadPrm } from '../model.ts';
import { MODEL_DIR } from '../testing/fixtures.ts';
import { PROBLEM, recordingGenerator, SOLUTIONS, watchedScorer } from '../testing/search.ts';
import { replayGenerator } from './generator.ts';
import { search } from './search.ts';
import type { CandidateResult, SearchEvent } from './types.ts';

let model: Scorer;

beforeAll(async () => {
  model = await loadPrm({ kind: 'dir', path: MODEL_DIR }, { variant: 'fp32', backend: 'wasm' });
});

afterAll(async () => {
  await model.dispose();
});

/** Candidates grouped by the step they grew: children of the empty solution first. */
function rounds(candidates: readonly CandidateResult[]): CandidateResult[][] {
  const depth = new Map<number, number>();
  const out: CandidateResult[][] = [];
  for (const c of candidates) {
    const d = c.parent === undefined ? 0 : depth.get(c.parent)! + 1;
    depth.set(c.index, d);
    out[d] = [...(out[d] ?? []), c];
  }
  return out;
}

describe('beam search', () => {
  // Two right solutions, one wrong from step 2 (sharing step 1 with the first), one wrong from step 1.
  const solutions = [SOLUTIONS.right, SOLUTIONS.wrongSecond, SOLUTIONS.wrongFirst, SOLUTIONS.rightTerse];

  it('keeps the best `width` beams per step, each grown `expand` times, and picks a right solution', async () => {
    const watched = watchedScorer(model);
    const { generator, calls } = recordingGenerator(replayGenerator(solutions));
    const events: SearchEvent[] = [];
    const result = await search(watched.scorer, generator, PROBLEM, {
      strategy: 'beam',
      n: 4,
      beam: { width: 2, expand: 2 },
      onEvent: (e) => events.push(e),
    });
    const { candidates } = result;

    expect(result.pick?.answer).toBe(20);
    expect(result.pick!.score).toBeGreaterThan(0.9);
    const byRound = rounds(candidates);
    expect(byRound).toHaveLength(5); // one step per round; the solutions have five
    expect(byRound[0]).toHaveLength(4);
    for (const [r, round] of byRound.entries()) {
      const parents = new Set(round.map((c) => c.parent));
      if (r > 0) {
        expect(parents.size).toBe(2); // width
        for (const parent of parents) expect(round.filter((c) => c.parent === parent)).toHaveLength(2); // expand
      }
      // Kept after this round: grown further, or final.
      const kept = round.filter((c) => c.status === 'extended' || c.status === 'finished');
      expect(kept).toHaveLength(2);
      expect(round.filter((c) => c.status === 'pruned')).toHaveLength(round.length - 2);
      for (const c of round) {
        expect(c.stepScores).toHaveLength(r + 1);
        if (c.parent !== undefined) expect(c.text.startsWith(candidates[c.parent]!.text)).toBe(true);
      }
    }
    // The wrong first step and the wrong second step never survive their step.
    const survivors = candidates.filter((c) => c.status !== 'pruned');
    expect(survivors.some((c) => c.text.includes('= 18') || c.text.includes('= 13'))).toBe(false);
    expect(candidates.filter((c) => c.text.includes('= 18')).length).toBeGreaterThan(0);
    expect(candidates.filter((c) => c.text.includes('17 - 3 = 13')).length).toBeGreaterThan(0);

    const finals = candidates.filter((c) => c.status === 'finished');
    expect(finals).toHaveLength(2);
    expect(finals.every((c) => c.answer === 20 && !c.truncated)).toBe(true);
    expect(candidates.filter((c) => c.status === 'extended').every((c) => c.text.endsWith('\n\n'))).toBe(true);

    // Events: a start per candidate (with its parent), a prune per pruned one, steps only for each candidate's new step.
    const started = events.filter((e) => e.type === 'started');
    expect(started).toHaveLength(candidates.length);
    for (const e of started) if (e.type === 'started') expect(e.parent).toBe(candidates[e.candidate]!.parent);
    const pruned = events.flatMap((e) => (e.type === 'pruned' ? [e.candidate] : []));
    expect(pruned.sort((a, b) => a - b)).toEqual(candidates.filter((c) => c.status === 'pruned').map((c) => c.index));
    for (const [r, round] of byRound.entries()) {
      for (const c of round) {
        const steps = events.flatMap((e) => (e.type === 'step' && e.candidate === c.index ? [e.step] : []));
        expect(steps).toEqual([r]);
      }
    }
    // Each expansion continued its parent's text, and its generator was stopped right after the step's blank line.
    expect(calls).toHaveLength(candidates.length);
    for (const [i, call] of calls.entries()) {
      const c = candidates[i]!;
      const prefix = c.parent === undefined ? '' : candidates[c.parent]!.text;
      expect(call.request.prefix).toBe(prefix);
      expect(call.text.startsWith(c.text.slice(prefix.length))).toBe(true);
      expect(call.text).toMatch(/^[^\n]+(\n\n\S*)?$/);
    }
    expect(result.tokensGenerated).toBe(candidates.reduce((sum, c) => sum + c.generatedTokens, 0));
    expect(watched.open.size).toBe(0);
  });

  it('stops at maxSteps, keeping the open beams as truncated', async () => {
    const events: SearchEvent[] = [];
    const result = await search(model, replayGenerator(solutions), PROBLEM, {
      strategy: 'beam',
      n: 4,
      beam: { width: 2, expand: 2, maxSteps: 2 },
      onEvent: (e) => events.push(e),
    });
    const finals = result.candidates.filter((c) => c.status === 'finished');
    expect(finals).toHaveLength(2);
    for (const c of finals) {
      expect(c).toMatchObject({ truncated: true, answer: null });
      expect(c.stepScores).toHaveLength(2);
      expect(events).toContainEqual(expect.objectContaining({ type: 'finished', candidate: c.index }));
    }
    expect(result.pick?.candidate).toBe(finals.sort((a, b) => b.score! - a.score!)[0]!.index);
  });
});
