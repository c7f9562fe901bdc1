/**
 * Test-time scaling results in the format `steplight search` prints (its last stdout line):
 * `{"n_problems": int, "results": [{"strategy", "n", "early_reject", "accuracy", "tokens_generated"}]}`, where
 * `tokens_generated` sums the policy's tokens over the problems. Read and checked here, grouped into plot series, and
 * tallied the same way from searches run in the browser. No DOM.
 */
import { type CandidateResult, InvalidArgumentError, selectCandidates } from '../../src/index.ts';

/** A strategy as the results name it: `pass@1` is the first candidate alone. */
export type MeasuredStrategy = 'pass@1' | 'majority' | 'best-of-n' | 'weighted-vote' | 'beam';

export interface ScalingRow {
  strategy: MeasuredStrategy;
  n: number;
  early_reject: boolean;
  accuracy: number;
  /** Tokens the policy generated for all the problems. */
  tokens_generated: number;
}

export interface ScalingResults {
  n_problems: number;
  results: ScalingRow[];
}

const STRATEGIES: readonly MeasuredStrategy[] = ['pass@1', 'majority', 'best-of-n', 'weighted-vote', 'beam'];

function bad(what: string): never {
  throw new InvalidArgumentError(
    `Not a steplight search results file: ${what}.`,
    'Give the JSON object `steplight search` prints last: {"n_problems", "results": [...]}.',
  );
}

/** Parses and checks a results file; throws `invalid-argument` naming what is wrong. */
export function parseScalingResults(text: string): ScalingResults {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    bad('it is not JSON');
  }
  if (typeof data !== 'object' || data === null) bad('it is not a JSON object');
  const { n_problems, results } = data as { n_problems?: unknown; results?: unknown };
  if (typeof n_problems !== 'number' || !Number.isInteger(n_problems) || n_problems < 1) bad('n_problems is not a positive integer');
  if (!Array.isArray(results)) bad('results is not a list');
  const rows = results.map((row: unknown, i): ScalingRow => {
    const r = (typeof row === 'object' && row !== null ? row : {}) as Partial<Record<keyof ScalingRow, unknown>>;
    const where = `results[${i}]`;
    if (!STRATEGIES.includes(r.strategy as MeasuredStrategy)) bad(`${where}.strategy is ${JSON.stringify(r.strategy)}`);
    if (typeof r.n !== 'number' || !Number.isInteger(r.n) || r.n < 1) bad(`${where}.n is not a positive integer`);
    if (typeof r.early_reject !== 'boolean') bad(`${where}.early_reject is not true or false`);
    if (typeof r.accuracy !== 'number' || !(r.accuracy >= 0 && r.accuracy <= 1)) bad(`${where}.accuracy is not between 0 and 1`);
    if (typeof r.tokens_generated !== 'number' || !(r.tokens_generated >= 0)) bad(`${where}.tokens_generated is not a count`);
    return { strategy: r.strategy as MeasuredStrategy, n: r.n, early_reject: r.early_reject, accuracy: r.accuracy, tokens_generated: r.tokens_generated };
  });
  return { n_problems, results: rows };
}

/** One line of a plot: a strategy, with or without early rejection, its points ordered by n. */
export interface ScalingSeries {
  label: string;
  strategy: MeasuredStrategy;
  earlyReject: boolean;
  points: { n: number; accuracy: number; tokensPerProblem: number }[];
}

/** The rows as plot series, in the order strategies first appear. */
export function scalingSeries(results: ScalingResults): ScalingSeries[] {
  const series = new Map<string, ScalingSeries>();
  for (const row of results.results) {
    const label = `${row.strategy}${row.early_reject ? ' + early rejection' : ''}`;
    const line = series.get(label) ?? { label, strategy: row.strategy, earlyReject: row.early_reject, points: [] };
    line.points.push({ n: row.n, accuracy: row.accuracy, tokensPerProblem: row.tokens_generated / results.n_problems });
    series.set(label, line);
  }
  for (const line of series.values()) line.points.sort((a, b) => a.n - b.n);
  return [...series.values()];
}

const VOTING = ['majority', 'best-of-n', 'weighted-vote'] as const;

/**
 * Sums right answers and tokens over problems, as `steplight search` does: one run of `nMax` candidates per problem
 * gives pass@1 (its first candidate) and each voting strategy at every n in `ns` (its first n candidates).
 */
export class ScalingTally {
  private readonly counts = new Map<string, { row: Omit<ScalingRow, 'accuracy'>; right: number }>();
  private problems = 0;

  constructor(private readonly ns: readonly number[]) {}

  /** One problem's run (without early rejection, it also counts pass@1). */
  add(candidates: readonly CandidateResult[], answer: number, earlyReject: boolean): void {
    const ordered = [...candidates].sort((a, b) => a.index - b.index);
    if (!earlyReject) {
      const first = ordered[0];
      this.count('pass@1', 1, false, first?.status === 'finished' && first.answer === answer, first?.generatedTokens ?? 0);
    }
    for (const n of this.ns) {
      const firstN = ordered.slice(0, n);
      const tokens = firstN.reduce((sum, c) => sum + c.generatedTokens, 0);
      for (const strategy of VOTING) this.count(strategy, n, earlyReject, selectCandidates(strategy, firstN).pick?.answer === answer, tokens);
    }
  }

  /** Counts one more problem, after its runs were added. */
  problemDone(): void {
    this.problems += 1;
  }

  /** The results so far (null before the first problem is done). */
  results(): ScalingResults | null {
    if (this.problems === 0) return null;
    const results = [...this.counts.values()].map(({ row, right }) => ({ ...row, accuracy: Number((right / this.problems).toFixed(4)) }));
    return { n_problems: this.problems, results };
  }

  private count(strategy: MeasuredStrategy, n: number, earlyReject: boolean, right: boolean, tokens: number): void {
    const key = `${strategy}/${n}/${earlyReject}`;
    const entry = this.counts.get(key) ?? { row: { strategy, n, early_reject: earlyReject, tokens_generated: 0 }, right: 0 };
    entry.right += right ? 1 : 0;
    entry.row.tokens_generated += tokens;
    this.counts.set(key, entry);
  }
}

/** The n values measured up to `nMax`: powers of two, and `nMax` itself. */
export function measuredNs(nMax: number): number[] {
  const ns: number[] = [];
  for (let n = 1; n < nMax; n *= 2) ns.push(n);
  ns.push(nMax);
  return ns;
}
