/**
 * What a streaming session reports after each change: the difference between the state it reported before and the
 * new one, as events (rollback, token, step, early-reject, first-error, aggregate).
 */
import { isError } from './aggregate.ts';
import type { Aggregation, FirstError, SessionEvent, SessionState, ThresholdRule } from './types.ts';

/** Turns a session's successive states into events, remembering what it has already reported. */
export class SessionEventDiffer {
  /** The first error last reported (null: none, or none since it went away). */
  private reportedFirstError: FirstError | null = null;
  /** Steps already reported as rejected early, so each is reported once until it is withdrawn. */
  private readonly earlyRejected = new Set<number>();

  constructor(
    private readonly threshold: number,
    private readonly aggregation: Aggregation,
    /** Whether a score equal to the threshold is an error (prm.json `scoring.thresholdRule`). */
    private readonly rule: ThresholdRule = 'below',
  ) {}

  /** The rollback event of tokens withdrawn from `tokenIndex` on (in step `stepIndex`); their steps may reject again. */
  rollback(tokenIndex: number, stepIndex: number): SessionEvent {
    for (const step of [...this.earlyRejected]) if (step >= stepIndex) this.earlyRejected.delete(step);
    return { type: 'rollback', tokenIndex, stepIndex };
  }

  /** Appends to `events` the token, step, early-reject, first-error and aggregate events for tokens from `from` on. */
  describe(from: number, state: SessionState, events: SessionEvent[]): void {
    const { tokens, steps, firstError, aggregate: value } = state;
    let stepsChanged = from < tokens.length || events.some((e) => e.type === 'rollback');
    const stepEndingAt = new Map(steps.map((s) => [s.end - 1, s]));
    for (let i = from; i < tokens.length; i++) {
      const token = tokens[i]!;
      events.push({ type: 'token', ...token });
      const step = stepEndingAt.get(i);
      if (step !== undefined) {
        events.push({ type: 'step', ...step });
        stepsChanged = true;
      } else if (!token.isSeparator && isError(token.partialReward, this.threshold, this.rule) && !this.earlyRejected.has(token.stepIndex)) {
        this.earlyRejected.add(token.stepIndex);
        events.push({ type: 'early-reject', stepIndex: token.stepIndex, tokenIndex: i, partialReward: token.partialReward });
      }
    }
    const previous = this.reportedFirstError;
    if (firstError !== null && (previous === null || previous.stepIndex !== firstError.stepIndex || previous.tokenIndex !== firstError.tokenIndex)) {
      events.push({ type: 'first-error', ...firstError });
    }
    this.reportedFirstError = firstError;
    if (stepsChanged && value !== null) {
      events.push({ type: 'aggregate', value, aggregation: this.aggregation, stepCount: steps.length });
    }
  }
}
