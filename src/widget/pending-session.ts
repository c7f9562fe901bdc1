/**
 * A scoring session the widget can use at once, while its model still loads: it opens the session, hands it the
 * text to start with, and until that start is accepted it holds the text and queues the changes; from then on the
 * session holds the text, and changes go straight to it.
 */
import { type ScoringSession, SessionClosedError, type SessionState } from '../index.ts';

/** The text a session starts with (the text held so far), and whether the solution was ended. */
export interface SessionStart {
  text: string;
  ended: boolean;
}

interface QueuedChange {
  send: (session: ScoringSession) => Promise<SessionState>;
  resolve: (state: SessionState) => void;
  reject: (error: unknown) => void;
}

/** A {@link ScoringSession} usable before it is open. */
export class PendingSession implements ScoringSession {
  /** The session, once it has accepted its start. */
  private session: ScoringSession | null = null;
  /** The text while there is no session: the start text with the queued changes applied. */
  private held: string;
  private queue: QueuedChange[] = [];
  private closed = false;
  /** True when the session could not be opened or refused its start: the text went back to the start text, and the
   * queued changes failed with it. */
  failed = false;
  /**
   * The start's state (null when it had no text and no end) once the session is open and has accepted it, and the
   * queued changes are sent; rejects when the session cannot be opened or refuses the start.
   */
  readonly started: Promise<SessionState | null>;

  constructor(
    private readonly opening: Promise<ScoringSession>,
    start: SessionStart,
  ) {
    this.held = start.text;
    this.started = this.begin(start);
    // Awaited by the changes that wait for it; its failure is theirs to report.
    this.started.catch(() => undefined);
  }

  /** Whether changes can still be made (a session that failed or was closed hands its text to a new one). */
  get usable(): boolean {
    return !this.failed && !this.closed;
  }

  /** Whether the session is open and has accepted its start: changes go straight to it. */
  get open(): boolean {
    return this.session !== null;
  }

  get text(): string {
    return this.session?.text ?? this.held;
  }

  append(text: string): Promise<SessionState> {
    if (this.session) return this.session.append(text);
    this.held += text;
    return this.enqueue((session) => session.append(text));
  }

  replace(fullText: string): Promise<SessionState> {
    if (this.session) return this.session.replace(fullText);
    this.held = fullText;
    return this.enqueue((session) => session.replace(fullText));
  }

  end(): Promise<SessionState> {
    if (this.session) return this.session.end();
    return this.enqueue((session) => session.end());
  }

  /** Closes the session (once it is open, when it is not yet). */
  async close(): Promise<void> {
    this.closed = true;
    const session = await this.opening.catch(() => null);
    await session?.close();
  }

  private enqueue(send: QueuedChange['send']): Promise<SessionState> {
    return new Promise((resolve, reject) => this.queue.push({ send, resolve, reject }));
  }

  private async begin(start: SessionStart): Promise<SessionState | null> {
    let session: ScoringSession | null = null;
    let state: SessionState | null = null;
    try {
      session = await this.opening;
      if (this.closed) throw new SessionClosedError('This session was closed before it opened.', 'Make the change again.');
      if (start.text !== '') state = await session.replace(start.text);
      if (start.ended) state = await session.end();
    } catch (error) {
      // Closed, it keeps the text it held for the session that replaces it; failed, it goes back to its start.
      if (!this.closed) {
        this.failed = true;
        this.held = start.text;
      }
      void session?.close().catch(() => undefined);
      for (const change of this.queue.splice(0)) change.reject(error);
      throw error;
    }
    this.session = session;
    for (const change of this.queue.splice(0)) change.send(session).then(change.resolve, change.reject);
    return state;
  }
}
