/**
 * What the search panel knows of each candidate, folded from the search's events (and its result at the end), and the
 * scored-steps view model a candidate's card draws from it. No DOM here.
 */
import {
  findFirstError,
  splitSteps,
  type CandidateResult,
  type ModelInfo,
  type RejectionReason,
  type SearchEvent,
  type SearchResult,
  type StepScore,
  type TokenScore,
} from '../../../src/index.ts';
import type { StepsViewModel } from '../../../src/widget/steplight-widget.ts';

/** A candidate's state, as the panel shows it. */
export type CandidateStatus = 'running' | 'finished' | 'rejected' | 'pruned' | 'extended';

/** Where and why a candidate was cut. */
export interface Cut {
  /** Tokens it had generated. */
  tokens: number;
  /** Characters of its text when it was cut (text that arrived after is not shown). */
  at: number;
  score: number | null;
  reason: RejectionReason;
}

export interface CandidateState {
  index: number;
  parent?: number;
  /** The text it continues (its parent's, in beam search). */
  prefix: string;
  /** The text it generated itself. */
  text: string;
  /** Tokens it generated itself. */
  tokens: number;
  /** Scores of its finished steps, by step index over prefix and text. */
  stepScores: Map<number, number>;
  /** The running partial reward of its open step. */
  partial: { step: number; score: number } | null;
  status: CandidateStatus;
  cut: Cut | null;
  answer: number | null;
  score: number | null;
  truncated: boolean;
  picked: boolean;
}

/** Words for each rejection reason, as the cards say them. */
export const REASONS: Record<RejectionReason, string> = {
  'open-step': "the open step's partial reward",
  'finished-steps': 'the score of its finished steps',
  rank: 'its running score was not among the best kept at the checkpoint',
  'context-overflow': "the PRM's context was full",
};

/** Every candidate of one search, updated event by event; `dirty` names the candidates changed since the last draw. */
export class CandidateBoard {
  readonly candidates = new Map<number, CandidateState>();
  readonly dirty = new Set<number>();
  /** Tokens generated so far, over every candidate. */
  tokens = 0;

  /** Folds one search event in. */
  apply(event: SearchEvent): void {
    if (event.type === 'started') {
      this.start(event.candidate, event.parent);
      return;
    }
    const c = this.candidates.get(event.candidate);
    if (!c) return;
    this.dirty.add(c.index);
    switch (event.type) {
      case 'text':
        if (c.cut !== null) return;
        c.text += event.text;
        c.tokens += event.tokens;
        this.tokens += event.tokens;
        break;
      case 'partial':
        c.partial = { step: event.step, score: event.score };
        break;
      case 'step':
        c.stepScores.set(event.step, event.score);
        if (c.partial?.step === event.step) c.partial = null;
        break;
      case 'rejected':
        c.status = 'rejected';
        c.cut = { tokens: event.tokens, at: c.text.length, score: event.score, reason: event.reason };
        break;
      case 'finished':
        c.status = 'finished';
        c.answer = event.answer;
        c.score = event.score;
        break;
      case 'pruned':
        c.status = 'pruned';
        break;
    }
  }

  /** Takes the final word from the search's result: statuses, answers, scores and the pick. */
  finish(result: SearchResult): void {
    for (const r of result.candidates) {
      const c = this.candidates.get(r.index) ?? this.start(r.index, r.parent);
      this.settle(c, r);
      c.picked = result.pick?.candidate === r.index;
      this.dirty.add(r.index);
    }
  }

  private settle(c: CandidateState, r: CandidateResult): void {
    c.status = r.status;
    c.answer = r.answer;
    c.score = r.score;
    c.truncated = r.truncated;
    for (const [step, score] of r.stepScores.entries()) c.stepScores.set(step, score);
  }

  private start(index: number, parent: number | undefined): CandidateState {
    const from = parent === undefined ? undefined : this.candidates.get(parent);
    const c: CandidateState = {
      index,
      ...(parent === undefined ? {} : { parent }),
      prefix: from ? from.prefix + from.text : '',
      text: '',
      tokens: 0,
      stepScores: new Map(from?.stepScores ?? []),
      partial: null,
      status: 'running',
      cut: null,
      answer: null,
      score: null,
      truncated: false,
      picked: false,
    };
    if (from && from.status !== 'pruned') {
      from.status = 'extended';
      this.dirty.add(from.index);
    }
    this.candidates.set(index, c);
    this.dirty.add(index);
    return c;
  }
}

/**
 * The scored-steps view of a candidate: one "token" per step (the view tints it by the step's score, or by the open
 * step's running partial reward), a separator with the score for each scored step. The search reports scores per
 * step, not per token, so a step is coloured as a whole.
 */
export function candidateView(c: CandidateState, info: ModelInfo, threshold: number): StepsViewModel {
  const ended = c.status === 'finished' || c.status === 'extended' || c.status === 'pruned';
  const full = c.prefix + c.text;
  const { closed, open } = splitSteps(full, info.stepRules, ended && !c.truncated);
  const texts = open === null ? closed : [...closed, open];
  const tokens: TokenScore[] = [];
  const steps: StepScore[] = [];
  texts.forEach((text, stepIndex) => {
    const score = c.stepScores.get(stepIndex);
    const running = c.partial?.step === stepIndex ? c.partial.score : undefined;
    const shown = score ?? running ?? info.scoreRange[1];
    tokens.push({ tokenIndex: tokens.length, text, stepIndex, partialReward: shown, isSeparator: false });
    if (score === undefined) return;
    steps.push({ stepIndex, score, start: tokens.length - 1, end: tokens.length });
    tokens.push({ tokenIndex: tokens.length, text: '', stepIndex, partialReward: score, isSeparator: true });
  });
  return {
    tokens,
    steps,
    threshold,
    scoreRange: info.scoreRange,
    firstError: findFirstError(tokens, steps, threshold, info.thresholdRule),
    ended: open === null,
    partialRewards: true,
  };
}
