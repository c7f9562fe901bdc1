/**
 * One search's stop switch and event channel: cancelling (the caller's signal) or the first failure (a generator,
 * a session, the event listener) stops every candidate, and the search then rejects with the cause.
 */
import { SearchCancelledError } from '../errors.ts';
import type { SearchEvent } from './types.ts';

/** The stop switch and event channel of one search (see the module comment). */
export class SearchControl {
  private readonly stopper = new AbortController();
  private failure: { error: unknown } | null = null;
  private readonly unlink: () => void;
  /** Called once when the search stops: one listener on the signal however many candidates run. */
  private readonly stopCallbacks = new Set<() => void>();

  constructor(
    userSignal: AbortSignal | null,
    private readonly listener: ((event: SearchEvent) => void) | null,
  ) {
    const cancel = () => this.stopper.abort();
    if (userSignal?.aborted) cancel();
    userSignal?.addEventListener('abort', cancel, { once: true });
    this.unlink = () => userSignal?.removeEventListener('abort', cancel);
    this.stopper.signal.addEventListener(
      'abort',
      () => {
        for (const callback of this.stopCallbacks) callback();
        this.stopCallbacks.clear();
      },
      { once: true },
    );
  }

  /** Calls `callback` once when the search stops (at once if it has); returns a function that unregisters it. */
  whenStopped(callback: () => void): () => void {
    if (this.stopper.signal.aborted) {
      callback();
      return () => {};
    }
    this.stopCallbacks.add(callback);
    return () => this.stopCallbacks.delete(callback);
  }

  /** Aborted once the search must stop: candidates link their generators' signals to it. */
  get signal(): AbortSignal {
    return this.stopper.signal;
  }

  /** Stops the search because of `error` (the first failure wins; it is what the search rejects with). */
  fail(error: unknown): void {
    if (this.failure === null && !this.stopper.signal.aborted) this.failure = { error };
    this.stopper.abort();
  }

  /** Sends `event` to the listener; a listener that throws fails the search. */
  emit(event: SearchEvent): void {
    if (this.listener === null || this.stopper.signal.aborted) return;
    try {
      this.listener(event);
    } catch (error) {
      this.fail(error);
    }
  }

  /** The error the search rejects with once stopped: the first failure, else `search-cancelled`. */
  stopError(): unknown {
    return this.failure === null ? new SearchCancelledError() : this.failure.error;
  }

  /** Throws {@link stopError} when the search was stopped. */
  throwIfStopped(): void {
    if (this.stopper.signal.aborted) throw this.stopError();
  }

  /** Lets go of the caller's signal. */
  dispose(): void {
    this.unlink();
  }
}
