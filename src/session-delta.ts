/**
 * The two ends of the {@link SessionDelta} format: in the worker, each state a session reports becomes its change
 * from the state reported before it; on the page, the changes are applied in turn to rebuild the states.
 */
import { InternalError } from './errors.ts';
import type { SessionDelta, TailChange } from './protocol.ts';
import type { SessionState, StepScore, TokenScore } from './types.ts';

/** The state of a session that has received nothing yet. */
export function emptySessionState(): SessionState {
  return { text: '', tokens: [], steps: [], firstError: null, aggregate: null, ended: false };
}

function sameToken(a: TokenScore, b: TokenScore): boolean {
  return (
    a === b ||
    (a.tokenIndex === b.tokenIndex &&
      a.text === b.text &&
      a.stepIndex === b.stepIndex &&
      a.partialReward === b.partialReward &&
      a.isSeparator === b.isSeparator)
  );
}

function sameStep(a: StepScore, b: StepScore): boolean {
  return a === b || (a.stepIndex === b.stepIndex && a.score === b.score && a.start === b.start && a.end === b.end);
}

/** `after` as the entries it shares with `before` from the start, and the rest. */
function listChange<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean): TailChange<T[]> {
  let from = 0;
  while (from < before.length && from < after.length && same(before[from]!, after[from]!)) from++;
  return { from, tail: after.slice(from) };
}

/** `after` as the characters it shares with `before` from the start, and the rest. */
function textChange(before: string, after: string): TailChange<string> {
  let from = 0;
  if (after.startsWith(before)) from = before.length;
  else while (from < before.length && from < after.length && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  return { from, tail: after.slice(from) };
}

/** The change leading from `before` to `after`, numbered `version`. */
export function sessionDelta(before: SessionState, after: SessionState, version: number): SessionDelta {
  return {
    version,
    text: textChange(before.text, after.text),
    tokens: listChange(before.tokens, after.tokens, sameToken),
    steps: listChange(before.steps, after.steps, sameStep),
    firstError: after.firstError,
    aggregate: after.aggregate,
    ended: after.ended,
  };
}

/** `state` with `delta` applied: a new state (the arrays of `state` are left as they were). */
export function applySessionDelta(state: SessionState, delta: SessionDelta): SessionState {
  return {
    text: state.text.slice(0, delta.text.from) + delta.text.tail,
    tokens: state.tokens.slice(0, delta.tokens.from).concat(delta.tokens.tail),
    steps: state.steps.slice(0, delta.steps.from).concat(delta.steps.tail),
    firstError: delta.firstError,
    aggregate: delta.aggregate,
    ended: delta.ended,
  };
}

/** The worker end for one session: each state the session reports, as the change from the state reported before. */
export class SessionDeltaWriter {
  private reported = emptySessionState();
  private last: SessionDelta | null = null;

  /** The delta leading to `state`; the last delta again when `state` is the state last reported (calls folded into one run share it). */
  next(state: SessionState): SessionDelta {
    if (this.last !== null && state === this.reported) return this.last;
    const delta = sessionDelta(this.reported, state, (this.last?.version ?? 0) + 1);
    this.reported = state;
    this.last = delta;
    return delta;
  }
}

/** The page end for one worker session: the states the session reported, rebuilt from their deltas. */
export class SessionStateReader {
  private current = emptySessionState();
  private version = 0;

  /** The last state the worker session reported: the text and scores it has accepted. */
  get state(): SessionState {
    return this.current;
  }

  /** Applies `delta` and returns the state it leads to (the current state for a delta already applied). */
  apply(delta: SessionDelta): SessionState {
    if (delta.version <= this.version) return this.current;
    if (delta.version !== this.version + 1) {
      throw new InternalError(`A session's reply skipped from state ${this.version} to state ${delta.version}.`);
    }
    this.current = applySessionDelta(this.current, delta);
    this.version = delta.version;
    return this.current;
  }
}
