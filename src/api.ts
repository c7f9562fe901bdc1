/**
 * The scoring API shared by the in-process model (Node, CLI, inside the worker) and the
 * worker-backed client on the page: code written against these interfaces runs on either.
 */
import type { ModelInfo, ScoreOptions, ScoreResult, SessionEvent, SessionOptions, SessionState, Solution } from './types.ts';

/** Receives a session's events, one array per model run (never one call per token). */
export type SessionEventListener = (events: SessionEvent[]) => void;

/** A loaded PRM. */
export interface Scorer {
  /** Backend, variant, threads and manifest defaults of the loaded model. */
  readonly info: ModelInfo;
  /** Scores one solution given as steps, in one pass. */
  score(problem: string, steps: string[], options?: ScoreOptions): Promise<ScoreResult>;
  /** Scores many solutions in one call (one worker round trip); results keep the input order. */
  scoreBatch(solutions: Solution[], options?: ScoreOptions): Promise<ScoreResult[]>;
  /** Opens a streaming session for `problem`; solution text then arrives through the session. */
  open(problem: string, onEvents: SessionEventListener, options?: SessionOptions): Promise<ScoringSession>;
  /** Frees the model's sessions and buffers. */
  dispose(): Promise<void>;
}

/** A streaming scoring session: text arrives in pieces, scores stream back as events. */
export interface ScoringSession {
  /**
   * The solution text the session holds: every change made so far, those still being scored included, less the
   * latest change when it was refused (the text then goes back to what the session last accepted; an earlier change
   * that fails does not undo a later one). Resolved states say what was scored.
   */
  readonly text: string;
  /** Appends solution text; resolves once everything received so far is scored. */
  append(text: string): Promise<SessionState>;
  /** Replaces the whole solution text (an edit); keeps the cache for the common token prefix. */
  replace(fullText: string): Promise<SessionState>;
  /** Marks the solution complete: the last step gets its separator and final score. */
  end(): Promise<SessionState>;
  /** Frees the session's cache. Further calls reject with `session-closed`. */
  close(): Promise<void>;
}
