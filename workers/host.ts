/**
 * The worker side of the protocol: keeps loaded models and open sessions by id and turns every
 * outcome into a {@link Reply}, so errors cross the boundary as data with their code.
 */
import type { Scorer, ScoringSession } from '../src/api.ts';
import { AbortedError, SessionClosedError, toErrorData } from '../src/errors.ts';
import { loadPrm } from '../src/model.ts';
import { useOrtBuilds } from '../src/ort.ts';
import type { Reply, SessionDelta, WorkerApi } from '../src/protocol.ts';
import { SessionDeltaWriter } from '../src/session-delta.ts';
import type { SessionEvent, SessionState } from '../src/types.ts';

interface OpenSession {
  session: ScoringSession;
  abort: AbortController;
  /** Turns each state the session reports into what changed since the page last heard of it. */
  deltas: SessionDeltaWriter;
  /** Event batches not sent yet: the next reply carries them (one message per change instead of three). */
  events: SessionEvent[][];
}

async function reply<T>(work: () => Promise<T>): Promise<Reply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

function lookup<T>(table: Map<number, T>, id: number, what: string): T {
  const entry = table.get(id);
  if (entry === undefined) {
    throw new SessionClosedError(`No open ${what} with id ${id}.`, `Load the model or open the ${what} again.`);
  }
  return entry;
}

/** Creates the object the worker exposes with Comlink's `expose`. */
export function createWorkerHost(): WorkerApi {
  const models = new Map<number, Scorer>();
  const sessions = new Map<number, OpenSession>();
  /** Loads in progress, by the page's load id. */
  const loads = new Map<number, AbortController>();
  let nextId = 1;

  /** Runs a change in a session; the reply carries what it changed in the session's state. */
  const sessionChange = (sessionId: number, change: (session: ScoringSession) => Promise<SessionState>): Promise<Reply<SessionDelta>> =>
    reply(async () => {
      const open = lookup(sessions, sessionId, 'session');
      if (open.abort.signal.aborted) throw new AbortedError('This session was aborted.', 'Open a new session.');
      const delta = open.deltas.next(await change(open.session));
      const events = open.events.splice(0);
      return events.length > 0 ? { ...delta, events } : delta;
    });

  const host: WorkerApi = {
    holdLifeLock: (name) =>
      reply(async () => {
        if (typeof navigator === 'undefined' || !('locks' in navigator)) return false;
        await new Promise<void>((granted) => {
          void navigator.locks.request(name, () => {
            granted();
            return new Promise<never>(() => {});
          });
        });
        return true;
      }),
    useRuntime: (ort) =>
      reply(async () => {
        useOrtBuilds(ort);
        return null;
      }),
    load: (source, options, onProgress, loadId) =>
      reply(async () => {
        const abort = new AbortController();
        loads.set(loadId, abort);
        try {
          const model = await loadPrm(source, { ...options, signal: abort.signal }, (event) => onProgress(event));
          const modelId = nextId++;
          models.set(modelId, model);
          return { modelId, info: model.info };
        } finally {
          loads.delete(loadId);
        }
      }),
    abortLoad: (loadId) =>
      reply(async () => {
        loads.get(loadId)?.abort();
        return null;
      }),
    score: (modelId, problem, steps, options) => reply(() => lookup(models, modelId, 'model').score(problem, steps, options)),
    scoreBatch: (modelId, solutions, options) => reply(() => lookup(models, modelId, 'model').scoreBatch(solutions, options)),
    open: (modelId, problem, options, onEvents) =>
      reply(async () => {
        const abort = new AbortController();
        const pending: SessionEvent[][] = [];
        // Batches that no reply took (a run that failed) go through the listener once the replies of this turn left.
        const flush = () => {
          for (const batch of pending.splice(0)) void onEvents(batch);
        };
        const session = await lookup(models, modelId, 'model').open(
          problem,
          (events) => {
            pending.push(events);
            setTimeout(flush, 0);
          },
          { ...options, signal: abort.signal },
        );
        const sessionId = nextId++;
        sessions.set(sessionId, { session, abort, deltas: new SessionDeltaWriter(), events: pending });
        return { sessionId };
      }),
    append: (sessionId, text) => sessionChange(sessionId, (s) => s.append(text)),
    replace: (sessionId, text) => sessionChange(sessionId, (s) => s.replace(text)),
    end: (sessionId) => sessionChange(sessionId, (s) => s.end()),
    abort: (sessionId) =>
      reply(async () => {
        lookup(sessions, sessionId, 'session').abort.abort();
        return null;
      }),
    close: (sessionId) =>
      reply(async () => {
        const open = sessions.get(sessionId);
        sessions.delete(sessionId);
        await open?.session.close();
        return null;
      }),
    dispose: (modelId) =>
      reply(async () => {
        const model = models.get(modelId);
        models.delete(modelId);
        await model?.dispose();
        return null;
      }),
  };
  return host;
}
