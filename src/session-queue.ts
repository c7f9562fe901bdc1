/**
 * The streaming session's scheduler: one model run at a time, and every change that arrives meanwhile folded into
 * the one next run (chunked prefill), so text arriving faster than one run per token never queues up runs.
 */

/** The channel {@link afterQueuedTasks} posts to, made once: a new MessageChannel per wait costs more than the wait. */
let queueChannel: MessageChannel | null = null;
/** Resolvers of the waits posted to `queueChannel`, oldest first (its messages arrive in order). */
const queueWaiters: Array<() => void> = [];

/**
 * Resolves once the tasks already queued in this thread have run: in the worker, the messages that carried more
 * text while the model was busy, so their text joins the coming run instead of each starting a run of its own.
 * (Node's setImmediate where it exists: its MessagePorts can wait tens of milliseconds beside onnxruntime's wasm.)
 */
function afterQueuedTasks(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') {
      setImmediate(resolve);
      return;
    }
    if (queueChannel === null) {
      queueChannel = new MessageChannel();
      queueChannel.port1.onmessage = () => queueWaiters.shift()?.();
    }
    queueWaiters.push(resolve);
    queueChannel.port2.postMessage(null);
  });
}

/** Runs `job` one call at a time, coalescing requests: every request made before the next call starts shares its result. */
export class CoalescingRunner<T> {
  /** Settles after the last requested call (never rejects). */
  private queue: Promise<unknown> = Promise.resolve();
  /** The next call's result while that call has not started yet. */
  private scheduled: Promise<T> | null = null;

  constructor(private readonly job: () => Promise<T>) {}

  /**
   * The result of the next call of `job`: it starts once the calls before it have settled and the tasks then queued in
   * this thread (messages carrying more changes) have run, and sees every change requested until it starts.
   */
  request(): Promise<T> {
    if (this.scheduled !== null) return this.scheduled;
    const next = this.queue.then(afterQueuedTasks).then(() => {
      this.scheduled = null;
      return this.job();
    });
    this.scheduled = next;
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Resolves once every requested call has settled. */
  async settled(): Promise<void> {
    await this.queue;
  }
}
