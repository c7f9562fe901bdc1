/** Scores the cell being edited: through one streaming session that follows the edits (its cache kept for the
 * unchanged prefix), or at once when the protocol gives the model other text than the cell's. */
import type { Scorer, ScoreResult, ScoringSession } from '../../src/index.ts';
import type { Cell } from './cell-store.ts';
import type { Protocol } from './protocol.ts';

/** What scoring a cell produced, and the solution text it scored. */
export interface LiveScores {
  text: string;
  result: Pick<ScoreResult, 'tokens' | 'steps'>;
}

export class LiveScoring {
  private live: { cellId: string; problem: string; session: ScoringSession } | null = null;

  /** Scores `cell` with `scorer` as `protocol` gives it; null when it has no steps to score. */
  async score(cell: Cell, scorer: Scorer, protocol: Protocol): Promise<LiveScores | null> {
    if (protocol.rewritesSteps) {
      const steps = protocol.steps(cell.solution);
      return steps.length === 0 ? null : { text: cell.solution, result: await scorer.score(cell.problem, steps) };
    }
    if (this.live?.cellId !== cell.id || this.live.problem !== cell.problem) {
      await this.live?.session.close().catch(() => undefined);
      this.live = null;
      this.live = { cellId: cell.id, problem: cell.problem, session: await scorer.open(cell.problem, () => undefined) };
    }
    let state = await this.live.session.replace(cell.solution);
    if (!state.ended) state = await this.live.session.end();
    return { text: state.text, result: state };
  }
}
