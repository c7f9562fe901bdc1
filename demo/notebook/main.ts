/**
 * The notebook page: cells of problems and solutions, scored live as they are edited, persisted in
 * IndexedDB, imported from and exported to ProcessBench JSONL, evaluated all at once, and usable
 * offline (a service worker precaches the app, the worker, the wasm files and the built-in model).
 * URL query (for testing): `backend=wasm|webgpu`, `variant=q4|int8|fp32|fp16`.
 */
import 'uplot/dist/uPlot.min.css';
import { createSteplight, parseModelRef, type BackendRequest, type Scorer, type ScoringSession, type Variant } from '../../src/index.ts';
import { errorText } from '../lib/error-text.ts';
import { CellStore, newCell, type Cell } from './cell-store.ts';
import { CellView, type CellActions, type CellScores } from './cell-view.ts';
import { evaluateAll } from './evaluation.ts';
import { EvaluationPanel } from './evaluation-panel.ts';
import { cellsToJsonl, download, readImport, resultRows, resultsToCsv, resultsToJsonl, stepsOf } from './files.ts';
import { ScalingPanel } from './scaling-panel.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = byId('app');
const thresholdInput = byId<HTMLInputElement>('threshold');
const query = new URLSearchParams(location.search);
const pageSize = 20;

const client = createSteplight();
const panel = new EvaluationPanel();
const scaling = new ScalingPanel(() => model);
let store: CellStore;
let model: Scorer | null = null;
let cells: Cell[] = [];
/** Scores with tokens, for cells scored since the page loaded. */
const scores = new Map<string, CellScores>();
const views = new Map<string, CellView>();
let page = 0;
let evaluation: AbortController | null = null;
let lastDeleted: Cell | null = null;
let live: { cellId: string; problem: string; session: ScoringSession } | null = null;
let work: Promise<void> = Promise.resolve();
let saving: Promise<void> = Promise.resolve();
let pendingSaves = 0;

const threshold = () => Number(thresholdInput.value);
/** Whether a score equal to the threshold is an error, for the loaded model. */
const thresholdRule = () => model?.info.thresholdRule ?? 'below';
const chartWidth = () => Math.max(260, Math.min(520, byId('cells').clientWidth / 2 - 40));

function say(text: string): void {
  const box = byId('message');
  box.textContent = text;
  box.hidden = text === '';
}

function showError(error: unknown): void {
  const box = byId('error');
  box.textContent = errorText(error);
  box.hidden = false;
}

/** Runs scoring work one piece at a time; a failure is shown and never touches the cells. */
function enqueue(task: () => Promise<void>): Promise<void> {
  work = work.then(task).catch(showError);
  return work;
}

/** Persists cells in one transaction; `#app[data-saving]` is "true" while writes are pending. */
function save(...changed: Cell[]): Promise<void> {
  pendingSaves += 1;
  app.dataset.saving = 'true';
  saving = saving
    .then(() => store.put(...changed))
    .catch(showError)
    .finally(() => {
      pendingSaves -= 1;
      if (pendingSaves === 0) app.dataset.saving = 'false';
    });
  return saving;
}

function replaceCell(updated: Cell): void {
  cells = cells.map((c) => (c.id === updated.id ? updated : c));
}

function showScores(cell: Cell): void {
  views.get(cell.id)?.show(scores.get(cell.id) ?? null, threshold(), chartWidth(), model?.info ?? null);
}

function refreshSummary(): void {
  byId('cell-count').textContent = String(cells.length);
  panel.show(cells, threshold(), thresholdRule());
}

/** Scores the edited cell through a streaming session (the cache follows the edits). */
function scoreLive(cellId: string): void {
  void enqueue(async () => {
    const cell = cells.find((c) => c.id === cellId);
    if (!cell || !model) return;
    try {
      if (!live || live.cellId !== cellId || live.problem !== cell.problem) {
        await live?.session.close().catch(() => undefined);
        live = null;
        if (cell.problem.trim() === '') return;
        live = { cellId, problem: cell.problem, session: await model.open(cell.problem, () => undefined) };
      }
      let state = await live.session.replace(cell.solution);
      if (!state.ended) state = await live.session.end();
      const current = cells.find((c) => c.id === cellId);
      if (!current || current.solution !== state.text) return;
      scores.set(cellId, { tokens: state.tokens, steps: state.steps, ended: true });
      const scored = { ...current, stepScores: state.steps.map((s) => s.score) };
      replaceCell(scored);
      void save(scored);
      showScores(scored);
      refreshSummary();
    } catch (error) {
      scores.delete(cellId);
      views.get(cellId)?.showError(errorText(error));
    }
  });
}

