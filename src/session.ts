/**
 * The streaming scoring session: solution text arrives in pieces, only new tokens run through the
 * model (one decode step per token, all pending tokens in one run), and events stream back.
 *
 * Withdrawn tokens (a chunk boundary that re-tokenized, or an edit) are not cut out of the cache:
 * their slots are masked with attention_mask = 0, which the graph treats as absent, so a rollback
 * costs nothing. When withdrawn slots outnumber live ones the cache is rebuilt in one run.
 */
import type { ScoringSession, SessionEventListener } from './api.ts';
import { aggregate, findFirstError, isError } from './aggregate.ts';
import type { CacheBudget, CacheHolder } from './cache-budget.ts';
import { AbortedError, ContextOverflowError, SessionClosedError } from './errors.ts';
import type { PrmManifest } from './manifest.ts';
import { Decoder, type KvTensors } from './ort.ts';
import { headScores, PublicScores, type ScoredToken } from './results.ts';
import { checkContext, runInputs, type LayoutBuilder, type LayoutToken } from './steps.ts';
import type { PrmTokenizer } from './tokenizer.ts';
import type { Aggregation, FirstError, SessionEvent, SessionState, ThresholdRule } from './types.ts';

/** What a session needs from its model. */
export interface SessionContext {
  decoder: Decoder;
  tokenizer: PrmTokenizer;
  layout: LayoutBuilder;
  manifest: PrmManifest;
  budget: CacheBudget;
}

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

/** Cache slots withdrawn before a rebuild is considered. */
const MIN_DEAD_SLOTS_FOR_REBUILD = 64;

function sameToken(a: LayoutToken, b: LayoutToken): boolean {
  return a.id === b.id && a.feed === b.feed && a.stepIndex === b.stepIndex && a.role === b.role && a.scoresStep === b.scoresStep;
}

/** A {@link ScoringSession} over one problem, running in the same thread as its model. */
export class StreamingSession implements ScoringSession, CacheHolder {
  private text = '';
  private ended = false;
  private targetText = '';
  private targetEnded = false;
  private tokens: ScoredToken[] = [];
  /** Public scores of `tokens`, converted once per token: the first `scoresValid` of them are current. */
  private readonly scores: PublicScores;
  private scoresValid = 0;
  /** Per cache slot: 1 while its token is live, 0 once withdrawn. */
  private slotMask: number[] = [];
  /** Cache slot of each live solution token. */
  private slots: number[] = [];
  private cache: KvTensors;
  private closed = false;
  private queue: Promise<unknown> = Promise.resolve();
  private scheduled: Promise<SessionState> | null = null;
  private reportedFirstError: FirstError | null = null;
  private earlyRejected = new Set<number>();
  /** True while a model run reads or replaces the cache. */
  busy = false;
  /** The cache was dropped by the memory budget: the next run recomputes it. */
  private evicted = false;
  /** Whether a score equal to the threshold is an error (prm.json `scoring.thresholdRule`). */
  private readonly rule: ThresholdRule;

  private constructor(
    private readonly ctx: SessionContext,
    private readonly promptIds: number[],
    private readonly onEvents: SessionEventListener,
    private readonly threshold: number,
    private readonly aggregation: Aggregation,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.cache = ctx.decoder.emptyCache();
    this.scores = new PublicScores(ctx.tokenizer, ctx.manifest.head);
    this.rule = ctx.manifest.scoring.thresholdRule ?? 'below';
  }

  /** Opens a session and runs the prompt, so the first solution token costs one decode step. */
  static async open(
    ctx: SessionContext,
    problem: string,
    onEvents: SessionEventListener,
    options: { threshold: number; aggregation: Aggregation; signal?: AbortSignal },
  ): Promise<StreamingSession> {
    const promptIds = ctx.layout.promptIds(problem);
    if (promptIds.length >= ctx.manifest.limits.maxContext) {
      throw new ContextOverflowError(
        `The problem alone is ${promptIds.length} tokens; the model reads at most ${ctx.manifest.limits.maxContext}.`,
        'Shorten the problem.',
      );
    }
    const session = new StreamingSession(ctx, promptIds, onEvents, options.threshold, options.aggregation, options.signal);
    const positions = promptIds.map((_, i) => i);
    const ones = promptIds.map(() => 1);
    await session.decode(
      promptIds,
      positions,
      ones,
      session.cache,
      promptIds.map(() => 0),
    );
    session.slotMask = ones;
    return session;
  }

