import { describe, expect, it } from 'vitest';
import { RankGate } from './rank-gate.ts';

describe('RankGate', () => {
  it('lets the best `keep` of the candidates at the checkpoint go on once every sibling is in', async () => {
    const gate = new RankGate([0, 1, 2, 3], 2);
    const decisions = [gate.arrive(0, 0.5), gate.arrive(1, 0.9), gate.arrive(2, 0.1)];
    let settled = false;
    void Promise.all(decisions).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false); // candidate 3 is still generating
    const last = gate.arrive(3, 0.7);
    expect(await Promise.all([...decisions, last])).toEqual([false, true, false, true]);
  });

  it('does not wait for candidates that stopped before the checkpoint, and ranks only those waiting', async () => {
    const gate = new RankGate([0, 1, 2], 1);
    const a = gate.arrive(0, 0.2);
    gate.leave(1); // finished early
    const b = gate.arrive(2, 0.3);
    expect(await Promise.all([a, b])).toEqual([false, true]);
  });

  it('breaks ties by the lower index, and lets everyone go when fewer than `keep` arrive', async () => {
    const tie = new RankGate([0, 1], 1);
    expect(await Promise.all([tie.arrive(1, 0.5), tie.arrive(0, 0.5)])).toEqual([false, true]);
    const few = new RankGate([0, 1, 2], 4);
    expect(await Promise.all([few.arrive(0, 0), few.arrive(1, 0), few.arrive(2, 0)])).toEqual([true, true, true]);
  });

  it('releases the waiting candidates when the search stops', async () => {
    const gate = new RankGate([0, 1], 1);
    const waiting = gate.arrive(0, 0.5);
    gate.release();
    expect(await waiting).toBe(true);
    expect(await gate.arrive(1, 0.1)).toBe(true);
  });
});