/** One-shot scores for shown cells that have none yet (after a load, an import or a page change). */
function scoreShown(): void {
  void enqueue(async () => {
    if (!model) return;
    const missing = cells.slice(page * pageSize, (page + 1) * pageSize).filter((c) => !scores.has(c.id) && c.problem.trim() && stepsOf(c.solution).length);
    const outcome = await evaluateAll(model, missing, new AbortController().signal, () => undefined);
    for (const cell of missing) {
      const result = outcome.results.get(cell.id);
      if (result) scores.set(cell.id, { tokens: result.tokens, steps: result.steps, ended: true });
      if (result) showScores(cell);
      else views.get(cell.id)?.showError(outcome.failures.get(cell.id) ?? 'Not scored.');
    }
  });
}

const actions: CellActions = {
  edit(cell, change) {
    const textChanged = change.problem !== undefined || change.solution !== undefined;
    const updated: Cell = { ...(cells.find((c) => c.id === cell.id) ?? cell), ...change, ...(textChanged ? { stepScores: null } : {}) };
    replaceCell(updated);
    views.get(cell.id)?.update(updated);
    void save(updated);
    if (textChanged) scoreLive(cell.id);
    else showScores(updated);
    refreshSummary();
  },
  move(cell, delta) {
    const i = cells.findIndex((c) => c.id === cell.id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= cells.length) return;
    const a = { ...cells[i]!, position: cells[j]!.position };
    const b = { ...cells[j]!, position: cells[i]!.position };
    cells[i] = b;
    cells[j] = a;
    void save(a, b);
    if (Math.floor(j / pageSize) !== page) page = Math.floor(j / pageSize);
    renderPage();
  },
  remove(cell) {
    cells = cells.filter((c) => c.id !== cell.id);
    lastDeleted = cell;
    void store.remove(cell.id).catch(showError);
    byId('undo-text').textContent = `Deleted cell “${cell.problem.slice(0, 60) || 'empty'}”.`;
    byId('undo-bar').hidden = false;
    renderPage();
  },
};

function renderPage(): void {
  const pages = Math.max(1, Math.ceil(cells.length / pageSize));
  page = Math.min(page, pages - 1);
  for (const view of views.values()) view.destroy();
  views.clear();
  const shown = cells.slice(page * pageSize, (page + 1) * pageSize);
  const container = byId('cells');
  shown.forEach((cell, i) => {
    const view = new CellView(cell, page * pageSize + i + 1, actions);
    views.set(cell.id, view);
    container.append(view.element);
    showScores(cell);
  });
  byId('page-info').textContent =
    `Cells ${cells.length ? page * pageSize + 1 : 0}–${page * pageSize + shown.length} of ${cells.length} · page ${page + 1} of ${pages}`;
  byId<HTMLButtonElement>('prev-page').disabled = page === 0;
  byId<HTMLButtonElement>('next-page').disabled = page >= pages - 1;
  refreshSummary();
  scoreShown();
}

function nextPosition(): number {
  return (cells.at(-1)?.position ?? 0) + 1;
}

async function importFile(file: Blob & { name?: string }): Promise<void> {
  byId('error').hidden = true;
  try {
    const records = await readImport(file);
    // The test-time scaling measurement takes the problems that carry an answer.
    void file.text().then((text) => scaling.useProblems(text, file.name ?? 'the file'));
    const start = nextPosition();
    const added = records.map((r, i) =>
      newCell(start + i, { problem: r.problem, solution: r.steps.map((s) => s.replace(/\n{2,}/g, '\n')).join('\n\n'), label: r.label }),
    );
    await store.put(...added);
    cells.push(...added);
    page = Math.floor((cells.length - added.length) / pageSize);
    say(`Imported ${added.length} records from ${file.name ?? 'the file'}.`);
    renderPage();
  } catch (error) {
    say('');
    showError(error);
  }
}

async function evaluate(): Promise<void> {
  if (!model || evaluation) return;
  const controller = new AbortController();
  evaluation = controller;
  const todo = cells.filter((c) => c.problem.trim() && stepsOf(c.solution).length);
  app.dataset.state = 'evaluating';
  panel.start(todo.length);
  const outcome = await evaluateAll(
    model,
    todo,
    controller.signal,
    (p) => panel.step(p),
    async (batch) => {
      // Scores are kept only for text that is still what was scored: an edit made meanwhile, here or in another
      // tab, wins over the run, and a deleted cell stays deleted.
      const written = await store.putScores(batch.map(({ cell, result }) => ({ cell, stepScores: result.steps.map((s) => s.score) })));
      for (const cell of written) {
        const current = cells.find((c) => c.id === cell.id);
        if (current?.problem !== cell.problem || current.solution !== cell.solution) continue;
        const result = batch.find((b) => b.cell.id === cell.id)!.result;
        scores.set(cell.id, { tokens: result.tokens, steps: result.steps, ended: true });
        replaceCell({ ...current, stepScores: cell.stepScores });
      }
      refreshSummary();
    },
  );
  const failed = outcome.failures.size ? `, ${outcome.failures.size} could not be scored` : '';
  panel.finish(
    outcome.cancelled
      ? `Cancelled: ${outcome.results.size} of ${todo.length} records scored${failed}.`
      : `Done: ${outcome.results.size} records scored${failed}.`,
  );
  evaluation = null;
  app.dataset.state = 'ready';
  renderPage();
}

