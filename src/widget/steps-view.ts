/**
 * Renders scored steps: each step a card with a score bar and value, each token tinted by its partial
 * reward, the first error marked on its step and token. Text is only ever set as text, never as HTML.
 * Used by the demo page, the `<steplight-steps>` widget and the notebook; its styles are in
 * `steps-view.css`, themed by the `--steplight-*` custom properties.
 *
 * DOM contract (stable; tests and embedders rely on it): every step element has `data-step-index` and
 * `data-score` (4 decimals, updated live; the running partial reward while a step is still open); the
 * first-error step element alone has `data-first-error="true"`. Parts (for `::part()` inside a shadow
 * root): `step` plus `step-ok` | `step-wrong` | `step-open` and `first-error`; `token` plus `token-low` and
 * `first-error-token`; `step-head`, `bar`, `score`, `badge`, `text`, `empty` (an empty step, for line-based PRMs), `token-value` (a tapped token's partial reward);
 * `domain-notice`; `typed` (a step as typed, above the tokens the model read, when it reads steps through a view). When the problem lies outside the model's domain (`domainIssues`), a notice says why, steps
 * are drawn `step-unjudged` (`data-status="unjudged"`), no step is the first error, and the container has
 * `data-out-of-domain`.
 */
import { checkDomain, findFirstError, type DomainIssue, type FirstError, type ModelInfo, type StepScore, type TokenScore } from '../index.ts';
import { splitSteps } from '../steps.ts';

/** Everything the view shows. */
export interface StepsViewModel {
  tokens: readonly TokenScore[];
  steps: readonly StepScore[];
  threshold: number;
  /** The model's score range (`ModelInfo.scoreRange`); default [0, 1]. */
  scoreRange?: readonly [number, number];
  firstError: FirstError | null;
  /** Whether the last step is still being written (no separator yet). */
  ended: boolean;
  /** Why the text lies outside the model's domain (`checkDomain`); scores are then shown but not judged. */
  domainIssues?: readonly DomainIssue[];
  /** Whether tokens are tinted by their partial rewards (`ModelInfo.partialRewards`; default true). */
  partialRewards?: boolean;
  /** What the model judges (`ModelInfo.domain.summary`), shown with the issues. */
  domainSummary?: string;
  /** Each step as typed, shown above the tokens the model read when it reads steps through a view (`stepView`). */
  typedSteps?: readonly string[];
}

/** The steps of `text` as typed, for a model that reads them through a view (none otherwise). */
function typedSteps(text: string | undefined, ended: boolean, info: ModelInfo | null): string[] | undefined {
  if (text === undefined || info?.stepRules.stepView === undefined) return undefined;
  const { closed, open } = splitSteps(text, info.stepRules, ended);
  return open === null ? closed : [...closed, open];
}

/** Scores to draw for `problem`: the first error at `threshold`, or none and the reasons when the problem lies
 * outside the model's domain (`info.domain`). Every front end builds its view model here. */
export function stepsViewModel(
  scores: { tokens: readonly TokenScore[]; steps: readonly StepScore[]; ended: boolean; text?: string } | null,
  threshold: number,
  info: ModelInfo | null,
  problem: string,
): StepsViewModel & { domainIssues: readonly DomainIssue[] } {
  const tokens = scores?.tokens ?? [];
  const steps = scores?.steps ?? [];
  const domainIssues = checkDomain(info?.domain, problem);
  const firstError = domainIssues.length > 0 ? null : findFirstError(tokens, steps, threshold, info?.thresholdRule);
  const typed = typedSteps(scores?.text, scores?.ended ?? false, info);
  return {
    tokens,
    steps,
    threshold,
    firstError,
    ended: scores?.ended ?? false,
    domainIssues,
    ...(info ? { scoreRange: info.scoreRange, partialRewards: info.partialRewards } : {}),
    ...(info?.domain ? { domainSummary: info.domain.summary } : {}),
    ...(typed ? { typedSteps: typed } : {}),
  };
}

