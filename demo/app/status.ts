/** The status line: backend, model, download progress, latency. */
import type { ModelInfo, ProgressEvent, SessionEvent } from '../../src/index.ts';

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** What the page says during the load phases after the model's files are in (`ProgressEvent.file`). */
const PHASES: Record<string, string> = {
  runtime: 'Starting onnxruntime-web (the first time it downloads and compiles its WebAssembly: 14 MB for WASM, 27 MB for WebGPU)…',
  warmup: 'Warming up: the first inference compiles the kernels (several seconds on WebGPU)…',
};

/** Updates the status elements of the page. */
export class StatusView {
  private readonly files = new Map<string, { loaded: number; total: number | null }>();
  private runs: { tokens: number; ms: number }[] = [];
  private loading = false;

  /** Shows a model's backend and variant. */
  showModel(info: ModelInfo): void {
    byId('status-backend').textContent = info.backend === 'webgpu' ? 'WebGPU' : `WASM · ${info.threads} thread${info.threads === 1 ? '' : 's'}`;
    byId('status-model').textContent = `${info.name} · ${info.variant}`;
    byId('load-progress').hidden = true;
    this.loading = false;
  }

  /** Hides the progress display after a failed load. */
  stopLoading(): void {
    byId('load-progress').hidden = true;
    this.loading = false;
  }

  /** Starts a new download display. */
  startLoading(label: string): void {
    this.files.clear();
    this.loading = true;
    byId('load-progress').hidden = false;
    byId('load-text').textContent = label;
    byId<HTMLProgressElement>('load-bar').removeAttribute('value');
  }

  /** Shows bytes downloaded over all files. */
  progress(event: ProgressEvent): void {
    if (!this.loading) return;
    const phase = PHASES[event.file];
    if (phase !== undefined) {
      // Past the downloads the bar cannot say how far along it is: it runs indeterminate, and the text says why.
      byId<HTMLProgressElement>('load-bar').removeAttribute('value');
      byId('load-text').textContent = phase;
      return;
    }
    this.files.set(event.file, { loaded: event.loadedBytes, total: event.totalBytes });
    let loaded = 0;
    let total = 0;
    for (const f of this.files.values()) {
      loaded += f.loaded;
      total += f.total ?? f.loaded;
    }
    const bar = byId<HTMLProgressElement>('load-bar');
    bar.max = Math.max(total, 1);
    bar.value = loaded;
    byId('load-text').textContent = `${event.fromCache ? 'From cache' : 'Downloading'} ${event.file}: ${megabytes(loaded)} of ${megabytes(total)}`;
  }

  /** Records model runs for the latency display. */
  runsFrom(events: readonly SessionEvent[]): void {
    for (const e of events) if (e.type === 'run') this.runs.push({ tokens: e.tokenCount, ms: e.ms });
    this.runs = this.runs.slice(-50);
    if (this.runs.length === 0) return;
    const tokens = this.runs.reduce((n, r) => n + r.tokens, 0);
    const ms = this.runs.reduce((n, r) => n + r.ms, 0);
    const perToken = this.runs.map((r) => r.ms / Math.max(1, r.tokens)).sort((a, b) => a - b);
    const median = perToken[Math.floor(perToken.length / 2)]!;
    const latency = byId('status-latency');
    latency.textContent = `${median.toFixed(1)} ms/token · ${(tokens / (ms / 1000)).toFixed(0)} tokens/s`;
    latency.title = `median over the last ${this.runs.length} model runs; tokens/s counts every token they scored`;
  }
}
