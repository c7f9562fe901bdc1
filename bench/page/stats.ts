/** Medians, quantiles, paired ratios and a repeated timer: the statistics every figure of the benchmark page uses. */

/** The `q` quantile of `values` (nearest rank below). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** The median of `values` (nearest rank below). */
export const median = (values: number[]): number => quantile(values, 0.5);

/**
 * One figure over another (Steplight over a baseline, or the peer over Steplight): the median of the rounds' ratios,
 * their quartiles, and how many rounds.
 */
export interface Ratio {
  median: number;
  low: number;
  high: number;
  rounds: number;
}

/**
 * Ratios of figures measured side by side, round by round (a round's two figures meet the same machine noise); one
 * round each when measured one session at a time (the ratio of two medians).
 */
export function pairedRatio(ours: number[], theirs: number[]): Ratio {
  const ratios = ours.map((x, i) => x / theirs[i]!);
  return { median: median(ratios), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75), rounds: ratios.length };
}

/** The median ms of `repeats` runs of `work`, after one untimed run. */
export async function timed(repeats: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}
