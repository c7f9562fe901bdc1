/**
 * The measurement of `steplight search`: accuracy and generated tokens of each strategy at each n, summed over
 * problems. One run of N_max candidates gives every voting strategy at every n <= N_max from its first n candidates
 * (candidate i is sampled with seed + i whatever n is); beam search is one run per n.
 */
import { selectCandidates } from '../search/select.ts';
import type { CandidateResult, SearchResult } from '../search/types.ts';

/** A strategy as the output names it: `pass@1` is the first candidate alone. */
export type MeasuredStrategy = 'pass@1' | 'majority' | 'best-of-n' | 'weighted-vote' | 'beam';

/** One line of the results: accuracy over the problems, and the tokens the policy generated for them in all. */
export interface MeasuredResult {
  strategy: MeasuredStrategy;
  n: number;
  early_reject: boolean;
  accuracy: number;
  tokens_generated: number;
}

/** What is measured: the n values, and whether runs with early rejection and beam runs are made. */
export interface TallyPlan {
  ns: readonly number[];
  earlyReject: boolean;
  beam: boolean;
}

const VOTING = ['majority', 'best-of-n', 'weighted-vote'] as const;

interface Count {
  strategy: MeasuredStrategy;
  n: number;
  earlyReject: boolean;
  right: number;
  tokens: number;
}

const key = (strategy: MeasuredStrategy, n: number, earlyReject: boolean) => `${strategy}/${n}/${earlyReject}`;

/** Sums each strategy's right answers and tokens over the problems. */
export class SearchTally {
  private readonly counts = new Map<string, Count>();
  private problems = 0;

  /** Rows in output order: pass@1, the voting strategies by n (without, then with rejection), then beam search. */
  constructor(private readonly plan: TallyPlan) {
    const modes = plan.earlyReject ? [false, true] : [false];
    this.row('pass@1', 1, false);
    for (const earlyReject of modes) for (const n of plan.ns) for (const strategy of VOTING) this.row(strategy, n, earlyReject);
    if (plan.beam) for (const earlyReject of modes) for (const n of plan.ns) this.row('beam', n, earlyReject);
  }

  private row(strategy: MeasuredStrategy, n: number, earlyReject: boolean): void {
    this.counts.set(key(strategy, n, earlyReject), { strategy, n, earlyReject, right: 0, tokens: 0 });
  }

  private add(strategy: MeasuredStrategy, n: number, earlyReject: boolean, right: boolean, tokens: number): void {
    const count = this.counts.get(key(strategy, n, earlyReject));
    if (count === undefined) throw new Error(`No row for ${strategy} n=${n} early_reject=${earlyReject}.`);
    count.right += right ? 1 : 0;
    count.tokens += tokens;
  }

  /** One problem's run of N_max candidates (by index): every voting strategy at every n, and pass@1 without rejection. */
  addCandidates(candidates: readonly CandidateResult[], answer: number, earlyReject: boolean): void {
    const ordered = [...candidates].sort((a, b) => a.index - b.index);
    if (!earlyReject) {
      const first = ordered[0];
      this.add('pass@1', 1, false, first?.status === 'finished' && first.answer === answer, first?.generatedTokens ?? 0);
    }
    for (const n of this.plan.ns) {
      const firstN = ordered.slice(0, n);
      const tokens = firstN.reduce((sum, c) => sum + c.generatedTokens, 0);
      for (const strategy of VOTING) this.add(strategy, n, earlyReject, selectCandidates(strategy, firstN).pick?.answer === answer, tokens);
    }
  }

  /** One problem's run with early rejection of exactly n candidates (a rank checkpoint ranks them as one run). */
  addRun(candidates: readonly CandidateResult[], answer: number): void {
    const n = candidates.length;
    const tokens = candidates.reduce((sum, c) => sum + c.generatedTokens, 0);
    for (const strategy of VOTING) this.add(strategy, n, true, selectCandidates(strategy, candidates).pick?.answer === answer, tokens);
  }

  /** One problem's beam search at `n`. */
  addBeam(n: number, earlyReject: boolean, result: SearchResult, answer: number): void {
    this.add('beam', n, earlyReject, result.pick?.answer === answer, result.tokensGenerated);
  }

  /** Counts one more problem (after its runs were added). */
  problemDone(): void {
    this.problems++;
  }

  /** Problems counted so far. */
  get problemCount(): number {
    return this.problems;
  }

  /** The results so far. */
  results(): MeasuredResult[] {
    return [...this.counts.values()].map((c) => ({
      strategy: c.strategy,
      n: c.n,
      early_reject: c.earlyReject,
      accuracy: this.problems === 0 ? 0 : Number((c.right / this.problems).toFixed(4)),
      tokens_generated: c.tokens,
    }));
  }
}

/** Beam shape for n candidates per step: the widest beam set no wider than it is deep (`width <= expand`). */
export function beamShape(n: number): { width: number; expand: number } {
  let width = 1;
  for (let w = 1; w * w <= n; w++) if (n % w === 0) width = w;
  return { width, expand: n / width };
}
