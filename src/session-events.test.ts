import { describe, expect, it } from 'vitest';
import { SessionEventDiffer } from './session-events.ts';
import type { SessionEvent, SessionState, StepScore, TokenScore } from './types.ts';
import { token } from './testing/session-states.ts';

const state = (tokens: TokenScore[], steps: StepScore[], firstError: SessionState['firstError'] = null): SessionState => ({
  text: '',
  tokens,
  steps,
  firstError,
  aggregate: steps.length > 0 ? Math.min(...steps.map((s) => s.score)) : null,
  ended: false,
});

const types = (events: SessionEvent[]) => events.map((e) => e.type);

describe('SessionEventDiffer', () => {
  it('reports new tokens, finished steps and the aggregate when steps change', () => {
    const differ = new SessionEventDiffer(0.5, 'min');
    const events: SessionEvent[] = [];
    differ.describe(0, state([token(0, 0, 0.9), token(1, 0, 0.8, true)], [{ stepIndex: 0, score: 0.8, start: 0, end: 2 }]), events);
    expect(types(events)).toEqual(['token', 'token', 'step', 'aggregate']);
    expect(events.at(-1)).toEqual({ type: 'aggregate', value: 0.8, aggregation: 'min', stepCount: 1 });
  });

  it('reports an early reject once per step until the step is withdrawn', () => {
    const differ = new SessionEventDiffer(0.5, 'min');
    const first: SessionEvent[] = [];
    differ.describe(0, state([token(0, 0, 0.3)], []), first);
    expect(first).toEqual([
      { type: 'token', ...token(0, 0, 0.3) },
      { type: 'early-reject', stepIndex: 0, tokenIndex: 0, partialReward: 0.3 },
    ]);
    const again: SessionEvent[] = [];
    differ.describe(1, state([token(0, 0, 0.3), token(1, 0, 0.2)], []), again);
    expect(types(again)).toEqual(['token']);
    const afterRollback: SessionEvent[] = [differ.rollback(0, 0)];
    differ.describe(0, state([token(0, 0, 0.1)], []), afterRollback);
    expect(types(afterRollback)).toEqual(['rollback', 'token', 'early-reject']);
  });

  it('reports the first error only when it changes', () => {
    const differ = new SessionEventDiffer(0.5, 'min');
    const steps = [{ stepIndex: 0, score: 0.2, start: 0, end: 2 }];
    const tokens = [token(0, 0, 0.6), token(1, 0, 0.2, true)];
    const firstError = { stepIndex: 0, tokenIndex: 1 };
    const first: SessionEvent[] = [];
    differ.describe(0, state(tokens, steps, firstError), first);
    expect(types(first)).toContain('first-error');
    const unchanged: SessionEvent[] = [];
    differ.describe(2, state(tokens, steps, firstError), unchanged);
    expect(unchanged).toEqual([]);
  });
});
