/** The notebook's test-time scaling plots (uPlot): accuracy against N, and accuracy against tokens generated per problem. */
import uPlot from 'uplot';
import { axis } from './charts.ts';
import type { MeasuredStrategy, ScalingSeries } from './scaling-results.ts';

/** One colour per strategy (the demo's palette); runs with early rejection are dashed. */
const COLORS: Record<MeasuredStrategy, string> = {
  'pass@1': '#5b6478',
  majority: '#b84f00',
  'best-of-n': '#2166ac',
  'weighted-vote': '#4b3fd1',
  beam: '#1b7f5a',
};

const HEIGHT = 260;

function lineSeries(line: ScalingSeries): uPlot.Series {
  return {
    label: line.label,
    stroke: COLORS[line.strategy],
    width: 2,
    ...(line.earlyReject ? { dash: [6, 4] } : {}),
    spanGaps: true,
    points: { show: true, size: 7, fill: COLORS[line.strategy] },
    value: (_u, v) => (v == null ? '–' : `${(100 * v).toFixed(1)}%`),
  };
}

/** Both plots, redrawn from scratch on each update (the series change with the file). */
export class ScalingCharts {
  private plots: uPlot[] = [];

  constructor(
    private readonly byN: HTMLElement,
    private readonly byTokens: HTMLElement,
  ) {
    // Charts drawn while hidden (no results yet) take their width when they are shown.
    new ResizeObserver(() => {
      for (const plot of this.plots) plot.setSize({ width: this.width(plot.root.parentElement ?? byN), height: HEIGHT });
    }).observe(byN);
  }

  private width(container: HTMLElement): number {
    return Math.max(280, container.clientWidth || 520);
  }

  /** Draws `series` (none: empty plots). */
  update(series: readonly ScalingSeries[]): void {
    for (const plot of this.plots) plot.destroy();
    const ns = [...new Set(series.flatMap((s) => s.points.map((p) => p.n)))].sort((a, b) => a - b);
    // One x column shared by every series (uPlot's layout); a series has null where it has no point, and lines span them.
    const joined = (x: (p: ScalingSeries['points'][number]) => number): uPlot.AlignedData =>
      series.length === 0 ? [[]] : uPlot.join(series.map((s) => [s.points.map(x), s.points.map((p) => p.accuracy)] as uPlot.AlignedData));
    const byN = joined((p) => p.n);
    const byTokens = joined((p) => p.tokensPerProblem);
    const yAxis = (container: HTMLElement) => axis(container, { label: 'accuracy', values: (_u, ticks) => ticks.map((t) => `${Math.round(100 * t)}%`) });
    this.plots = [
      new uPlot(
        {
          width: this.width(this.byN),
          height: HEIGHT,
          title: 'Accuracy against N (candidates)',
          legend: { live: false },
          // A log-2 axis with a tick at each measured n (an empty plot keeps a plain axis: a log scale needs data).
          scales: { x: ns.length ? { time: false, distr: 3, log: 2 } : { time: false, range: [1, 16] }, y: { range: [0, 1] } },
          axes: [axis(this.byN, { label: 'N', ...(ns.length ? { splits: () => ns } : {}) }), yAxis(this.byN)],
          series: [{ label: 'N' }, ...series.map(lineSeries)],
        },
        byN,
        this.byN,
      ),
      new uPlot(
        {
          width: this.width(this.byTokens),
          height: HEIGHT,
          title: 'Accuracy against tokens generated per problem',
          legend: { live: false },
          scales: { x: series.length ? { time: false } : { time: false, range: [0, 100] }, y: { range: [0, 1] } },
          axes: [axis(this.byTokens, { label: 'tokens per problem' }), yAxis(this.byTokens)],
          series: [{ label: 'tokens', value: (_u, v) => (v == null ? '–' : v.toFixed(0)) }, ...series.map(lineSeries)],
        },
        byTokens,
        this.byTokens,
      ),
    ];
  }
}
