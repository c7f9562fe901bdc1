/**
 * The page-path measures of `npm run bench`: text streamed into a real `<steplight-steps>` widget (the shared
 * Web Worker, events, rendering), as an LLM would write it, at a fixed rate. Measures the lag from each piece's
 * arrival to its score reaching the page, and the page's long tasks meanwhile.
 */
import { pieces, SteplightStepsElement } from '../../src/widget/steplight-widget.ts';

if (!customElements.get('steplight-steps')) customElements.define('steplight-steps', SteplightStepsElement);

/** How pieces reach the widget: as they arrive (the session folds pieces that arrive during a run into its next
 * run), or one at a time, each waiting for the previous piece's score (a runtime with no chunked prefill). */
export type FeedMode = 'coalesced' | 'token-at-a-time';

/** Lag figures of one rate and mode. */
export interface KeepUpFigures {
  tokensPerSecond: number;
  mode: FeedMode;
  pieces: number;
  lagP50Ms: number;
  lagP95Ms: number;
  lagMaxMs: number;
  /** Event batches that reached the page, one per model run (fewer than pieces when coalescing). */
  scoreUpdates: number;
  longestTaskMs: number;
  longTasks: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** A widget on the page for `modelUrl`, loaded and with an open session. */
export async function widgetFor(modelUrl: string, backend: string, variant: string, problem: string): Promise<SteplightStepsElement> {
  const widget = document.createElement('steplight-steps') as SteplightStepsElement;
  widget.setAttribute('model', new URL(modelUrl, location.href).href);
  widget.setAttribute('backend', backend);
  widget.setAttribute('variant', variant);
  widget.setAttribute('problem', problem);
  widget.setAttribute('mode', 'stream');
  document.body.append(widget);
  await widget.replace('');
  return widget;
}

/** Long tasks (>= 50 ms, the browser's definition) on the page while `work` runs. */
async function watchLongTasks<T>(work: () => Promise<T>): Promise<{ result: T; longest: number; count: number }> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const result = await work();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { result, longest: Math.max(0, ...durations), count: durations.length };
}

/** Plays `text` into a fresh solution at `rate` pieces per second; each piece's lag = scored time - due time. */
async function play(widget: SteplightStepsElement, text: string, rate: number, mode: FeedMode): Promise<{ lags: number[]; updates: number }> {
  await widget.reset();
  const queue = pieces(text);
  const start = performance.now() + 20;
  const due = queue.map((_, i) => start + (i * 1000) / rate);
  const lags: number[] = [];
  let updates = 0;
  let inBatch = false;
  const onRun = () => {
    if (inBatch) return;
    inBatch = true;
    updates += 1;
    queueMicrotask(() => {
      inBatch = false;
    });
  };
  widget.addEventListener('steplight-token', onRun);
  let next = 0;
  let chain: Promise<void> = Promise.resolve();
  await new Promise<void>((finish) => {
    const tick = () => {
      const now = performance.now();
      const ready: number[] = [];
      while (next < queue.length && due[next]! <= now) ready.push(next++);
      for (const i of ready) {
        const send = () => widget.append(queue[i]!).then(() => void lags.push(performance.now() - due[i]!));
        chain = mode === 'coalesced' ? Promise.all([chain, send()]).then(() => undefined) : chain.then(send);
      }
      if (next < queue.length) setTimeout(tick, Math.max(0, due[next]! - performance.now()));
      else void chain.then(finish);
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  widget.removeEventListener('steplight-token', onRun);
  return { lags, updates };
}

/** Streams `text` at each rate in each mode and reports lag and long tasks. */
export async function keepUp(widget: SteplightStepsElement, text: string, rates: number[], modes: FeedMode[]): Promise<KeepUpFigures[]> {
  const figures: KeepUpFigures[] = [];
  for (const rate of rates) {
    for (const mode of modes) {
      const { result, longest, count } = await watchLongTasks(() => play(widget, text, rate, mode));
      figures.push({
        tokensPerSecond: rate,
        mode,
        pieces: result.lags.length,
        lagP50Ms: percentile(result.lags, 50),
        lagP95Ms: percentile(result.lags, 95),
        lagMaxMs: Math.max(...result.lags),
        scoreUpdates: result.updates,
        longestTaskMs: longest,
        longTasks: count,
      });
    }
  }
  return figures;
}
