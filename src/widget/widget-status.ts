/**
 * The words `<steplight-steps>` shows besides the steps, worked out from plain data: the verdict under the steps,
 * the status line (model and backend, or load progress), and the solution text taken from the element's content.
 */
import { aggregate, type Aggregation, type ModelInfo, type ProgressEvent } from '../index.ts';
import type { StepsViewModel } from './steps-view.ts';

/** Solution text from slotted light-DOM text: lines trimmed of the host page's indentation. */
export function dedent(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** The verdict line: its text, and its kind (set as the verdict's `data-kind`, for styling). */
export interface Verdict {
  text: string;
  kind: 'out-of-domain' | 'error' | 'ok' | 'pending';
}

/** The verdict on the scores `shown`; a finished solution without error also shows its `aggregation` of the step scores. */
export function verdictOf(shown: StepsViewModel, aggregation: Aggregation): Verdict {
  const { tokens, steps, ended, firstError } = shown;
  const outOfDomain = (shown.domainIssues ?? []).length > 0;
  const overall = aggregate(
    steps.map((s) => s.score),
    aggregation,
  );
  let text: string;
  if (tokens.length === 0) text = '';
  else if (outOfDomain) text = 'Not judged: outside what this model judges';
  else if (firstError) text = `▲ First error at step ${firstError.stepIndex + 1}`;
  else text = ended ? `✓ No error found${overall === null ? '' : ` (${aggregation} ${overall.toFixed(3)})`}` : 'No error so far…';
  const kind = outOfDomain && tokens.length > 0 ? 'out-of-domain' : firstError ? 'error' : ended ? 'ok' : 'pending';
  return { text, kind };
}

/** The status line once a model is loaded: its variant and backend ('' before). */
export function modelStatus(info: ModelInfo | null): string {
  return info ? `${info.variant} · ${info.backend === 'webgpu' ? 'WebGPU' : 'WASM'}` : '';
}

/** The status line while a model loads: the bytes of every file so far, as one percentage once all sizes are known. */
export class LoadProgress {
  private readonly bytes = new Map<string, { loaded: number; total: number | null }>();

  /** Starts over (a new model). */
  clear(): void {
    this.bytes.clear();
  }

  /** The status line after `event`. */
  update(event: ProgressEvent): string {
    if (event.file === 'runtime' || event.file === 'warmup') return event.file === 'runtime' ? 'Starting the runtime…' : 'Warming up…';
    this.bytes.set(event.file, { loaded: event.loadedBytes, total: event.totalBytes });
    const files = [...this.bytes.values()];
    const loaded = files.reduce((sum, f) => sum + f.loaded, 0);
    const total = files.every((f) => f.total !== null) ? files.reduce((sum, f) => sum + (f.total ?? 0), 0) : 0;
    return total > 0 ? `Loading model… ${Math.floor((100 * loaded) / total)}%` : 'Loading model…';
  }
}
