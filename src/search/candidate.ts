/**
 * Runs one candidate: its generator's pieces stream into its own scoring session as they arrive, its scores stream
 * out as search events, and it is stopped when early rejection says so, at the end of a step (beam search), at
 * `maxTokens`, or when the search stops.
 */
import { aggregate } from '../aggregate.ts';
import type { Scorer, ScoringSession } from '../api.ts';
import { ContextOverflowError } from '../errors.ts';
import type { Aggregation, SessionEvent, SessionState } from '../types.ts';
import { finalAnswer } from './answer.ts';
import type { SearchControl } from './control.ts';
import type { RankGate } from './rank-gate.ts';
import { type GenerateRequest, type TextGenerator, type TextPiece, untilAborted } from './generator.ts';
import { AppendPump, ScoreTracker } from './session-feed.ts';
import type { CandidateResult, EarlyRejection, RejectionReason } from './types.ts';

/** What every candidate of one search shares. */
export interface CandidateContext {
  scorer: Scorer;
  generator: TextGenerator;
  problem: string;
  /** Where the model cuts steps (`info.stepRules.stepSplit`). */
  stepSplit: string;
  aggregation: Aggregation;
  earlyReject: EarlyRejection | null;
  /** Relative early rejection: the checkpoint's token count and the gate candidates wait at. */
  rank: { atTokens: number; gate: RankGate } | null;
  maxTokens: number | null;
  lagTokens: number;
  control: SearchControl;
}

/** One candidate to run. */
export interface CandidateTask {
  index: number;
  seed: number;
  /** Beam search: the candidate continued. */
  parent?: number;
  /** The text to continue ('' at the start) and its tokens. */
  prefix: string;
  prefixTokens: number;
  /** Stop once the generated text completes a step (beam search). */
  untilStepEnd: boolean;
}

/** A candidate's result, and whether its solution ended (the generator completed it). */
export interface CandidateOutcome extends CandidateResult {
  complete: boolean;
}

/** Where a step ends in `fresh` (text after the prefix), just after its split; -1 when no step is complete yet. */
function stepEnd(fresh: string, split: string): number {
  const start = fresh.length - fresh.trimStart().length;
  const at = fresh.indexOf(split, start);
  return at < 0 ? -1 : at + split.length;
}

/** One candidate's generation, scoring and stop conditions (one use: `run()` once). */
class CandidateRun {
  /** Stops this candidate's generator: aborted on rejection, at a step end or `maxTokens`, and when the search stops. */
  private readonly stop = new AbortController();
  private readonly tracker = new ScoreTracker();
  private session: ScoringSession | null = null;
  private pump: AppendPump | null = null;
  /** Events of the prefix's tokens are not reported (the parent reported them). */
  private quiet: boolean;
  private fresh = '';
  private generated = 0;
  private rejection: { reason: RejectionReason; score: number | null } | null = null;
  /** Whether rejection is still possible: until the solution is handed in (`end()`). */
  private watching = true;
  private stepComplete = false;
  private truncated = false;
  /** Whether the candidate has been through the rank checkpoint (see `RankRejection`). */
  private checkpointPassed = false;

  constructor(
    private readonly ctx: CandidateContext,
    private readonly task: CandidateTask,
  ) {
    this.quiet = task.prefix !== '';
  }

  async run(): Promise<CandidateOutcome> {
    const { control } = this.ctx;
    const forget = control.whenStopped(() => this.stop.abort());
    const { index, parent, seed } = this.task;
    control.emit({ type: 'started', candidate: index, ...(parent === undefined ? {} : { parent }), seed });
    try {
      control.throwIfStopped();
      this.session = await this.ctx.scorer.open(this.ctx.problem, (events) => this.onEvents(events), { aggregation: this.ctx.aggregation });
      control.throwIfStopped();
      this.pump = new AppendPump(this.session);
      if (this.task.prefix !== '') await this.session.append(this.task.prefix);
      this.quiet = false;
      return await this.generateAndScore();
    } finally {
      forget();
      this.stop.abort();
      await this.session?.close();
    }
  }

  private async generateAndScore(): Promise<CandidateOutcome> {
    const { control, maxTokens } = this.ctx;
    const budget = maxTokens === null ? null : maxTokens - this.task.prefixTokens;
    if (budget !== null && budget <= 0) this.truncated = true;
    else {
      try {
        await this.generate(budget);
      } catch (error) {
        control.throwIfStopped();
        if (!this.overflowed(error) && !this.stop.signal.aborted) throw error;
      }
    }
    control.throwIfStopped();
    if (this.rejection === null) await this.finishScoring();
    control.throwIfStopped();
    return this.outcome();
  }

  /** Reads the generator until it ends or is stopped, pushing its text into the session. */
  private async generate(budget: number | null): Promise<void> {
    const request: GenerateRequest = {
      problem: this.ctx.problem,
      prefix: this.task.prefix,
      seed: this.task.seed,
      signal: this.stop.signal,
      ...(budget === null ? {} : { maxTokens: budget }),
    };
    try {
      for await (const piece of untilAborted(this.ctx.generator.generate(request), this.stop.signal)) {
        if (!this.take(piece, budget)) break;
        await this.pump!.keepUp(this.ctx.lagTokens);
        if (this.stop.signal.aborted || !(await this.passCheckpoint())) break;
      }
    } finally {
      this.ctx.rank?.gate.leave(this.task.index);
    }
  }