/** Whether steps are judged right or wrong (not when the text is out of the model's domain). */
function judged(model: StepsViewModel): boolean {
  return (model.domainIssues?.length ?? 0) === 0;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, part: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Where `score` sits in the model's range, from 0 to 1 (bar width, token tint). */
function share(score: number, model: StepsViewModel): number {
  const [low, high] = model.scoreRange ?? [0, 1];
  return Math.min(1, Math.max(0, (score - low) / (high - low)));
}

/** Everything a step's element shows, as a string: equal keys draw equal elements. */
function drawKey(stepIndex: number, tokens: readonly TokenScore[], step: StepScore | undefined, model: StepsViewModel): string {
  const error = model.firstError;
  const parts = [
    step?.score ?? 'open',
    model.threshold,
    model.scoreRange?.join() ?? '',
    error === null ? '' : `${error.stepIndex}/${error.tokenIndex}`,
    judged(model),
    model.partialRewards ?? true,
    model.typedSteps?.[stepIndex] ?? '',
  ];
  for (const token of tokens) parts.push(token.tokenIndex, token.text, token.partialReward.toFixed(4), token.isSeparator ? 's' : 't');
  return parts.join('\u0000');
}

/** A live list of scored steps inside `container`. */
export class StepsView {
  private readonly list: HTMLOListElement;
  private readonly notice: HTMLParagraphElement;
  /** Each step's element and what it was drawn from: unchanged steps keep their element from frame to frame. */
  private drawn = new Map<number, { key: string; item: HTMLLIElement }>();

  constructor(private readonly container: HTMLElement) {
    this.list = el('ol', 'sl-steps', 'steps');
    this.list.setAttribute('aria-label', 'Scored steps');
    this.notice = el('p', 'sl-domain', 'domain-notice');
    this.notice.setAttribute('role', 'note');
    this.notice.hidden = true;
    container.replaceChildren(this.notice, this.list);
    // A tap or click on a token shows its partial reward in its step (hover tooltips do not exist on touch screens).
    this.list.addEventListener('click', (event) => {
      const token = (event.target as Element).closest<HTMLElement>('.sl-token');
      const step = token?.closest('.sl-step');
      if (!token || !step || token.dataset.reward === undefined) return;
      let line = step.querySelector<HTMLElement>('.sl-token-value');
      if (!line) {
        line = el('p', 'sl-token-value', 'token-value');
        step.append(line);
      }
      line.textContent = `“${token.textContent ?? ''}”: partial reward ${token.dataset.reward}`;
    });
  }

  private renderNotice(model: StepsViewModel): void {
    const issues = model.domainIssues ?? [];
    const text =
      issues.length === 0
        ? ''
        : `Outside what this model judges. ${issues.map((i) => i.message).join(' ')}${model.domainSummary ? ` It judges: ${model.domainSummary}` : ''} Its scores below are not a verdict.`;
    if (this.notice.textContent !== text) this.notice.textContent = text;
    this.notice.hidden = issues.length === 0;
    this.container.toggleAttribute('data-out-of-domain', issues.length > 0);
  }

  /** Redraws from `model`; cheap enough to call once per animation frame. */
  render(model: StepsViewModel): void {
    this.renderNotice(model);
    const groups = new Map<number, TokenScore[]>();
    for (const token of model.tokens) {
      const group = groups.get(token.stepIndex) ?? [];
      group.push(token);
      groups.set(token.stepIndex, group);
    }
    const stepsByIndex = new Map(model.steps.map((s) => [s.stepIndex, s]));
    const drawn = new Map<number, { key: string; item: HTMLLIElement }>();
    const items: HTMLLIElement[] = [];
    for (const [stepIndex, tokens] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
      const step = stepsByIndex.get(stepIndex);
      const key = drawKey(stepIndex, tokens, step, model);
      const previous = this.drawn.get(stepIndex);
      const item = previous?.key === key ? previous.item : this.renderStep(stepIndex, tokens, step, model);
      drawn.set(stepIndex, { key, item });
      items.push(item);
    }
    this.drawn = drawn;
    this.placeChildren(items);
    this.container.toggleAttribute('data-empty', items.length === 0);
  }

  /** Makes `items` the list's children, touching only the positions that changed (the open step, as a rule). */
  private placeChildren(items: HTMLLIElement[]): void {
    const children = this.list.children;
    items.forEach((item, i) => {
      const current = children[i];
      if (current === item) return;
      if (current === undefined) this.list.append(item);
      else this.list.replaceChild(item, current);
    });
    while (children.length > items.length) children[children.length - 1]!.remove();
  }

  private renderStep(stepIndex: number, tokens: TokenScore[], step: StepScore | undefined, model: StepsViewModel): HTMLLIElement {
    const visible = tokens.filter((t) => !t.isSeparator);
    const open = step === undefined;
    const score = step?.score ?? visible.at(-1)?.partialReward ?? 1;
    const status = open ? 'open' : !judged(model) ? 'unjudged' : score < model.threshold ? 'wrong' : 'ok';
    const isFirstError = judged(model) && model.firstError?.stepIndex === stepIndex;
    const item = el('li', 'sl-step', `step step-${status}${isFirstError ? ' first-error' : ''}`);
    item.dataset.stepIndex = String(stepIndex);
    item.dataset.score = score.toFixed(4);
    item.dataset.status = status;
    if (isFirstError) item.dataset.firstError = 'true';

    const head = el('div', 'sl-step-head', 'step-head');
    const icon = el('span', 'sl-icon', 'icon', { open: '…', wrong: '✗', ok: '✓', unjudged: '?' }[status]);
    icon.setAttribute('aria-hidden', 'true');
    const label = el('span', 'sl-step-label', 'step-label', `Step ${stepIndex + 1}`);
    const bar = el('span', 'sl-bar', 'bar');
    const fill = el('span', 'sl-bar-fill', 'bar-fill');
    fill.style.width = `${(share(score, model) * 100).toFixed(1)}%`;
    bar.append(fill);
    bar.setAttribute('role', 'meter');
    const [low, high] = model.scoreRange ?? [0, 1];
    bar.setAttribute('aria-valuemin', String(low));
    bar.setAttribute('aria-valuemax', String(high));
    bar.setAttribute('aria-valuenow', score.toFixed(4));
    bar.setAttribute('aria-label', `Step ${stepIndex + 1} score`);
    const value = el('span', 'sl-score', 'score', `${score.toFixed(3)}${open ? ' (partial)' : ''}`);
    head.append(icon, label, bar, value);
    if (isFirstError) head.append(el('span', 'sl-badge', 'badge', 'first error'));

    const typed = model.typedSteps?.[stepIndex];
    const read = visible.map((t) => t.text).join('');
    const typedLine = typed !== undefined && typed.trim() !== read.trim() ? [el('p', 'sl-typed', 'typed', typed)] : [];
    const text = el('p', 'sl-text', 'text');
    for (const token of visible) {
      const tinted = model.partialRewards ?? true;
      const low = tinted && judged(model) && token.partialReward < model.threshold;
      const isErrorToken = isFirstError && model.firstError?.tokenIndex === token.tokenIndex;
      const span = el('span', 'sl-token', `token${low ? ' token-low' : ''}${isErrorToken ? ' first-error-token' : ''}`, token.text);
      if (tinted) {
        span.style.setProperty('--sl-reward', share(token.partialReward, model).toFixed(3));
        span.title = `partial reward ${token.partialReward.toFixed(4)}`;
        span.dataset.reward = token.partialReward.toFixed(4);
      }
      if (low) span.classList.add('sl-low');
      if (isErrorToken) {
        span.classList.add('sl-first-error-token');
        span.dataset.firstErrorToken = 'true';
      }
      text.append(span);
    }
    if (visible.length === 0 && !open) text.append(el('span', 'sl-empty', 'empty', '(empty line, scored too)'));
    item.append(head, ...typedLine, text);
    return item;
  }
}
