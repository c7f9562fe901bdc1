import { describe, expect, it } from 'vitest';
import { InternalError } from './errors.ts';
import { applySessionDelta, emptySessionState, SessionDeltaWriter, SessionStateReader, sessionDelta } from './session-delta.ts';
import type { SessionState, StepScore } from './types.ts';
import { token } from './testing/session-states.ts';

/** A state of `rewards.length` tokens; a step ends at each index in `stepEnds` (exclusive). */
function state(text: string, rewards: number[], stepEnds: number[] = [], ended = false): SessionState {
  const steps: StepScore[] = stepEnds.map((end, stepIndex) => ({ stepIndex, score: rewards[end - 1]!, start: stepEnds[stepIndex - 1] ?? 0, end }));
  const tokens = rewards.map((reward, i) => token(i, stepEnds.filter((end) => end <= i).length, reward, stepEnds.includes(i + 1)));
  return {
    text,
    tokens,
    steps,
    firstError: null,
    aggregate: steps.length > 0 ? Math.min(...steps.map((s) => s.score)) : null,
    ended,
  };
}

/** Sends `states` through a writer and a reader, each delta copied as postMessage copies it. */
function roundTrip(states: SessionState[]): { deltas: ReturnType<SessionDeltaWriter['next']>[]; rebuilt: SessionState[] } {
  const writer = new SessionDeltaWriter();
  const reader = new SessionStateReader();
  const deltas = states.map((s) => writer.next(s));
  return { deltas, rebuilt: deltas.map((d) => reader.apply(structuredClone(d))) };
}

describe('session deltas', () => {
  it('rebuild every state of a stream from what changed: an append carries its new text and tokens only', () => {
    const states = [state('1', [0.9]), state('1 +', [0.9, 0.8]), state('1 + 1', [0.9, 0.8, 0.7]), state('1 + 1 = 2', [0.9, 0.8, 0.7, 0.6, 0.5], [5], true)];
    const { deltas, rebuilt } = roundTrip(states);
    expect(rebuilt).toEqual(states);
    expect(deltas[2]).toMatchObject({
      version: 3,
      text: { from: 3, tail: ' 1' },
      tokens: { from: 2, tail: [states[2]!.tokens[2]] },
      steps: { from: 0, tail: [] },
    });
    expect(deltas[3]!.steps).toEqual({ from: 0, tail: states[3]!.steps });
  });

  it('carry an edit from the first changed character, token and step', () => {
    const before = state('12 + 7 = 19\n\nSo 19', [0.9, 0.9, 0.8, 0.7, 0.6, 0.5], [3]);
    const after = state('12 + 7 = 18', [0.9, 0.9, 0.3], [3]);
    const delta = sessionDelta(before, after, 2);
    expect(delta.text).toEqual({ from: 10, tail: '8' });
    expect(delta.tokens).toEqual({ from: 2, tail: [after.tokens[2]] });
    expect(delta.steps).toEqual({ from: 0, tail: after.steps });
    expect(applySessionDelta(before, delta)).toEqual(after);
  });

  it('carry tokens whose scores changed before the edit (a rebuilt cache), and text cut short', () => {
    const before = state('abcdef', [0.5, 0.6, 0.7, 0.8]);
    const after = state('abc', [0.5, 0.61, 0.7]);
    const delta = sessionDelta(before, after, 1);
    expect(delta.text).toEqual({ from: 3, tail: '' });
    expect(delta.tokens.from).toBe(1);
    expect(applySessionDelta(before, delta)).toEqual(after);
  });

  it('leave the states they were applied to as they were', () => {
    const before = state('a', [0.5]);
    const copy = structuredClone(before);
    applySessionDelta(before, sessionDelta(before, state('', []), 1));
    expect(before).toEqual(copy);
  });

  it('give calls folded into one run the same delta, which applies once', () => {
    const writer = new SessionDeltaWriter();
    const reader = new SessionStateReader();
    const shared = state('1 + 1', [0.9, 0.8, 0.7]);
    const first = writer.next(shared);
    const second = writer.next(shared);
    expect(second).toBe(first);
    expect(reader.apply(structuredClone(second))).toEqual(shared);
    expect(reader.apply(structuredClone(first))).toEqual(shared);
    const next = state('1 + 1 = 2', [0.9, 0.8, 0.7, 0.6]);
    expect(writer.next(next).version).toBe(2);
  });

  it('refuse a delta that skips a state', () => {
    const reader = new SessionStateReader();
    const delta = sessionDelta(emptySessionState(), state('a', [0.5]), 2);
    expect(() => reader.apply(delta)).toThrow(InternalError);
    expect(reader.state).toEqual(emptySessionState());
  });
});
