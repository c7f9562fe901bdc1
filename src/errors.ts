/**
 * Steplight's typed errors. Every error has a stable `code` and a `hint` saying how to fix it.
 * Errors cross the worker boundary as plain {@link ErrorData} and are rebuilt into the same
 * class on the page by {@link errorFromData}.
 */
import type { ErrorCode, ErrorData } from './types.ts';

/** Base class of every error Steplight throws. */
export class SteplightError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** What the user can do about it. */
  readonly hint: string;

  constructor(code: ErrorCode, message: string, hint: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SteplightError';
    this.code = code;
    this.hint = hint;
  }

  /** The error as plain data (for postMessage / JSON). */
  toData(): ErrorData {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}

/** A caller passed a value the API does not accept (empty problem, bad option, ...). */
export class InvalidArgumentError extends SteplightError {
  constructor(message: string, hint: string) {
    super('invalid-argument', message, hint);
    this.name = 'InvalidArgumentError';
  }
}

/** The model folder, its files or their contents could not be used. */
export class ModelLoadError extends SteplightError {
  constructor(
    code: Extract<
      ErrorCode,
      'model-not-found' | 'model-fetch-failed' | 'model-access-denied' | 'manifest-invalid' | 'checksum-mismatch' | 'model-invalid' | 'tokenizer-mismatch'
    >,
    message: string,
    hint: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, hint, options);
    this.name = 'ModelLoadError';
  }
}

/** The requested backend cannot run here (no WebGPU adapter, missing shader-f16, ...). */
export class BackendUnavailableError extends SteplightError {
  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super('backend-unavailable', message, hint, options);
    this.name = 'BackendUnavailableError';
  }
}

/** The input is longer than the model's context. */
export class ContextOverflowError extends SteplightError {
  constructor(message: string, hint: string) {
    super('context-overflow', message, hint);
    this.name = 'ContextOverflowError';
  }
}

/** A call on a session that was ended, aborted or lost. */
export class SessionClosedError extends SteplightError {
  constructor(message: string, hint: string) {
    super('session-closed', message, hint);
    this.name = 'SessionClosedError';
  }
}

/** Work cancelled through an AbortSignal. */
export class AbortedError extends SteplightError {
  constructor(message = 'The operation was aborted.', hint = 'Start the work again if you still need it.') {
    super('aborted', message, hint);
    this.name = 'AbortedError';
  }
}

/** A search (`search()` in `search/`) was cancelled through its `signal`: every generator was stopped and every session closed. */
export class SearchCancelledError extends SteplightError {
  constructor(message = 'The search was cancelled.', hint = 'Run the search again if you still need a pick.') {
    super('search-cancelled', message, hint);
    this.name = 'SearchCancelledError';
  }
}

/** The worker died while calls were pending. */
export class WorkerCrashedError extends SteplightError {
  constructor(message: string, hint = 'The worker is restarted on the next call; retry it.') {
    super('worker-crashed', message, hint);
    this.name = 'WorkerCrashedError';
  }
}

/** The error a cancelled model load rejects with (`LoadOptions.signal`), in this thread and through the worker. */
export function loadCancelled(): AbortedError {
  return new AbortedError('The load was cancelled.', 'Load the model again when you need it.');
}

/** Anything unexpected; the message carries the original error. */
export class InternalError extends SteplightError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('internal', message, 'This is a bug in Steplight or in the model folder; please report it with the message.', options);
    this.name = 'InternalError';
  }
}

/** Wraps any thrown value into a SteplightError (unchanged if it already is one). */
export function toSteplightError(error: unknown): SteplightError {
  if (error instanceof SteplightError) return error;
  if (error instanceof Error && error.name === 'AbortError') return new AbortedError();
  const message = error instanceof Error ? error.message : String(error);
  return new InternalError(message, { cause: error });
}

/** Converts any thrown value into plain error data. */
export function toErrorData(error: unknown): ErrorData {
  return toSteplightError(error).toData();
}

/** Rebuilds the error class for a code from plain data (the inverse of {@link toErrorData}). */
export function errorFromData(data: ErrorData): SteplightError {
  const { code, message, hint } = data;
  switch (code) {
    case 'invalid-argument':
      return new InvalidArgumentError(message, hint);
    case 'model-not-found':
    case 'model-fetch-failed':
    case 'model-access-denied':
    case 'manifest-invalid':
    case 'checksum-mismatch':
    case 'model-invalid':
    case 'tokenizer-mismatch':
      return new ModelLoadError(code, message, hint);
    case 'backend-unavailable':
      return new BackendUnavailableError(message, hint);
    case 'context-overflow':
      return new ContextOverflowError(message, hint);
    case 'session-closed':
      return new SessionClosedError(message, hint);
    case 'aborted':
      return new AbortedError(message, hint);
    case 'search-cancelled':
      return new SearchCancelledError(message, hint);
    case 'worker-crashed':
      return new WorkerCrashedError(message, hint);
    case 'internal':
      return new InternalError(message);
  }
}
