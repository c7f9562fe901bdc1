/**
 * The notebook page: cells of problems and solutions, scored live as they are edited, persisted in
 * IndexedDB, imported from and exported to ProcessBench JSONL, evaluated all at once, and usable
 * offline (a service worker precaches the app, the worker, the wasm files and the built-in model).
 * URL query: `model=` (builtin, a folder URL or a hub id), `preset=` (one of the model's evaluation presets), and for
 * testing `backend=wasm|webgpu`, `variant=q4|int8|fp32|fp16`.
 */
import 'uplot/dist/uPlot.min.css';
import { createSteplight, parseModelRef, type BackendRequest, type ModelInfo, type Scorer, type ScoreResult, type Variant } from '../../src/index.ts';
import { errorText } from '../lib/error-text.ts';
import { CellStore, newCell, type Cell } from './cell-store.ts';
import { CellView, type CellActions, type CellScores } from './cell-view.ts';
import { evaluateAll } from './evaluation.ts';
import { EvaluationPanel } from './evaluation-panel.ts';
import { cellsToJsonl, download, readImport, resultRows, resultsToCsv, resultsToJsonl } from './files.ts';
import { LiveScoring } from './live-scoring.ts';
import { protocolOf, scoredUnder, type Protocol } from './protocol.ts';
import { offerPresets, showProtocol, thresholdText } from './protocol-picker.ts';
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
/** How cells are scored and judged: the model's settings or one of its presets (null until the model loads). */
let protocol: Protocol | null = null;
let cells: Cell[] = [];
/** Scores with tokens, for cells scored since the page loaded. */
const scores = new Map<string, CellScores>();
const views = new Map<string, CellView>();
let page = 0;
let evaluation: AbortController | null = null;
let lastDeleted: Cell | null = null;
const live = new LiveScoring();
let work: Promise<void> = Promise.resolve();
let saving: Promise<void> = Promise.resolve();
let pendingSaves = 0;

const threshold = () => Number(thresholdInput.value);
/** Whether a score equal to the threshold is an error, under the protocol in force. */
const thresholdRule = () => protocol?.rule ?? 'below';
/** The cells with only the scores the protocol in force made (others count as unscored). */
const judged = () => scoredUnder(cells, protocol);
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
  // The cell's verdict follows the protocol's threshold rule (a preset may set its own).
  const info = model && protocol ? { ...model.info, thresholdRule: protocol.rule } : null;
  views.get(cell.id)?.show(scores.get(cell.id) ?? null, threshold(), chartWidth(), info);
}

function refreshSummary(): void {
  byId('cell-count').textContent = String(cells.length);
  const otherScores = cells.filter((c) => c.stepScores !== null && c.scoredWith !== protocol?.key).length;
  panel.show(judged(), threshold(), thresholdRule(), model?.info.scoreRange ?? [0, 1], protocol === null ? 0 : otherScores);
}

/** Keeps scores of `batch` that are still for the cells' current text, here and in IndexedDB. */
async function storeScores(batch: readonly { cell: Cell; result: ScoreResult }[], key: string): Promise<void> {
  // Scores are kept only for text that is still what was scored: an edit made meanwhile, here or in another tab,
  // wins over the run, and a deleted cell stays deleted.
  const written = await store.putScores(
    batch.map(({ cell, result }) => ({ cell, stepScores: result.steps.map((s) => s.score) })),
    key,
  );
  for (const cell of written) {
    const current = cells.find((c) => c.id === cell.id);
    if (current?.problem !== cell.problem || current.solution !== cell.solution) continue;
    const result = batch.find((b) => b.cell.id === cell.id)!.result;
    scores.set(cell.id, { tokens: result.tokens, steps: result.steps, ended: true });
    replaceCell({ ...current, stepScores: cell.stepScores, scoredWith: key });
  }
  refreshSummary();
}

/** Scores the edited cell through a streaming session (the cache follows the edits). */
function scoreLive(cellId: string): void {
  void enqueue(async () => {
    const cell = cells.find((c) => c.id === cellId);
    if (!cell || !model || !protocol || cell.problem.trim() === '') return;
    const rules = protocol;
    try {
      const scoredText = await live.score(cell, model, rules);
      if (scoredText === null) return;
      const { text, result } = scoredText;
      const current = cells.find((c) => c.id === cellId);
      if (!current || current.solution !== text || current.problem !== cell.problem || rules !== protocol) return;
      scores.set(cellId, { tokens: result.tokens, steps: result.steps, ended: true });
      const scored = { ...current, stepScores: result.steps.map((s) => s.score), scoredWith: rules.key };
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
    if (!model || !protocol) return;
    const rules = protocol;
    const missing = cells.slice(page * pageSize, (page + 1) * pageSize).filter((c) => !scores.has(c.id) && c.problem.trim() && rules.steps(c.solution).length);
    const outcome = await evaluateAll(model, rules.steps, missing, new AbortController().signal, () => undefined);
    if (rules !== protocol) return;
    await storeScores(
      missing.flatMap((cell) => (outcome.results.has(cell.id) ? [{ cell, result: outcome.results.get(cell.id)! }] : [])),
      rules.key,
    );
    for (const cell of missing) {
      if (outcome.results.has(cell.id)) showScores(cells.find((c) => c.id === cell.id) ?? cell);
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
  if (!model || !protocol || evaluation) return;
  const rules = protocol;
  const controller = new AbortController();
  evaluation = controller;
  const todo = cells.filter((c) => c.problem.trim() && rules.steps(c.solution).length);
  app.dataset.state = 'evaluating';
  panel.start(todo.length);
  byId<HTMLSelectElement>('preset').disabled = true;
  const outcome = await evaluateAll(
    model,
    rules.steps,
    todo,
    controller.signal,
    (p) => panel.step(p),
    (batch) => storeScores(batch, rules.key),
  );
  byId<HTMLSelectElement>('preset').disabled = false;
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
    download('steplight-results.csv', resultsToCsv(resultRows(judged(), threshold(), thresholdRule()), threshold()), 'text/csv'),
  );
  byId('export-jsonl').addEventListener('click', () =>
    download('steplight-results.jsonl', resultsToJsonl(resultRows(judged(), threshold(), thresholdRule()), threshold()), 'application/x-ndjson'),
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
  byId<HTMLSelectElement>('preset').addEventListener('change', (event) => {
    if (model) useProtocol(model.info, (event.target as HTMLSelectElement).value || null);
  });
  thresholdInput.addEventListener('input', () => {
    byId('threshold-value').textContent = thresholdText(threshold());
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
  offerPresets(info);
  const preset = query.get('preset') || null;
  try {
    useProtocol(info, preset);
  } catch (error) {
    showError(error); // an unknown ?preset= names the presets the model has; the model's own settings apply
    useProtocol(info, null);
  }
  app.dataset.state = 'ready';
}

/**
 * Scores and judges cells under the model's settings or its preset `preset`: the threshold starts at the protocol's,
 * within the model's score range, the URL keeps the choice, and shown cells are scored again.
 */
function useProtocol(info: ModelInfo, preset: string | null): void {
  protocol = protocolOf(info, preset);
  showProtocol(protocol, info);
  const url = new URL(location.href);
  if (preset === null) url.searchParams.delete('preset');
  else url.searchParams.set('preset', preset);
  history.replaceState(null, '', url);
  scores.clear();
  renderPage();
}

start().catch((error) => {
  app.dataset.state = 'error';
  showError(error);
});