  async append(text: string): Promise<SessionState> {
    this.assertUsable();
    this.targetText += text;
    return this.schedule();
  }

  async replace(fullText: string): Promise<SessionState> {
    this.assertUsable();
    this.targetText = fullText;
    return this.schedule();
  }

  async end(): Promise<SessionState> {
    this.assertUsable();
    this.targetEnded = true;
    return this.schedule();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    this.ctx.budget.release(this);
    Decoder.disposeCache(this.cache);
  }

  /** Cache slots held now. */
  get cacheSlots(): number {
    return this.cache.length;
  }

  /** Drops the cache (memory budget); scores stay, and the next run recomputes the cache. */
  evict(): void {
    Decoder.disposeCache(this.cache);
    this.cache = this.ctx.decoder.emptyCache();
    this.evicted = true;
  }

  private assertUsable(): void {
    if (this.closed) throw new SessionClosedError('This scoring session is closed.', 'Open a new session.');
    if (this.signal?.aborted) throw new AbortedError('This scoring session was aborted.', 'Open a new session.');
  }

  /**
   * Coalesces calls: every change made while a run is in flight, or already waiting as a message when it ends, is
   * scored by the one next run (chunked prefill: text arriving faster than one run per token never queues up runs).
   */
  private schedule(): Promise<SessionState> {
    if (this.scheduled !== null) return this.scheduled;
    const next = this.queue.then(afterQueuedTasks).then(() => {
      this.scheduled = null;
      return this.sync();
    });
    this.scheduled = next;
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async sync(): Promise<SessionState> {
    this.assertUsable();
    const text = this.targetText;
    const ended = this.targetEnded;
    let layout: LayoutToken[];
    try {
      this.ctx.tokenizer.checkText(text, 'solution');
      layout = this.ctx.layout.fromText(text, ended);
      checkContext(
        this.promptIds.length,
        layout.length,
        this.ctx.manifest.limits.maxContext,
        'Shorten the solution or the problem; your text is kept as it was before this change.',
      );
    } catch (error) {
      this.targetText = this.text;
      this.targetEnded = this.ended;
      throw error;
    }
    const events: SessionEvent[] = [];
    const keep = this.commonPrefix(layout);
    if (keep < this.tokens.length) this.withdraw(keep, events);
    const fresh = layout.slice(keep);
    if (fresh.length > 0) await this.run(fresh, events);
    if (this.signal?.aborted) throw new AbortedError('This scoring session was aborted.', 'Open a new session.');
    this.text = text;
    this.ended = ended;
    const state = this.state();
    this.describe(keep, state, events);
    if (events.length > 0) this.onEvents(events);
    return state;
  }

  private commonPrefix(layout: readonly LayoutToken[]): number {
    let i = 0;
    while (i < this.tokens.length && i < layout.length && sameToken(this.tokens[i]!, layout[i]!)) i++;
    return i;
  }

  private withdraw(keep: number, events: SessionEvent[]): void {
    for (const slot of this.slots.slice(keep)) this.slotMask[slot] = 0;
    const stepIndex = this.tokens[keep]!.stepIndex;
    this.tokens.length = keep;
    this.slots.length = keep;
    this.scoresValid = Math.min(this.scoresValid, keep);
    for (const step of [...this.earlyRejected]) if (step >= stepIndex) this.earlyRejected.delete(step);
    events.push({ type: 'rollback', tokenIndex: keep, stepIndex });
  }

  /** Runs `fresh` after the live tokens: one decode step each, all in one model run. */
  private async run(fresh: LayoutToken[], events: SessionEvent[]): Promise<void> {
    const dead = this.slotMask.length - this.promptIds.length - this.slots.length;
    const rebuild = this.evicted || (dead >= MIN_DEAD_SLOTS_FOR_REBUILD && dead > this.slots.length);
    this.evicted = false;
    const started = performance.now();
    const kept: ScoredToken[] = rebuild ? this.tokens : [];
    const prefix = rebuild ? this.promptIds : [];
    const { ids, targets } = runInputs(prefix, [...kept, ...fresh]);
    const firstPosition = rebuild ? 0 : this.promptIds.length + this.tokens.length;
    const positions = ids.map((_, i) => firstPosition + i);
    const past = rebuild ? this.ctx.decoder.emptyCache() : this.cache;
    if (rebuild) Decoder.disposeCache(this.cache);
    const mask = [...(rebuild ? [] : this.slotMask), ...ids.map(() => 1)];
    const logits = await this.decode(ids, positions, mask, past, targets);
    const rewards = headScores(logits, ids.length, this.ctx.manifest.head);
    if (rebuild) {
      this.scoresValid = 0;
      this.slotMask = ids.map(() => 1);
      this.slots = kept.map((_, i) => prefix.length + i);
      kept.forEach((token, i) => {
        token.reward = rewards[prefix.length + i]!;
      });
    } else {
      this.slotMask.push(...fresh.map(() => 1));
    }
    const offset = ids.length - fresh.length;
    fresh.forEach((token, i) => {
      this.slots.push(mask.length - ids.length + offset + i);
      this.tokens.push({ ...token, reward: rewards[offset + i]! });
    });
    events.push({ type: 'run', tokenCount: ids.length, ms: performance.now() - started });
  }

  /** One model run that becomes the session's cache (busy meanwhile, so the budget never evicts it); returns the logits. */
  private async decode(ids: number[], positions: number[], mask: number[], past: KvTensors, targets: number[]): Promise<Float32Array> {
    let output: Awaited<ReturnType<Decoder['run']>>;
    this.busy = true;
    try {
      output = await this.ctx.decoder.run(ids, positions, mask, past, targets);
    } finally {
      this.busy = false;
    }
    this.cache = output.cache;
    this.ctx.budget.touch(this);
    return output.logits;
  }

  /** Token, step, early-reject, first-error and aggregate events for tokens from `from` on. */
  private describe(from: number, state: SessionState, events: SessionEvent[]): void {
    const { tokens, steps, firstError, aggregate: value } = state;
    let stepsChanged = from < tokens.length || events.some((e) => e.type === 'rollback');
    const stepEndingAt = new Map(steps.map((s) => [s.end - 1, s]));
    for (let i = from; i < tokens.length; i++) {
      const token = tokens[i]!;
      events.push({ type: 'token', ...token });
      const step = stepEndingAt.get(i);
      if (step !== undefined) {
        events.push({ type: 'step', ...step });
        stepsChanged = true;
      } else if (!token.isSeparator && isError(token.partialReward, this.threshold, this.rule) && !this.earlyRejected.has(token.stepIndex)) {
        this.earlyRejected.add(token.stepIndex);
        events.push({ type: 'early-reject', stepIndex: token.stepIndex, tokenIndex: i, partialReward: token.partialReward });
      }
    }
    const previous = this.reportedFirstError;
    if (firstError !== null && (previous === null || previous.stepIndex !== firstError.stepIndex || previous.tokenIndex !== firstError.tokenIndex)) {
      events.push({ type: 'first-error', ...firstError });
    }
    this.reportedFirstError = firstError;
    if (stepsChanged && value !== null) {
      events.push({ type: 'aggregate', value, aggregation: this.aggregation, stepCount: steps.length });
    }
  }

  /** A snapshot of everything scored so far. */
  state(): SessionState {
    const { tokens, steps } = this.scores.update(this.tokens, this.scoresValid);
    this.scoresValid = tokens.length;
    return {
      text: this.text,
      tokens,
      steps,
      firstError: findFirstError(tokens, steps, this.threshold, this.rule),
      aggregate: aggregate(
        steps.map((s) => s.score),
        this.aggregation,
      ),
      ended: this.ended,
    };
  }
}
