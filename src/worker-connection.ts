/**
 * One scoring worker seen from the page: spawns it, turns replies back into real error
 * classes, and rejects every pending call with `worker-crashed` when the worker dies.
 *
 * Death is detected two ways: an uncaught error in the worker (`error` event), and a Web Lock
 * the worker holds for its whole life, which the page is granted the moment the worker is gone
 * (terminated, crashed or killed by the browser), with no polling and no false alarms on long runs.
 */
import { wrap, type Remote } from 'comlink';
import type { Reply, WorkerApi } from './protocol.ts';
import { WorkerCrashedError, errorFromData, toSteplightError } from './errors.ts';

/** Creates a worker whose global `name` is `name` (the worker holds a Web Lock of that name). */
export type WorkerFactory = (name: string) => Worker;

interface Live {
  worker: Worker;
  remote: Remote<WorkerApi>;
  generation: number;
}

/** A restartable connection to the scoring worker. */
export class WorkerConnection {
  private live: Live | null = null;
  private generation = 0;
  private readonly pending = new Set<(error: Error) => void>();

  /** `onStart` runs first on every new worker (protocol calls arrive in order, so before any other call). */
  constructor(
    private readonly createWorker: WorkerFactory,
    private readonly onStart?: (api: Remote<WorkerApi>) => Promise<Reply<null>>,
  ) {}

  /** Increases each time a new worker is started; models and sessions compare it to know they must restore. */
  get currentGeneration(): number {
    return this.live?.generation ?? this.generation + 1;
  }

  /**
   * Runs one protocol call. Resolves with the reply's value, rejects with the rebuilt error class,
   * or with WorkerCrashedError if the worker dies first. A call for ids of the worker of `generation` rejects
   * with WorkerCrashedError at once when that worker is gone (a new one would not know them).
   */
  call<T>(invoke: (api: Remote<WorkerApi>) => Promise<Reply<T>>, generation?: number): Promise<T> {
    if (generation !== undefined && generation !== this.live?.generation) {
      return Promise.reject(new WorkerCrashedError('The worker this call was meant for has stopped.'));
    }
    const live = this.ensureLive();
    return new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      this.pending.add(fail);
      invoke(live.remote).then(
        (reply) => {
          this.pending.delete(fail);
          if (reply.ok) resolve(reply.value);
          else reject(errorFromData(reply.error));
        },
        (error: unknown) => {
          this.pending.delete(fail);
          reject(toSteplightError(error));
        },
      );
    });
  }

  /** Stops the worker; pending calls reject with `worker-crashed`. The next call starts a new one. */
  terminate(reason = 'The worker was terminated.'): void {
    this.onDeath(this.live, reason);
  }

  private ensureLive(): Live {
    if (this.live) return this.live;
    this.generation += 1;
    const name = `steplight-worker-${crypto.randomUUID()}`;
    const worker = this.createWorker(name);
    const live: Live = { worker, remote: wrap<WorkerApi>(worker), generation: this.generation };
    this.live = live;
    if (this.onStart) void this.onStart(live.remote).catch(() => undefined);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.onDeath(live, `The scoring worker failed: ${event.message || 'uncaught error'}.`);
    });
    worker.addEventListener('messageerror', () => this.onDeath(live, 'The scoring worker sent an unreadable message.'));
    void this.watchLifeLock(live, name);
    return live;
  }

  /** Waits until the worker holds its life lock, then asks for the same lock: granted only once the worker is gone. */
  private async watchLifeLock(live: Live, name: string): Promise<void> {
    if (typeof navigator === 'undefined' || !('locks' in navigator)) return;
    try {
      const reply = await live.remote.holdLifeLock(name);
      if (!reply.ok || !reply.value) return;
      await navigator.locks.request(name, async () => {
        this.onDeath(live, 'The scoring worker stopped unexpectedly.');
      });
    } catch {
      // The worker died before it could take its lock; the error path has already handled it.
    }
  }

  private onDeath(live: Live | null, reason: string): void {
    if (!live || this.live !== live) return;
    this.live = null;
    live.worker.terminate();
    const failures = [...this.pending];
    this.pending.clear();
    for (const fail of failures) fail(new WorkerCrashedError(reason));
  }
}