function wire(): void {
  // Another model (builtin, a folder URL or a hub id): the page reloads with ?model=, the cells stay in IndexedDB.
  byId('model-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams(location.search);
    next.set('model', byId<HTMLInputElement>('model-ref').value.trim() || 'builtin');
    location.search = next.toString();
  });
  byId('add-cell').addEventListener('click', () => {
    const cell = newCell(nextPosition());
    cells.push(cell);
    void save(cell);
    page = Math.floor((cells.length - 1) / pageSize);
    renderPage();
    views.get(cell.id)?.element.querySelector('textarea')?.focus();
  });
  byId<HTMLInputElement>('import-file').addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void importFile(file);
  });
  byId('load-test-split').addEventListener('click', () => {
    fetch('models/tiny-arith-prm/data/test.jsonl')
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((blob) => importFile(Object.assign(blob, { name: 'test.jsonl' })))
      .catch(showError);
  });
  byId('export-cells').addEventListener('click', () => download('steplight-cells.jsonl', cellsToJsonl(cells), 'application/x-ndjson'));
  byId('export-csv').addEventListener('click', () =>
    download('steplight-results.csv', resultsToCsv(resultRows(cells, threshold(), thresholdRule()), threshold()), 'text/csv'),
  );
  byId('export-jsonl').addEventListener('click', () =>
    download('steplight-results.jsonl', resultsToJsonl(resultRows(cells, threshold(), thresholdRule()), threshold()), 'application/x-ndjson'),
  );
  byId('evaluate').addEventListener('click', () => void evaluate().catch(showError));
  byId('cancel').addEventListener('click', () => evaluation?.abort());
  byId('prev-page').addEventListener('click', () => {
    page -= 1;
    renderPage();
  });
  byId('next-page').addEventListener('click', () => {
    page += 1;
    renderPage();
  });
  byId('undo').addEventListener('click', () => {
    if (!lastDeleted) return;
    const restored = lastDeleted;
    lastDeleted = null;
    cells = [...cells, restored].sort((a, b) => a.position - b.position);
    void save(restored);
    byId('undo-bar').hidden = true;
    renderPage();
  });
  thresholdInput.addEventListener('input', () => {
    byId('threshold-value').textContent = threshold().toFixed(2);
    for (const cell of cells.slice(page * pageSize, (page + 1) * pageSize)) showScores(cell);
    refreshSummary();
  });
}

/** Registers the service worker that keeps the notebook usable offline (production builds only). */
async function enableOffline(): Promise<void> {
  const status = byId('status-offline');
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) {
    status.textContent = 'not in dev mode';
    return;
  }
  status.textContent = 'preparing…';
  await navigator.serviceWorker.register('./notebook-sw.js', { scope: './' });
  await navigator.serviceWorker.ready;
  status.textContent = 'ready';
  app.dataset.offline = 'ready';
}

async function start(): Promise<void> {
  wire();
  app.dataset.saving = 'false';
  void scaling.offerCommitted();
  void enableOffline().catch((error) => (byId('status-offline').textContent = `unavailable (${String(error)})`));
  store = await CellStore.open();
  cells = await store.all();
  renderPage();
  const backend = (query.get('backend') ?? 'auto') as BackendRequest;
  const variant = query.get('variant') as Variant | null;
  const modelRef = query.get('model') ?? 'builtin';
  byId<HTMLInputElement>('model-ref').value = modelRef;
  model = await client.load(parseModelRef(modelRef) ?? { kind: 'builtin' }, { backend, ...(variant ? { variant } : {}) });
  const { info } = model;
  byId('status-model').textContent = `${info.name} · ${info.variant} · ${info.backend === 'webgpu' ? 'WebGPU' : 'WASM'}`;
  thresholdInput.value = String(info.threshold);
  byId('threshold-value').textContent = info.threshold.toFixed(2);
  app.dataset.state = 'ready';
  renderPage();
}

start().catch((error) => {
  app.dataset.state = 'error';
  showError(error);
});
