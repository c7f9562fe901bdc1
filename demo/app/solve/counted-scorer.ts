/**
 * A {@link Scorer} that counts the scoring sessions opened through it and not yet closed: the search panel hands it to
 * `search()`, shows the count (`data-open-sessions`) and the tests check it drops to 0 after a search ends or is
 * cancelled (each candidate is a session in Steplight's worker, which `close()` frees).
 */
import type { Scorer, ScoringSession, SessionEventListener, SessionOptions } from '../../../src/index.ts';

export class CountedScorer implements Scorer {
  private openCount = 0;

  constructor(
    private readonly scorer: Scorer,
    private readonly onChange: (open: number) => void,
  ) {}

  /** Sessions opened and not yet closed. */
  get openSessions(): number {
    return this.openCount;
  }

  get info() {
    return this.scorer.info;
  }

  score(...args: Parameters<Scorer['score']>) {
    return this.scorer.score(...args);
  }

  scoreBatch(...args: Parameters<Scorer['scoreBatch']>) {
    return this.scorer.scoreBatch(...args);
  }

  async open(problem: string, onEvents: SessionEventListener, options?: SessionOptions): Promise<ScoringSession> {
    const session = await this.scorer.open(problem, onEvents, options);
    this.count(1);
    let closed = false;
    return {
      get text() {
        return session.text;
      },
      append: (text) => session.append(text),
      replace: (text) => session.replace(text),
      end: () => session.end(),
      close: async () => {
        try {
          await session.close();
        } finally {
          if (!closed) this.count(-1);
          closed = true;
        }
      },
    };
  }

  /** Frees nothing: the page owns the model. */
  async dispose(): Promise<void> {}

  private count(delta: number): void {
    this.openCount += delta;
    this.onChange(this.openCount);
  }
}
