/**
 * Relative early rejection (see {@link RankRejection}): candidates that reach the checkpoint wait there until every
 * sibling has reached it or stopped generating; then only the best `keep` of those waiting go on.
 */

/** The checkpoint of one search's candidates. */
export class RankGate {
  private readonly waiting = new Map<number, { score: number; resolve: (goOn: boolean) => void }>();
  /** Candidates neither waiting at the checkpoint nor gone (finished, rejected or failed before it). */
  private readonly expected: Set<number>;
  private decided = false;

  /** `candidates`: the indexes of the search's candidates; `keep`: how many of those at the checkpoint go on. */
  constructor(
    candidates: readonly number[],
    private readonly keep: number,
  ) {
    this.expected = new Set(candidates);
  }

  /** Candidate `index` is at the checkpoint with running score `score`; resolves whether it goes on. */
  arrive(index: number, score: number): Promise<boolean> {
    if (this.decided || !this.expected.delete(index)) return Promise.resolve(true);
    const decision = new Promise<boolean>((resolve) => this.waiting.set(index, { score, resolve }));
    this.decideWhenAllIn();
    return decision;
  }

  /** Candidate `index` stopped generating without reaching the checkpoint (or has passed it): nobody waits for it. */
  leave(index: number): void {
    if (this.expected.delete(index)) this.decideWhenAllIn();
  }

  /** The search stopped: every waiting candidate is let go (its own stop signal ends it). */
  release(): void {
    this.decided = true;
    for (const { resolve } of this.waiting.values()) resolve(true);
    this.waiting.clear();
  }

  private decideWhenAllIn(): void {
    if (this.decided || this.expected.size > 0) return;
    this.decided = true;
    // Highest running score first; ties go to the lower index (the earlier seed), so a run repeats exactly.
    const ranked = [...this.waiting.entries()].sort(([a, x], [b, y]) => y.score - x.score || a - b);
    for (const [rank, [, { resolve }]] of ranked.entries()) resolve(rank < this.keep);
    this.waiting.clear();
  }
}
