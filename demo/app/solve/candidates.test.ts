/** The search panel's candidate state: folded from search events, drawn as scored steps. */
import { describe, expect, it } from 'vitest';
import type { ModelInfo, SearchResult } from '../../../src/index.ts';
import { CandidateBoard, candidateView } from './candidates.ts';
import { parseProblems } from '../../lib/problems.ts';

const info = {
  threshold: 0.5,
  thresholdRule: 'below',
  scoreRange: [0, 1],
  stepRules: { stepSplit: '\n\n' },
  partialRewards: true,
} as unknown as ModelInfo;

describe('CandidateBoard', () => {
  it('folds text, partial and step scores, and a rejection at the text it had', () => {
    const board = new CandidateBoard();
    board.apply({ type: 'started', candidate: 0, seed: 0 });
    board.apply({ type: 'text', candidate: 0, text: '7 + 3 = 10.\n\n', tokens: 6 });
    board.apply({ type: 'step', candidate: 0, step: 0, score: 0.9 });
    board.apply({ type: 'text', candidate: 0, text: '10 * 2 = 30', tokens: 5 });
    board.apply({ type: 'partial', candidate: 0, step: 1, token: 9, score: 0.1 });
    board.apply({ type: 'rejected', candidate: 0, tokens: 11, score: 0.1, reason: 'open-step' });
    board.apply({ type: 'text', candidate: 0, text: ' late', tokens: 1 });
    const c = board.candidates.get(0)!;
    expect(c).toMatchObject({ status: 'rejected', text: '7 + 3 = 10.\n\n10 * 2 = 30', tokens: 11, cut: { tokens: 11, reason: 'open-step' } });
    expect(board.tokens).toBe(11);
    expect([...board.dirty]).toEqual([0]);

    const view = candidateView(c, info, 0.5);
    expect(view.steps).toEqual([{ stepIndex: 0, score: 0.9, start: 0, end: 1 }]);
    expect(view.tokens.filter((t) => !t.isSeparator).map((t) => [t.text, t.partialReward])).toEqual([
      ['7 + 3 = 10.', 0.9],
      ['10 * 2 = 30', 0.1],
    ]);
    expect(view.ended).toBe(false);
  });

  it('a beam child continues its parent (prefix and its step scores), which becomes extended; the result marks the pick', () => {
    const board = new CandidateBoard();
    board.apply({ type: 'started', candidate: 0, seed: 0 });
    board.apply({ type: 'text', candidate: 0, text: 'Step one.\n\n', tokens: 3 });
    board.apply({ type: 'step', candidate: 0, step: 0, score: 0.8 });
    board.apply({ type: 'started', candidate: 1, parent: 0, seed: 1 });
    board.apply({ type: 'text', candidate: 1, text: 'Answer: 4', tokens: 3 });
    expect(board.candidates.get(0)!.status).toBe('extended');
    const child = board.candidates.get(1)!;
    expect(child.prefix).toBe('Step one.\n\n');
    expect(child.stepScores.get(0)).toBe(0.8);
    const result = {
      strategy: 'beam',
      pick: { candidate: 1, answer: 4, score: 0.7 },
      votes: [{ answer: 4, count: 1, weight: 0.7 }],
      allRejected: false,
      candidates: [
        { index: 0, text: 'Step one.\n\n', answer: null, score: 0.8, stepScores: [0.8], tokens: 3, generatedTokens: 3, status: 'extended', truncated: false },
        {
          index: 1,
          parent: 0,
          text: 'Step one.\n\nAnswer: 4',
          answer: 4,
          score: 0.7,
          stepScores: [0.8, 0.7],
          tokens: 6,
          generatedTokens: 3,
          status: 'finished',
          truncated: false,
        },
      ],
      tokensGenerated: 6,
      tokensSavedEstimate: 0,
    } satisfies SearchResult;
    board.finish(result);
    expect(board.candidates.get(1)).toMatchObject({ picked: true, answer: 4, status: 'finished' });
    const view = candidateView(board.candidates.get(1)!, info, 0.5);
    expect(view.steps.map((s) => s.score)).toEqual([0.8, 0.7]);
    expect(view.ended).toBe(true);
  });
});

describe('parseProblems', () => {
  it('keeps distinct problems with a numeric answer, skipping damaged lines', () => {
    const jsonl = [
      JSON.stringify({ problem: 'A has 3. How many?', answer: 3, steps: [] }),
      'not json',
      JSON.stringify({ problem: 'A has 3. How many?', answer: 3 }),
      JSON.stringify({ problem: 'No answer here.' }),
      JSON.stringify({ problem: 'B has 5. How many?', answer: 5 }),
    ].join('\n');
    expect(parseProblems(jsonl, 10)).toEqual([
      { problem: 'A has 3. How many?', answer: 3 },
      { problem: 'B has 5. How many?', answer: 5 },
    ]);
    expect(parseProblems(jsonl, 1)).toHaveLength(1);
  });
});
