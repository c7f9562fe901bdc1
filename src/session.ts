/**
 * The streaming scoring session: solution text arrives in pieces, only new tokens run through the
 * model (one decode step per token, all pending tokens in one run), and events stream back.
 *
 * This module keeps the text and the scored tokens, and diffs each change's layout against them; the
 * scheduler that folds changes into runs is in `session-queue.ts`, the KV cache and its slots (rollbacks, rebuilds,
 * the memory budget) in `session-slots.ts` or `static-slots.ts` (see `graph-runner.ts`), and the events in
 * `session-events.ts`.
 */
import type { ScoringSession, SessionEventListener } from './api.ts';
import { aggregate, findFirstError } from './aggregate.ts';
import type { CacheBudget } from './cache-budget.ts';
import { AbortedError, ContextOverflowError, SessionClosedError } from './errors.ts';
import type { PrmManifest } from './manifest.ts';
import type { GraphRunner, SessionCache } from './graph-runner.ts';
import { PublicScores, scoreRows, type ScoredToken } from './results.ts';
import { SessionEventDiffer } from './session-events.ts';
import { CoalescingRunner } from './session-queue.ts';
import { checkContext, type LayoutBuilder, type LayoutToken } from './steps.ts';
import type { PrmTokenizer } from './tokenizer.ts';
import type { Aggregation, SessionEvent, SessionState } from './types.ts';

/** What a session needs from its model. */
export interface SessionContext {
  runner: GraphRunner;
  tokenizer: PrmTokenizer;
  layout: LayoutBuilder;
  manifest: PrmManifest;
  budget: CacheBudget;
}

function sameToken(a: LayoutToken, b: LayoutToken): boolean {
  return a.id === b.id && a.feed === b.feed && a.stepIndex === b.stepIndex && a.role === b.role && a.scoresStep === b.scoresStep;
}

/** A {@link ScoringSession} over one problem, running in the same thread as its model. */
export class StreamingSession implements ScoringSession {
  /** The text of the last state reported: what the session accepted. */
  private acceptedText = '';
  private ended = false;
  private targetText = '';
  private targetEnded = false;
  private tokens: ScoredToken[] = [];
  /** Public scores of `tokens`, converted once per token: the first `scoresValid` of them are current. */
  private readonly scores: PublicScores;
  private scoresValid = 0;
  /** The KV cache, one slot per token run. */
  private readonly kv: SessionCache;
  /** Folds the changes made while a run is in flight into the next run. */
  private readonly runner = new CoalescingRunner(() => this.sync());
  private readonly differ: SessionEventDiffer;
  private closed = false;

  private constructor(
    private readonly ctx: SessionContext,
    private readonly promptIds: number[],
    private readonly onEvents: SessionEventListener,
    private readonly threshold: number,
    private readonly aggregation: Aggregation,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.kv = ctx.runner.openCache(ctx.budget, promptIds);
    this.differ = new SessionEventDiffer(threshold, aggregation, ctx.manifest.scoring.thresholdRule);
    this.scores = new PublicScores(ctx.tokenizer, ctx.manifest);
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
    await session.kv.prefill();
    return session;
  }

  get text(): string {
    return this.targetText;
  }

  async append(text: string): Promise<SessionState> {
    this.assertUsable();
    this.targetText += text;
    return this.runner.request();
  }

  async replace(fullText: string): Promise<SessionState> {
    this.assertUsable();
    this.targetText = fullText;
    return this.runner.request();
  }

  async end(): Promise<SessionState> {
    this.assertUsable();
    this.targetEnded = true;
    return this.runner.request();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.runner.settled();
    this.kv.dispose();
  }

  private assertUsable(): void {
    if (this.closed) throw new SessionClosedError('This scoring session is closed.', 'Open a new session.');
    if (this.signal?.aborted) throw new AbortedError('This scoring session was aborted.', 'Open a new session.');
  }

  /**
   * Scores the latest text (the runner calls it one call at a time, with every change made since the last call): its
   * layout is diffed against the scored tokens, tokens past the common prefix withdrawn, new ones run.
   */
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
      this.targetText = this.acceptedText;
      this.targetEnded = this.ended;
      throw error;
    }
    const events: SessionEvent[] = [];
    const keep = this.commonPrefix(layout);
    if (keep < this.tokens.length) this.withdraw(keep, events);
    const fresh = layout.slice(keep);
    if (fresh.length > 0) await this.run(fresh, events);
    if (this.signal?.aborted) throw new AbortedError('This scoring session was aborted.', 'Open a new session.');
    this.acceptedText = text;
    this.ended = ended;
    const state = this.state();
    this.differ.describe(keep, state, events);
    if (events.length > 0) this.onEvents(events);
    return state;
  }

  private commonPrefix(layout: readonly LayoutToken[]): number {
    let i = 0;
    while (i < this.tokens.length && i < layout.length && sameToken(this.tokens[i]!, layout[i]!)) i++;
    return i;
  }

  /** Withdraws the scored tokens from index `keep` on. */
  private withdraw(keep: number, events: SessionEvent[]): void {
    this.kv.withdraw(keep);
    const stepIndex = this.tokens[keep]!.stepIndex;
    this.tokens.length = keep;
    this.scoresValid = Math.min(this.scoresValid, keep);
    events.push(this.differ.rollback(keep, stepIndex));
  }

  /** Runs `fresh` after the live tokens: one decode step each, all in one model run (that may rebuild the cache). */
  private async run(fresh: LayoutToken[], events: SessionEvent[]): Promise<void> {
    const started = performance.now();
    const run = await this.kv.run(this.tokens, fresh);
    const rows = scoreRows(run.logits, run.tokenCount, this.ctx.manifest);
    if (run.rebuilt) {
      this.scoresValid = 0;
      this.tokens.forEach((token, i) => {
        Object.assign(token, rows[run.liveOffset + i]!);
      });
    }
    fresh.forEach((token, i) => {
      this.tokens.push({ ...token, ...rows[run.freshOffset + i]! });
    });
    events.push({ type: 'run', tokenCount: run.tokenCount, ms: performance.now() - started });
  }

  /** A snapshot of everything scored so far. */
  state(): SessionState {
    const { tokens, steps } = this.scores.update(this.tokens, this.scoresValid);
    this.scoresValid = tokens.length;
    return {
      text: this.acceptedText,
      tokens,
      steps,
      firstError: findFirstError(tokens, steps, this.threshold, this.ctx.manifest.scoring.thresholdRule),
      aggregate: aggregate(
        steps.map((s) => s.score),
        this.aggregation,
      ),
      ended: this.ended,
    };
  }
}
