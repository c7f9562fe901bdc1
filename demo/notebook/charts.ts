/** Plots of the notebook, drawn with uPlot: F1 against threshold, and one cell's step scores. */
import uPlot from 'uplot';

const colors = { f1: '#4b3fd1', accError: '#b84f00', accCorrect: '#2166ac', threshold: '#5b6478' };

/** Axis colours from the page's palette, so charts read in light and dark mode. */
export function axis(container: HTMLElement, extra: uPlot.Axis = {}): uPlot.Axis {
  const style = getComputedStyle(container);
  const line = style.getPropertyValue('--line').trim() || '#dde1ea';
  return { stroke: style.color, grid: { stroke: line, width: 1 }, ticks: { stroke: line, width: 1 }, ...extra };
}

/** Draws a vertical or horizontal threshold guide on top of a chart. */
function thresholdGuide(threshold: () => number, axis: 'x' | 'y'): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const { ctx, bbox } = u;
          const at = u.valToPos(threshold(), axis, true);
          ctx.save();
          ctx.strokeStyle = colors.threshold;
          ctx.setLineDash([5, 4]);
          ctx.lineWidth = devicePixelRatio;
          ctx.beginPath();
          if (axis === 'x') {
            ctx.moveTo(at, bbox.top);
            ctx.lineTo(at, bbox.top + bbox.height);
          } else {
            ctx.moveTo(bbox.left, at);
            ctx.lineTo(bbox.left + bbox.width, at);
          }
          ctx.stroke();
          ctx.restore();
        },
      ],
    },
  };
}

/** F1 and both accuracies against the threshold; the dashed line marks the current threshold. */
export class ThresholdChart {
  private readonly plot: uPlot;
  private threshold = 0.5;

  /** Draws into `container`, as wide as it is (and follows its width). */
  constructor(container: HTMLElement) {
    const width = () => Math.max(280, container.clientWidth || 520);
    const opts: uPlot.Options = {
      width: width(),
      height: 240,
      title: 'F1 and accuracy against threshold',
      // The x axis spans the curve's thresholds: the model's score range ([-1, 1] for PURE-style heads).
      scales: {
        x: { time: false, range: (_u, min, max) => (Number.isFinite(min) && Number.isFinite(max) && min < max ? [min, max] : [0, 1]) },
        y: { range: [0, 1] },
      },
      axes: [axis(container, { label: 'threshold' }), axis(container, { label: 'score' })],
      series: [
        { label: 'threshold', value: (_u, v) => (v == null ? '–' : v.toFixed(2)) },
        { label: 'F1', stroke: colors.f1, width: 2.5 },
        { label: 'acc. erroneous', stroke: colors.accError, width: 1.5, dash: [6, 3] },
        { label: 'acc. correct', stroke: colors.accCorrect, width: 1.5, dash: [2, 3] },
      ],
      plugins: [thresholdGuide(() => this.threshold, 'x')],
    };
    this.plot = new uPlot(opts, [[], [], [], []], container);
    new ResizeObserver(() => this.plot.setSize({ width: width(), height: 240 })).observe(container);
  }

  /** Redraws with a new curve and current threshold. */
  update(curve: { thresholds: number[]; f1: number[]; accError: number[]; accCorrect: number[] }, threshold: number): void {
    this.threshold = threshold;
    this.plot.setData([curve.thresholds, curve.f1, curve.accError, curve.accCorrect]);
  }
}

/** One bar per step score, coloured by pass / fail at the threshold (dashed line); the first failing step's label
 * is marked with ▲. */
export function stepScoreChart(container: HTMLElement, scores: readonly number[], threshold: number, width: number, range: [number, number] = [0, 1]): uPlot {
  const steps = scores.map((_, i) => i + 1);
  const firstFail = scores.findIndex((s) => s < threshold) + 1;
  const opts: uPlot.Options = {
    width,
    height: 110,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [0.5, scores.length + 0.5] }, y: { range } },
    axes: [
      axis(container, { splits: () => steps, values: (_u, ticks) => ticks.map((t) => (t === firstFail ? `▲ step ${t}` : `step ${t}`)), size: 28 }),
      axis(container, { splits: () => [0, 0.5, 1], size: 36 }),
    ],
    series: [
      {},
      {
        label: 'step score',
        paths: uPlot.paths.bars!({
          size: [0.6, 48],
          disp: {
            fill: {
              unit: 3 as uPlot.Series.BarsPathBuilderFacetUnit.Color,
              kind: 2 as uPlot.Series.BarsPathBuilderFacetKind.Discrete,
              values: (u, seriesIdx) => Array.from(u.data[seriesIdx] ?? [], (v) => ((v ?? 0) < threshold ? colors.accError : colors.accCorrect)),
            },
          },
        }),
        points: { show: false },
        fill: colors.accCorrect,
        stroke: 'transparent',
      },
    ],
    plugins: [thresholdGuide(() => threshold, 'y')],
  };
  return new uPlot(opts, [steps, [...scores]], container);
}
