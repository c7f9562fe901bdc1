/**
 * "Solve with the tiny LLM": the tiny policy LM (transformers.js, in its own worker) writes N candidate solutions, and
 * Steplight's `search()` scores each live in its own session of the page's PRM, cuts the bad ones early and picks.
 * Candidates stream side by side, coloured by their step scores; the summary shows the answer, the votes and the
 * tokens spent. Cancel aborts every generation and closes every session.
 *
 * The policy loads on the first Solve (its runtime is 27 MB), on the PRM's backend. Debug hook (tests, console):
 * `window.steplightDemo` gives the open session count and the policy worker's token counts.
 */
import { errorText } from '../../lib/error-text.ts';
import { parseProblems } from '../../lib/problems.ts';
import { checkDomain, type Scorer, search, type SearchEvent, type SearchResult } from '../../../src/index.ts';
import { PolicyGenerator } from '../../policy/policy-generator.ts';
import type { PolicyProgress, PolicyStats } from '../../policy/protocol.ts';
import { CandidateCard } from './candidate-card.ts';
import { CandidateBoard } from './candidates.ts';
import { CountedScorer } from './counted-scorer.ts';
import { SolveForm } from './solve-form.ts';
import { SummaryView } from './summary-view.ts';

declare global {
  interface Window {
    /** The search panel's state, for tests and the console. */
    steplightDemo?: { openSessions(): number; policyStats(): Promise<PolicyStats | null> };
  }
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Least time between two draws of the candidates while they stream (10 per second). */
const DRAW_INTERVAL_MS = 100;

type PanelState = 'idle' | 'loading' | 'running' | 'done' | 'cancelled' | 'error';

export class SolvePanel {
  readonly form = new SolveForm();
  private readonly section = byId('solve');
  private readonly list = byId<HTMLOListElement>('solve-candidates');
  private readonly runButton = byId<HTMLButtonElement>('solve-run');
  private readonly cancelButton = byId<HTMLButtonElement>('solve-cancel');
  private readonly summary = new SummaryView();
  private policy: Promise<PolicyGenerator> | null = null;
  private loadedPolicy: PolicyGenerator | null = null;
  private running: AbortController | null = null;
  private openSessions = 0;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastDraw = 0;

  /** `model` gives the page's PRM (null while it loads). */
  constructor(private readonly model: () => Scorer | null) {
    this.runButton.addEventListener('click', () => void this.run());
    this.cancelButton.addEventListener('click', () => this.running?.abort());
    this.setState('idle');
    window.steplightDemo = {
      openSessions: () => this.openSessions,
      policyStats: async () => (this.loadedPolicy ? this.loadedPolicy.stats() : null),
    };
  }

  /** Loads the problems of the test split into the example picker. */
  async loadExamples(url: string): Promise<void> {
    const response = await fetch(url);
    if (response.ok) this.form.setExamples(parseProblems(await response.text(), 12));
  }

  private setState(state: PanelState, status?: string): void {
    this.section.dataset.state = state;
    const busy = state === 'loading' || state === 'running';
    this.runButton.disabled = busy;
    this.cancelButton.disabled = !busy;
    if (status !== undefined) byId('solve-status').textContent = status;
  }

  private countSessions(open: number): void {
    this.openSessions = open;
    this.section.dataset.openSessions = String(open);
  }

  /** The policy, loaded once on the PRM's backend. */
  private loadPolicy(scorer: Scorer): Promise<PolicyGenerator> {
    this.policy ??= PolicyGenerator.load({ device: scorer.info.backend, onProgress: (p) => this.showProgress(p) }).then(
      (policy) => {
        this.loadedPolicy = policy;
        return policy;
      },
      (error: unknown) => {
        this.policy = null;
        throw error;
      },
    );
    return this.policy;
  }

  private showProgress(p: PolicyProgress): void {
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    byId('solve-status').textContent = `Loading the tiny LLM: ${p.file} ${mb(p.loaded)} of ${mb(p.total)} MB…`;
  }

  private async run(): Promise<void> {
    const scorer = this.model();
    const problem = this.form.problem.value.trim();
    if (scorer === null) return this.setState('idle', 'The PRM is still loading.');
    if (problem === '') return this.setState('idle', 'Write a problem, or pick an example.');
    const controller = new AbortController();
    this.running = controller;
    const options = this.form.options();
    const expected = this.form.expectedAnswer();
    this.showDomain(scorer, problem);
    const board = new CandidateBoard();
    const cards = new Map<number, CandidateCard>();
    this.list.replaceChildren();
    this.summary.reset();
    const started = performance.now();
    try {
      this.setState('loading', `Loading the tiny LLM (transformers.js, q4, ${scorer.info.backend === 'webgpu' ? 'WebGPU' : 'WASM'})…`);
      const policy = await this.loadPolicy(scorer);
      if (controller.signal.aborted) throw new DOMException('Cancelled', 'AbortError');
      this.setState('running', `Writing ${options.n} candidates…`);
      const draw = () => this.draw(board, cards, scorer, options.earlyReject?.threshold ?? null);
      const result = await search(new CountedScorer(scorer, (open) => this.countSessions(open)), policy, problem, {
        ...options,
        signal: controller.signal,
        onEvent: (event: SearchEvent) => {
          board.apply(event);
          this.schedule(draw);
        },
      });
      board.finish(result);
      this.cancelDraw();
      draw();
      this.summary.done(result, options.n, expected);
      this.setState('done', this.doneText(result, performance.now() - started));
    } catch (error) {
      this.cancelDraw();
      this.draw(board, cards, scorer, options.earlyReject?.threshold ?? null);
      const cancelled = controller.signal.aborted;
      this.summary.stopped(cancelled ? 'Cancelled: every candidate was stopped.' : errorText(error), board);
      this.setState(cancelled ? 'cancelled' : 'error', cancelled ? 'Cancelled.' : 'The search failed.');
    } finally {
      if (this.running === controller) this.running = null;
    }
  }

  private doneText(result: SearchResult, ms: number): string {
    const rejected = result.candidates.filter((c) => c.status === 'rejected').length;
    const cut = rejected > 0 ? `, ${rejected} cut early` : '';
    return `Done in ${(ms / 1000).toFixed(1)} s: ${result.candidates.length} candidates${cut}. Sampling is not seeded, so another run writes other candidates.`;
  }

  private showDomain(scorer: Scorer, problem: string): void {
    const issues = checkDomain(scorer.info.domain, problem);
    const note = byId('solve-domain');
    note.hidden = issues.length === 0;
    note.textContent = issues.length === 0 ? '' : `Outside what this PRM judges: ${issues.map((i) => i.message).join(' ')} Its scores are not a verdict.`;
  }

  /**
   * Draws in the next animation frame, at most every {@link DRAW_INTERVAL_MS}: tokens of N candidates arrive far faster
   * than anyone reads them, and each draw costs the main thread a layout and a paint.
   */
  private schedule(draw: () => void): void {
    if (this.frame !== 0 || this.timer !== null) return;
    const wait = Math.max(0, this.lastDraw + DRAW_INTERVAL_MS - performance.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.lastDraw = performance.now();
        draw();
      });
    }, wait);
  }

  private cancelDraw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Redraws the candidates changed since the last frame, and the live summary. */
  private draw(board: CandidateBoard, cards: Map<number, CandidateCard>, scorer: Scorer, rejectAt: number | null): void {
    const { info } = scorer;
    for (const index of [...board.dirty].sort((a, b) => a - b)) {
      const state = board.candidates.get(index);
      if (!state) continue;
      let card = cards.get(index);
      if (!card) {
        card = new CandidateCard(index);
        cards.set(index, card);
        this.list.append(card.element);
      }
      card.draw(state, info, info.threshold, rejectAt);
    }
    board.dirty.clear();
    if (this.section.dataset.state === 'running') this.summary.update(board);
  }
}
