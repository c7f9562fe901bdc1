/**
 * One candidate of the search panel: a card with its number, status, score and token count over its steps drawn by the
 * library's scored-steps view; a rejected card fades and says where and why it was cut. Text is set as text only.
 *
 * DOM contract (tests rely on it): the card has `data-candidate` (its index), `data-status` (running, finished,
 * rejected, pruned, extended), `data-tokens` (tokens it generated), `data-picked="true"` on the pick, and
 * `data-answer` once it states one.
 */
import type { ModelInfo } from '../../../src/index.ts';
import { StepsView } from '../../../src/widget/steplight-widget.ts';
import { type CandidateState, candidateView, REASONS } from './candidates.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Sets `node`'s text only when it changed (cards redraw every frame while their candidate writes). */
function write(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

const STATUS_WORDS: Record<CandidateState['status'], string> = {
  running: 'writing…',
  finished: 'finished',
  rejected: 'rejected',
  pruned: 'pruned',
  extended: 'kept, extended',
};

export class CandidateCard {
  readonly element = el('li', 'candidate');
  private readonly title = el('span', 'candidate-title');
  private readonly status = el('span', 'chip candidate-status');
  private readonly score = el('span', 'candidate-score');
  private readonly tokens = el('span', 'candidate-tokens');
  private readonly view: StepsView;
  private readonly note = el('p', 'candidate-note');

  constructor(index: number) {
    this.element.dataset.candidate = String(index);
    const head = el('div', 'candidate-head');
    head.append(this.title, this.status, el('span', 'spacer'), this.score, this.tokens);
    const body = el('div', 'candidate-steps');
    this.view = new StepsView(body);
    this.note.hidden = true;
    this.element.append(head, body, this.note);
    this.element.setAttribute('aria-label', `Candidate ${index + 1}`);
  }

  /** Redraws from the candidate's state; `threshold` is the model's (colours) and `rejectAt` the early-rejection one. */
  draw(c: CandidateState, info: ModelInfo, threshold: number, rejectAt: number | null): void {
    const { dataset } = this.element;
    dataset.status = c.status;
    dataset.tokens = String(c.tokens);
    if (c.picked) dataset.picked = 'true';
    else delete dataset.picked;
    if (c.answer !== null) dataset.answer = String(c.answer);
    else delete dataset.answer;
    write(this.title, `#${c.index + 1}${c.parent === undefined ? '' : ` ← #${c.parent + 1}`}`);
    const answer = c.status === 'finished' ? (c.answer === null ? 'no answer' : `answer ${c.answer}`) : STATUS_WORDS[c.status];
    // A rejected pick is the best of an all-rejected search, not an answer.
    write(this.status, c.picked ? `★ ${c.status === 'rejected' ? 'best so far · rejected' : `picked · ${answer}`}` : answer);
    write(this.score, c.score === null ? '' : `score ${c.score.toFixed(3)}`);
    write(this.tokens, `${c.tokens} tok`);
    this.view.render(candidateView(c, info, threshold));
    const note = this.noteText(c, rejectAt);
    write(this.note, note);
    this.note.hidden = note === '';
  }

  private noteText(c: CandidateState, rejectAt: number | null): string {
    if (c.cut !== null) {
      const why =
        c.cut.reason === 'context-overflow' || c.cut.score === null
          ? REASONS[c.cut.reason]
          : c.cut.reason === 'rank'
            ? `${REASONS.rank} (${c.cut.score.toFixed(4)}; ties go to the earlier candidate)`
            : `${REASONS[c.cut.reason]}, ${c.cut.score.toFixed(4)}, fell below ${rejectAt?.toFixed(2) ?? 'the threshold'}`;
      return `✂ Cut after ${c.cut.tokens} tokens: ${why}.`;
    }
    if (c.truncated) return 'Stopped at the token limit before the solution ended.';
    if (c.status === 'pruned') return 'Dropped: not among the best beams of its step.';
    return '';
  }
}