  /** At the rank checkpoint: waits for the scores to catch up and for the siblings; false once it must stop there. */
  private async passCheckpoint(): Promise<boolean> {
    const rank = this.ctx.rank;
    if (rank === null || this.checkpointPassed || this.generated < rank.atTokens) return true;
    this.checkpointPassed = true;
    await this.pump!.flush();
    if (this.rejection !== null) return false;
    const { open, done } = this.runningScores();
    const running = Math.min(open ?? Number.POSITIVE_INFINITY, done ?? Number.POSITIVE_INFINITY);
    const goOn = await rank.gate.arrive(this.task.index, running);
    if (!goOn && !this.stop.signal.aborted) this.reject('rank', Number.isFinite(running) ? running : null);
    return goOn;
  }

  /** Takes one piece; false once the candidate must stop generating. */
  private take(piece: TextPiece, budget: number | null): boolean {
    let text = piece.text;
    let more = true;
    if (this.task.untilStepEnd) {
      const end = stepEnd(this.fresh + text, this.ctx.stepSplit);
      if (end >= 0) {
        text = text.slice(0, end - this.fresh.length);
        this.stepComplete = true;
        more = false;
      }
    }
    this.fresh += text;
    this.generated += piece.tokens;
    this.ctx.control.emit({ type: 'text', candidate: this.task.index, text, tokens: piece.tokens });
    this.pump!.push(text, piece.tokens);
    if (budget !== null && this.generated >= budget && more) {
      this.truncated = true;
      more = false;
    }
    this.checkRejection();
    if (!more) this.stop.abort();
    return more;
  }

  private onEvents(events: SessionEvent[]): void {
    this.tracker.apply(events);
    if (this.quiet) return;
    const { control } = this.ctx;
    const candidate = this.task.index;
    for (const event of events) {
      if (event.type === 'token' && !event.isSeparator) {
        control.emit({ type: 'partial', candidate, step: event.stepIndex, token: event.tokenIndex, score: event.partialReward });
      } else if (event.type === 'step') {
        control.emit({ type: 'step', candidate, step: event.stepIndex, score: event.score });
      }
    }
    this.checkRejection();
  }

  /** Rejects the candidate when its scores are below the early-rejection threshold (see `EarlyRejection`). */
  private checkRejection(): void {
    const rule = this.ctx.earlyReject;
    if (rule === null || !this.watching || this.rejection !== null || this.generated < rule.minTokens) return;
    const { open, done } = this.runningScores();
    if (open !== null && open < rule.threshold) this.reject('open-step', open);
    else if (done !== null && done < rule.threshold) this.reject('finished-steps', done);
  }

  /** The open step's partial reward and the finished steps' aggregate, each null while there is none. */
  private runningScores(): { open: number | null; done: number | null } {
    return { open: this.tracker.openPartial(), done: aggregate(this.tracker.stepScores(), this.ctx.aggregation) };
  }

  private reject(reason: RejectionReason, score: number | null): void {
    this.rejection = { reason, score };
    this.watching = false;
    this.stop.abort();
    this.ctx.control.emit({ type: 'rejected', candidate: this.task.index, tokens: this.tokens, score, reason });
  }

  /** A solution too long for the PRM is rejected (`context-overflow`); true when `error` was that. */
  private overflowed(error: unknown): boolean {
    if (!(error instanceof ContextOverflowError)) return false;
    if (this.rejection === null) this.reject('context-overflow', null);
    return true;
  }

  /** Waits for the last scores, then hands the solution in (`end()`) unless only its step was wanted. */
  private async finishScoring(): Promise<void> {
    try {
      await this.pump!.flush();
      this.ctx.control.throwIfStopped();
      if (this.rejection !== null || this.stepComplete) return;
      this.watching = false;
      this.pump!.lastState = await this.session!.end();
    } catch (error) {
      if (!this.overflowed(error)) throw error;
    }
  }

  private get tokens(): number {
    return this.task.prefixTokens + this.generated;
  }

  private outcome(): CandidateOutcome {
    const text = this.task.prefix + this.fresh;
    const base = { index: this.task.index, ...(this.task.parent === undefined ? {} : { parent: this.task.parent }), text };
    const counts = { tokens: this.tokens, generatedTokens: this.generated };
    if (this.rejection !== null) {
      const stepScores = this.tracker.stepScores();
      const open = this.tracker.openPartial();
      const score = aggregate(open === null ? stepScores : [...stepScores, open], this.ctx.aggregation);
      return { ...base, answer: null, score, stepScores, ...counts, status: 'rejected', truncated: false, rejection: this.rejection.reason, complete: false };
    }
    const state: SessionState | null = this.pump!.lastState;
    const stepScores = state?.steps.map((s) => s.score) ?? [];
    const complete = !this.stepComplete && !this.truncated;
    const answer = complete ? finalAnswer(text, this.ctx.stepSplit) : null;
    const score = aggregate(stepScores, this.ctx.aggregation);
    if (!this.stepComplete) this.ctx.control.emit({ type: 'finished', candidate: this.task.index, answer, score, tokens: this.tokens });
    return { ...base, answer, score, stepScores, ...counts, status: 'finished', truncated: this.truncated, complete };
  }
}

/** Runs one candidate to its end (or rejection); throws the search's stop error once the search stops. */
function runCandidate(ctx: CandidateContext, task: CandidateTask): Promise<CandidateOutcome> {
  return new CandidateRun(ctx, task).run();
}

/**
 * Runs `tasks` concurrently. The first failure stops the search (and so every other candidate); every session is
 * closed before this rejects.
 */
export async function runCandidates(ctx: CandidateContext, tasks: readonly CandidateTask[]): Promise<CandidateOutcome[]> {
  const settled = await Promise.allSettled(
    tasks.map((task) =>
      runCandidate(ctx, task).catch((error: unknown) => {
        ctx.control.fail(error);
        throw error;
      }),
    ),
  );
  ctx.control.throwIfStopped();
  return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}
