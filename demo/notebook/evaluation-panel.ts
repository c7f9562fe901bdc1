/** The notebook's evaluation section: progress of a run, the metrics table and the threshold chart. */
import type { ThresholdRule } from '../../src/index.ts';
import type { Cell } from './cell-store.ts';
import { ThresholdChart } from './charts.ts';
import { metricsAt, thresholdCurve, type EvaluationProgress } from './evaluation.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

export class EvaluationPanel {
  private readonly progress = byId<HTMLProgressElement>('progress');
  private readonly progressText = byId('progress-text');
  private readonly chart: ThresholdChart;
  private started = 0;

  constructor() {
    this.chart = new ThresholdChart(byId('threshold-chart'));
  }

  /** A run starts: the progress bar appears and cancel is offered. */
  start(total: number): void {
    this.started = performance.now();
    this.progress.hidden = false;
    this.progress.max = total;
    this.progress.value = 0;
    this.progressText.textContent = `0 / ${total} records`;
    byId<HTMLButtonElement>('evaluate').disabled = true;
    byId<HTMLButtonElement>('cancel').disabled = false;
  }

  step(p: EvaluationProgress): void {
    this.progress.value = p.done;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    this.progressText.textContent = `${p.done} / ${p.total} records · ${seconds} s${p.failed ? ` · ${p.failed} could not be scored` : ''}`;
  }

  /** A run ended (finished or cancelled). */
  finish(summary: string): void {
    this.progressText.textContent = summary;
    this.progress.hidden = true;
    byId<HTMLButtonElement>('evaluate').disabled = false;
    byId<HTMLButtonElement>('cancel').disabled = true;
  }

  /**
   * Metrics and curve of `cells` at `threshold`, under the threshold `rule`, across the model's score `range`;
   * `otherScores` cells hold scores another model, variant or protocol made (not counted, said so).
   */
  show(cells: readonly Cell[], threshold: number, rule: ThresholdRule, range: readonly [number, number], otherScores: number): void {
    const note = byId('metrics-note');
    const one = otherScores === 1;
    note.textContent = `${otherScores} cell${one ? ' holds' : 's hold'} scores made by another model, variant or protocol and ${one ? 'is' : 'are'} not counted: ▶ Evaluate all scores ${one ? 'it' : 'them'} again.`;
    note.hidden = otherScores === 0;
    const m = metricsAt(cells, threshold, rule);
    const scored = m.n > 0;
    byId('metric-n').textContent = String(m.n);
    byId('metric-acc-error').textContent = scored ? percent(m.acc_error) : '–';
    byId('metric-acc-correct').textContent = scored ? percent(m.acc_correct) : '–';
    byId('metric-f1').textContent = scored ? m.f1.toFixed(3) : '–';
    byId('metric-exact').textContent = scored ? percent(m.first_error_exact) : '–';
    byId('metrics').dataset.f1 = scored ? m.f1.toFixed(4) : '';
    // No scored cell yet (a run just started): no curve, rather than flat lines at 0.
    this.chart.update(scored ? thresholdCurve(cells, rule, range) : { thresholds: [], f1: [], accError: [], accCorrect: [] }, threshold);
  }
}
