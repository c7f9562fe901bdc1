import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, type ScoringSession, SessionClosedError, type SessionState } from '../index.ts';
import { PendingSession } from './pending-session.ts';

const stateOf = (text: string, ended = false): SessionState => ({ text, tokens: [], steps: [], firstError: null, aggregate: null, ended });

/** A session that holds its text as the library's do, refuses text containing `<bad>`, and logs its calls. */
class FakeSession implements ScoringSession {
  text = '';
  calls: string[] = [];
  closed = false;
  private accepted = '';

  private change(call: string, text: string): Promise<SessionState> {
    this.calls.push(call);
    this.text = text;
    if (text.includes('<bad>')) {
      this.text = this.accepted;
      return Promise.reject(new InvalidArgumentError('refused', 'hint'));
    }
    this.accepted = text;
    return Promise.resolve(stateOf(text));
  }

  append = (text: string) => this.change(`append ${text}`, this.text + text);
  replace = (text: string) => this.change(`replace ${text}`, text);
  end = () => this.change('end', this.text);
  close = async () => {
    this.closed = true;
  };
}

/** A session opening when `open` is called (as a model that loads). */
function opening(): { promise: Promise<FakeSession>; open: (session: FakeSession) => void; fail: (error: Error) => void } {
  let open!: (session: FakeSession) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<FakeSession>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('PendingSession', () => {
  it('holds the text while the session opens, then sends the start and the queued changes in order', async () => {
    const { promise, open } = opening();
    const pending = new PendingSession(promise, { text: 'a', ended: false });
    const changes = [pending.append('b'), pending.replace('xy'), pending.append('z')];
    expect(pending.text).toBe('xyz');
    expect(pending.open).toBe(false);
    const session = new FakeSession();
    open(session);
    expect(await pending.started).toEqual(stateOf('a'));
    expect(session.calls).toEqual(['replace a', 'append b', 'replace xy', 'append z']);
    expect(pending.text).toBe('xyz');
    expect((await Promise.all(changes)).map((s) => s.text)).toEqual(['ab', 'xy', 'xyz']);
    await pending.append('!');
    expect(session.calls.at(-1)).toBe('append !');
    expect(pending.text).toBe('xyz!');
  });

  it('ends a session started from a finished solution, and starts an empty one with nothing', async () => {
    const finished = new FakeSession();
    const ended = new PendingSession(Promise.resolve(finished), { text: '', ended: true });
    await ended.started;
    expect(finished.calls).toEqual(['end']);
    const empty = new FakeSession();
    const pending = new PendingSession(Promise.resolve(empty), { text: '', ended: false });
    expect(await pending.started).toBeNull();
    expect(empty.calls).toEqual([]);
  });

  it('when the session cannot open: the queued changes fail with it and the text goes back to the start', async () => {
    const { promise, fail } = opening();
    const pending = new PendingSession(promise, { text: 'kept', ended: false });
    const change = pending.append(' more');
    expect(pending.text).toBe('kept more');
    fail(new Error('model-not-found'));
    await expect(change).rejects.toThrow('model-not-found');
    await expect(pending.started).rejects.toThrow('model-not-found');
    expect(pending.text).toBe('kept');
    expect(pending.usable).toBe(false);
  });

  it('when the session refuses the start: the text stays the start, and the session is closed', async () => {
    const session = new FakeSession();
    const pending = new PendingSession(Promise.resolve(session), { text: 'too <bad>', ended: false });
    const change = pending.append('x');
    await expect(pending.started).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(change).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(pending.text).toBe('too <bad>');
    expect(session.closed).toBe(true);
  });

  it('once open, the session holds the text: a refused change is undone by it', async () => {
    const session = new FakeSession();
    const pending = new PendingSession(Promise.resolve(session), { text: 'ok', ended: false });
    await pending.started;
    await expect(pending.append(' <bad>')).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(pending.text).toBe('ok');
  });

  it('closed before it opens: sends nothing, closes the session, keeps the text for the next session', async () => {
    const { promise, open } = opening();
    const pending = new PendingSession(promise, { text: 'a', ended: false });
    const change = pending.append('b');
    const closing = pending.close();
    const session = new FakeSession();
    open(session);
    await closing;
    await expect(change).rejects.toBeInstanceOf(SessionClosedError);
    expect(session.calls).toEqual([]);
    expect(session.closed).toBe(true);
    expect(pending.text).toBe('ab');
    expect(pending.usable).toBe(false);
  });
});
