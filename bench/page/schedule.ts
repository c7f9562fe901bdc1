/**
 * In what order the benchmark page measures its runtimes: side by side in rounds whose order rotates, or one
 * runtime at a time.
 */
import type { MeasuredRuntime } from './runtimes.ts';

/** Loads one runtime when the schedule wants it; null when it could not be loaded (the maker records why). */
export type RuntimeMaker = () => Promise<MeasuredRuntime | null>;

/** One-shot scorings (and bare passes) timed in each side-by-side round; the round's figure is their median. */
export const ONE_SHOTS_PER_ROUND = 3;

/**
 * The order of `count` runtimes in round `round`: the round starts with runtime `round mod count` and goes on in list
 * order, wrapping around (round 0: 0, 1, 2, 3; round 1: 1, 2, 3, 0; ...). Deterministic, so a rerun measures in the
 * same order, and over `count` rounds each runtime comes first once.
 */
export function roundOrder(round: number, count: number): number[] {
  return Array.from({ length: count }, (_, j) => (round + j) % count);
}

/**
 * Loads every runtime, then runs `repeats` + 1 rounds: in each, every length in turn, and at each length every
 * runtime in {@link roundOrder}. Round 0 warms all up and is not kept. Returns the names in list order.
 */
export async function sideBySide(makers: RuntimeMaker[], lengths: number, repeats: number): Promise<string[]> {
  const runtimes: MeasuredRuntime[] = [];
  for (const make of makers) {
    const runtime = await make();
    if (runtime !== null) runtimes.push(runtime);
  }
  for (let round = 0; round <= repeats; round++) {
    for (let i = 0; i < lengths; i++) {
      for (const j of roundOrder(round, runtimes.length)) await runtimes[j]!.measure(i, ONE_SHOTS_PER_ROUND, round > 0);
    }
  }
  for (const runtime of runtimes) await runtime.release();
  return runtimes.map((r) => r.name);
}

/**
 * For models whose sessions do not fit in memory together: each runtime in list order is loaded, warmed up, measured
 * once at every length (one-shot figures the median of `repeats` passes) and released before the next is loaded.
 * Returns the names in the order measured.
 */
export async function oneAtATime(makers: RuntimeMaker[], lengths: number, repeats: number): Promise<string[]> {
  const names: string[] = [];
  for (const make of makers) {
    const runtime = await make();
    if (runtime === null) continue;
    await runtime.warmUp();
    for (let i = 0; i < lengths; i++) await runtime.measure(i, repeats, true);
    await runtime.release();
    names.push(runtime.name);
  }
  return names;
}
