import { describe, expect, it } from 'vitest';
import {
  AbortedError,
  BackendUnavailableError,
  ContextOverflowError,
  errorFromData,
  InternalError,
  InvalidArgumentError,
  ModelLoadError,
  SearchCancelledError,
  SessionClosedError,
  type SteplightError,
  toErrorData,
  WorkerCrashedError,
} from './errors.ts';

describe('errors cross the worker boundary as data', () => {
  it.each<[string, SteplightError]>([
    ['InvalidArgumentError', new InvalidArgumentError('bad', 'fix it')],
    ['ModelLoadError', new ModelLoadError('checksum-mismatch', 'changed', 'rebuild')],
    ['BackendUnavailableError', new BackendUnavailableError('no gpu', 'use wasm')],
    ['ContextOverflowError', new ContextOverflowError('too long', 'shorten it')],
    ['SessionClosedError', new SessionClosedError('closed', 'reopen')],
    ['AbortedError', new AbortedError('stopped', 'again')],
    ['SearchCancelledError', new SearchCancelledError('cancelled', 'search again')],
    ['WorkerCrashedError', new WorkerCrashedError('died', 'reload')],
    ['InternalError', new InternalError('oops')],
  ])('%s comes back as the same class with its code, message and hint', (name, original) => {
    const back = errorFromData(toErrorData(original));
    expect(back.constructor.name).toBe(name);
    expect(back).toBeInstanceOf(original.constructor);
    expect(back.toData()).toEqual(original.toData());
  });

  it('anything else thrown becomes an InternalError carrying its message', () => {
    const back = errorFromData(toErrorData(new TypeError('x is undefined')));
    expect(back).toBeInstanceOf(InternalError);
    expect(back.message).toBe('x is undefined');
  });
});
