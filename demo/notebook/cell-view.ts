/**
 * One notebook cell on screen: problem and solution editors, its label, the demo's live steps view
 * and a chart of its step scores. Text from cells and files is only ever set as text.
 */
import type uPlot from 'uplot';
import type { ModelInfo, StepScore, TokenScore } from '../../src/index.ts';
import { StepsView, stepsViewModel } from '../../src/widget/steplight-widget.ts';
import type { Cell } from './cell-store.ts';
import { stepScoreChart } from './charts.ts';
import { stepsOf } from './files.ts';

/** What a cell shows: scored tokens and steps (from a session or a one-shot score). */
export interface CellScores {
  tokens: readonly TokenScore[];
  steps: readonly StepScore[];
  ended: boolean;
}

/** What the notebook does when the user acts on a cell. */
export interface CellActions {
  edit(cell: Cell, change: Partial<Pick<Cell, 'problem' | 'solution' | 'label'>>): void;
  move(cell: Cell, delta: -1 | 1): void;
  remove(cell: Cell): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A small symbol button ("✕") whose accessible name is `title` ("Delete cell"): the symbol is hidden from
 * assistive technology and the words are there for it, so the name matches what a screen reader announces. */
function button(label: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', 'cell-button');
  const symbol = el('span', '', label);
  symbol.setAttribute('aria-hidden', 'true');
  b.append(symbol, el('span', 'visually-hidden', title));
  b.type = 'button';
  b.title = title;
  b.addEventListener('click', onClick);
  return b;
}

/** A cell's card. */
export class CellView {
  readonly element = el('article', 'cell');
  private readonly labelSelect = el('select', 'cell-label');
  private readonly verdict = el('span', 'cell-verdict');
  private readonly errorLine = el('p', 'cell-error');
  private readonly chartBox = el('div', 'cell-chart');
  private readonly steps: StepsView;
  private chart: uPlot | null = null;

  constructor(
    private cell: Cell,
    number: number,
    actions: CellActions,
  ) {
    this.element.dataset.cellId = cell.id;
    const head = el('header', 'cell-head');
    const title = el('span', 'cell-number', `#${number}`);
    const labelBox = el('label', 'cell-label-box', 'Label ');
    labelBox.append(this.labelSelect);
    this.labelSelect.addEventListener('change', () => {
      const value = this.labelSelect.value;
      actions.edit(this.cell, { label: value === '' ? null : Number(value) });
    });
    head.append(
      title,
      labelBox,
      this.verdict,
      button('↑', 'Move cell up', () => actions.move(this.cell, -1)),
      button('↓', 'Move cell down', () => actions.move(this.cell, 1)),
      button('✕', 'Delete cell', () => actions.remove(this.cell)),
    );
    const problem = this.editor('Problem', 'cell-problem', cell.problem, 3, (text) => actions.edit(this.cell, { problem: text }));
    const solution = this.editor('Solution (blank line between steps)', 'cell-solution', cell.solution, 5, (text) =>
      actions.edit(this.cell, { solution: text }),
    );
    const inputs = el('div', 'cell-inputs');
    inputs.append(problem, solution);
    const stepsBox = el('div', 'steps cell-steps');
    this.steps = new StepsView(stepsBox);
    const output = el('div', 'cell-output');
    this.errorLine.hidden = true;
    this.errorLine.setAttribute('role', 'alert');
    output.append(stepsBox, this.errorLine, this.chartBox);
    this.element.append(head, inputs, output);
    this.fillLabels();
  }

  private editor(caption: string, className: string, value: string, rows: number, onInput: (text: string) => void): HTMLLabelElement {
    const label = el('label', 'cell-field', caption);
    const area = el('textarea', className);
    area.rows = rows;
    area.value = value;
    area.spellcheck = false;
    area.addEventListener('input', () => onInput(area.value));
    label.append(area);
    return label;
  }

  /** Label choices: unlabelled, correct, or the first wrong step among the current steps. */
  private fillLabels(): void {
    const count = Math.max(stepsOf(this.cell.solution).length, (this.cell.label ?? -1) + 1);
    const options = [new Option('unlabelled', ''), new Option('correct', '-1')];
    for (let i = 0; i < count; i++) options.push(new Option(`wrong from step ${i + 1}`, String(i)));
    this.labelSelect.replaceChildren(...options);
    this.labelSelect.value = this.cell.label === null ? '' : String(this.cell.label);
  }

  /** Takes the stored cell after an edit (keeps the editors as the user typed them). */
  update(cell: Cell): void {
    this.cell = cell;
    this.fillLabels();
  }

  /** Draws the cell's scores at `threshold`; null clears them. `info` says what the model judges. */
  show(scores: CellScores | null, threshold: number, chartWidth: number, info: ModelInfo | null): void {
    this.errorLine.hidden = true;
    const shown = stepsViewModel(scores && { ...scores, text: this.cell.solution }, threshold, info, this.cell.problem);
    const { steps, firstError, domainIssues } = shown;
    this.steps.render(shown);
    const predicted = scores?.ended ? (firstError?.stepIndex ?? -1) : null;
    this.element.dataset.predicted = predicted === null ? '' : String(predicted);
    const label = this.cell.label;
    let text = predicted === null ? 'not scored' : predicted === -1 ? '✓ no error found' : `▲ first error at step ${predicted + 1}`;
    if (predicted !== null && label !== null) text += predicted === label ? ' · matches label' : ' · differs from label';
    if (predicted !== null && domainIssues.length > 0) text = 'not judged: outside what this model judges';
    this.verdict.textContent = text;
    this.verdict.dataset.kind = predicted === null ? 'pending' : domainIssues.length > 0 ? 'out-of-domain' : predicted === -1 ? 'ok' : 'error';
    this.chart?.destroy();
    this.chart =
      steps.length > 0 && scores?.ended
        ? stepScoreChart(
            this.chartBox,
            steps.map((s) => s.score),
            threshold,
            chartWidth,
            info?.scoreRange,
          )
        : null;
  }

  /** Shows why the cell could not be scored (its text stays as it is). */
  showError(message: string): void {
    this.errorLine.textContent = message;
    this.errorLine.hidden = false;
    this.verdict.textContent = 'not scored';
    this.verdict.dataset.kind = 'pending';
  }

  /** Frees the chart. */
  destroy(): void {
    this.chart?.destroy();
    this.element.remove();
  }
}
