import { describe, expect, it } from 'vitest';
import type { ScoringSession } from '../api.ts';
import { ContextOverflowError } from '../errors.ts';
import type { SessionEvent, SessionState } from '../types.ts';
import { AppendPump, ScoreTracker } from './session-feed.ts';

const token = (tokenIndex: number, stepIndex: number, partialReward: number, isSeparator = false): SessionEvent => ({
  type: 'token',
  tokenIndex,
  stepIndex,
  partialReward,
  isSeparator,
  text: isSeparator ? '' : 'x',
});
const step = (stepIndex: number, score: number, start: number, end: number): SessionEvent => ({ type: 'step', stepIndex, score, start, end });

describe('ScoreTracker', () => {
  it('follows finished step scores and the open step partial reward', () => {
    const tracker = new ScoreTracker();
    expect(tracker.openPartial()).toBeNull();
    tracker.apply([token(0, 0, 0.9), token(1, 0, 0.8)]);
    expect(tracker.openPartial()).toBe(0.8);
    tracker.apply([token(2, 0, 0.7, true), step(0, 0.7, 0, 3)]);
    expect(tracker.stepScores()).toEqual([0.7]);
    expect(tracker.openPartial()).toBeNull();
    tracker.apply([token(3, 1, 0.2)]);
    expect(tracker.openPartial()).toBe(0.2);
  });

  it('forgets withdrawn tokens and steps at a rollback', () => {
    const tracker = new ScoreTracker();
    tracker.apply([token(0, 0, 0.9), token(1, 0, 0.9, true), step(0, 0.9, 0, 2), token(2, 1, 0.1), token(3, 1, 0.1, true), step(1, 0.1, 2, 4)]);
    expect(tracker.stepScores()).toEqual([0.9, 0.1]);
    tracker.apply([{ type: 'rollback', tokenIndex: 2, stepIndex: 1 }]);
    expect(tracker.stepScores()).toEqual([0.9]);
    expect(tracker.openPartial()).toBeNull();
    tracker.apply([token(2, 1, 0.95)]);
    expect(tracker.openPartial()).toBe(0.95);
  });
});

/** A session whose appends resolve when the test says so. */
function manualSession() {
  const appends: { text: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let text = '';
  const state = (): SessionState => ({ text, tokens: [], steps: [], firstError: null, aggregate: null, ended: false });
  const session = {
    append: (piece: string) =>
      new Promise<SessionState>((resolve, reject) => {
        appends.push({
          text: piece,
          resolve: () => {
            text += piece;
            resolve(state());
          },
          reject,
        });
      }),
  } as unknown as ScoringSession;
  return { session, appends };
}

describe('AppendPump', () => {
  it('sends at once, batches what arrives during an append, and counts unscored tokens', async () => {
    const { session, appends } = manualSession();
    const pump = new AppendPump(session);
    pump.push('a', 1);
    pump.push('b', 1);
    pump.push('c', 2);
    expect(appends.map((a) => a.text)).toEqual(['a']);
    expect(pump.lag).toBe(4);
    appends[0]!.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(appends.map((a) => a.text)).toEqual(['a', 'bc']);
    expect(pump.lag).toBe(3);
    const flushed = pump.flush();
    appends[1]!.resolve();
    await flushed;
    expect(pump.lag).toBe(0);
    expect(pump.lastState?.text).toBe('abc');
  });

  it('keepUp waits only while the lag is at the limit', async () => {
    const { session, appends } = manualSession();
    const pump = new AppendPump(session);
    pump.push('a', 1);
    await pump.keepUp(2);
    pump.push('b', 1);
    let caughtUp = false;
    const waiting = pump.keepUp(2).then(() => {
      caughtUp = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(caughtUp).toBe(false);
    expect(pump.lag).toBe(2);
    appends[0]!.resolve();
    await waiting;
    expect(pump.lag).toBe(1);
    expect(appends.map((a) => a.text)).toEqual(['a', 'b']);
  });

  it('surfaces an append error and sends nothing more', async () => {
    const { session, appends } = manualSession();
    const pump = new AppendPump(session);
    pump.push('a', 1);
    pump.push('b', 1);
    appends[0]!.reject(new ContextOverflowError('too long', 'shorten'));
    await expect(pump.flush()).rejects.toBeInstanceOf(ContextOverflowError);
    pump.push('c', 1);
    expect(appends).toHaveLength(1);
  });
});
