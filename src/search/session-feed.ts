/**
 * The scoring side of one candidate: generated text goes into its scoring session without holding up generation,
 * and the session's events are followed to know its finished step scores and the open step's partial reward.
 */
import type { ScoringSession } from '../api.ts';
import type { SessionEvent, SessionState } from '../types.ts';

/**
 * Feeds a session: text pushed while an append is in flight is batched into the next append, so generation never
 * waits on each piece; {@link lag} says how many generated tokens are not scored yet.
 */
export class AppendPump {
  private buffer = '';
  private bufferTokens = 0;
  private inFlight: Promise<void> | null = null;
  private inFlightTokens = 0;
  private error: { cause: unknown } | null = null;
  /** The state the last append resolved with. */
  lastState: SessionState | null = null;

  constructor(private readonly session: ScoringSession) {}

  /** Queues `text` (holding `tokens` generated tokens); it is sent at once when no append is in flight. */
  push(text: string, tokens: number): void {
    if (this.error !== null || text === '') return;
    this.buffer += text;
    this.bufferTokens += tokens;
    if (this.inFlight === null) this.send();
  }

  /** Generated tokens pushed but not scored yet. */
  get lag(): number {
    return this.bufferTokens + this.inFlightTokens;
  }

  private send(): void {
    const text = this.buffer;
    this.inFlightTokens = this.bufferTokens;
    this.buffer = '';
    this.bufferTokens = 0;
    this.inFlight = this.session.append(text).then(
      (state) => {
        this.lastState = state;
        this.settle();
      },
      (cause: unknown) => {
        this.error ??= { cause };
        this.settle();
      },
    );
  }

  private settle(): void {
    this.inFlight = null;
    this.inFlightTokens = 0;
    if (this.error === null && this.buffer !== '') this.send();
  }

  /** Waits while `maxLag` or more tokens are unscored; throws what an append threw. */
  async keepUp(maxLag: number): Promise<void> {
    while (this.inFlight !== null && this.lag >= maxLag) await this.inFlight;
    this.throwIfFailed();
  }

  /** Waits until everything pushed is scored; throws what an append threw. */
  async flush(): Promise<void> {
    while (this.inFlight !== null) await this.inFlight;
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.error !== null) throw this.error.cause;
  }
}

/** One solution token as the tracker keeps it. */
interface TrackedToken {
  step: number;
  reward: number;
  separator: boolean;
}

/** Follows a session's events (rollbacks included): its finished steps' scores and its open step's running partial reward. */
export class ScoreTracker {
  private readonly tokens: TrackedToken[] = [];
  private readonly steps: number[] = [];

  apply(events: readonly SessionEvent[]): void {
    for (const event of events) {
      if (event.type === 'rollback') {
        this.tokens.length = Math.min(this.tokens.length, event.tokenIndex);
        this.steps.length = Math.min(this.steps.length, event.stepIndex);
      } else if (event.type === 'token') {
        this.tokens.length = event.tokenIndex;
        this.tokens.push({ step: event.stepIndex, reward: event.partialReward, separator: event.isSeparator });
      } else if (event.type === 'step') {
        this.steps.length = event.stepIndex;
        this.steps.push(event.score);
      }
    }
  }

  /** Scores of the finished steps, in order. */
  stepScores(): number[] {
    return [...this.steps];
  }

  /** The partial reward at the last token of the open step (null when no step is open, or it has no text token yet). */
  openPartial(): number | null {
    const last = this.tokens[this.tokens.length - 1];
    if (last === undefined || last.separator || last.step < this.steps.length) return null;
    return last.reward;
  }
}
