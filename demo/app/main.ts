/**
 * The demo page: type or stream a solution and watch every step light up as the PRM scores it; below, the search
 * panel (solve/) has a tiny LLM write candidates for the PRM to pick from.
 * URL query: `problem`, `solution` (steps separated by blank lines), `mode=stream`, the search panel's `solve`, `n`,
 * `strategy`, `width`, `max`, `reject`, and for testing `backend=wasm|webgpu`, `variant=q4|int8|fp32|fp16`.
 */
import {
  aggregate,
  createSteplight,
  InvalidArgumentError,
  isError,
  parseModelRef,
  type Aggregation,
  type BackendRequest,
  type LoadOptions,
  type ModelInfo,
  type ModelSource,
  type ProcessBenchRecord,
  type Scorer,
  type ScoringSession,
  type SessionEvent,
  type SessionState,
  type Variant,
} from '../../src/index.ts';
import { errorText } from '../lib/error-text.ts';
import { StepsView, StreamPlayer, stepsViewModel } from '../../src/widget/steplight-widget.ts';
import { loadSamples, sampleLabel } from './samples.ts';
import { makeLink, readLink } from './links.ts';
import { SolvePanel } from './solve/solve-panel.ts';
import { StatusView } from './status.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = byId('app');
const problemInput = byId<HTMLTextAreaElement>('problem');
const solutionInput = byId<HTMLTextAreaElement>('solution');
const sampleSelect = byId<HTMLSelectElement>('sample');
const thresholdInput = byId<HTMLInputElement>('threshold');
const aggregationSelect = byId<HTMLSelectElement>('aggregation');
const speedInput = byId<HTMLInputElement>('speed');
/** The page's link fields (query, or the deflated `#z=` fragment of a long link), read when the page starts. */
let query = new URLSearchParams(location.search);

const client = createSteplight();
const status = new StatusView();
const view = new StepsView(byId('steps'));
const player = new StreamPlayer(() => Number(speedInput.value));
let model: Scorer | null = null;
const solvePanel = new SolvePanel(() => model);
let session: ScoringSession | null = null;
let sessionProblem = '';
let latest: SessionState | null = null;
let samples: ProcessBenchRecord[] = [];
let label: number | null = null;
let queue: Promise<void> = Promise.resolve();
let frame = 0;

function setState(state: 'loading' | 'ready' | 'scoring' | 'error'): void {
  app.dataset.state = state;
}

/** Shows `error`; `refused` says it refused the text on the page (the scores shown are then for older text). */
function showError(error: unknown, refused = false): void {
  const box = byId('error');
  box.hidden = false;
  box.textContent = errorText(error);
  setState(model ? 'ready' : 'error');
  stale = refused;
  render();
}

/** A scoring call failed: the text on the page was not scored. */
const showScoringError = (error: unknown) => showError(error, true);

function clearError(): void {
  byId('error').hidden = true;
}

/** Runs session work one piece at a time; a failure is shown and never loses the text on the page. */
function enqueue(work: () => Promise<void>): Promise<void> {
  queue = queue.then(work).catch(showScoringError);
  return queue;
}

function onEvents(events: SessionEvent[]): void {
  status.runsFrom(events);
}

async function currentSession(): Promise<ScoringSession | null> {
  const problem = problemInput.value.trim();
  if (!model || problem === '') return null;
  if (session && sessionProblem === problem) return session;
  const old = session;
  session = null;
  await old?.close().catch(() => undefined);
  session = await model.open(problem, onEvents);
  sessionProblem = problem;
  latest = null;
  return session;
}

async function resetSession(): Promise<void> {
  await session?.close().catch(() => undefined);
  session = null;
  latest = null;
}

/** Whether the text on the page was refused (too long, a special token): the scores shown are for older text. */
let stale = false;

function show(state: SessionState | null): void {
  latest = state;
  stale = false;
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(render);
}

/** Scores the whole text as a finished solution (typing, samples, links). */
async function scoreAll(): Promise<void> {
  const s = await currentSession();
  if (!s) return show(null);
  setState('scoring');
  let state = await s.replace(solutionInput.value);
  if (!state.ended) state = await s.end();
  clearError();
  show(state);
  setState('ready');
}

function render(): void {
  const threshold = Number(thresholdInput.value);
  const aggregation = aggregationSelect.value as Aggregation;
  byId('threshold-value').textContent = threshold.toFixed(2);
  const state = latest;
  const tokens = state?.tokens ?? [];
  const steps = state?.steps ?? [];
  const shown = stepsViewModel(state, threshold, model?.info ?? null, problemInput.value);
  const { firstError, domainIssues } = shown;
  view.render(shown);
  const value = aggregate(
    steps.map((s) => s.score),
    aggregation,
  );
  byId('aggregate').textContent = value === null ? '–' : value.toFixed(4);
  const labelled = label === null ? '' : label === -1 ? ' (labelled: correct)' : ` (labelled: wrong from step ${label + 1})`;
  let text: string;
  let kind: string;
  if (stale) [text, kind] = ['Not scored: the text was refused (see the message above); the scores below are for the text before that change.', 'pending'];
  else if (!state || tokens.length === 0)
    [text, kind] = [problemInput.value.trim() ? 'Write or stream a solution to score it.' : 'Enter a problem, or pick a sample.', 'pending'];
  else if (domainIssues.length > 0) [text, kind] = ['Not judged: this text is outside what the model judges (see the note below).', 'out-of-domain'];
  else if (firstError)
    [text, kind] = [
      `▲ First error at step ${firstError.stepIndex + 1}: score ${steps[firstError.stepIndex]?.score.toFixed(3)} is below ${threshold.toFixed(2)}${labelled}.`,
      'error',
    ];
  else if (state.ended) [text, kind] = [`✓ No error found: every step scores at least ${threshold.toFixed(2)}${labelled}.`, 'ok'];
  else [text, kind] = ['No error so far…', 'pending'];
  // Written only when it changes: the verdict is a live region, and a screen reader reads every change.
  const verdict = byId('verdict');
  if (verdict.textContent !== text) verdict.textContent = text;
  verdict.dataset.kind = kind;
  byId('steps').toggleAttribute('data-stale', stale);
  const open = state && !state.ended ? tokens.filter((t) => !t.isSeparator && t.stepIndex === steps.length) : [];
  const running = open.at(-1);
  const reject = byId('early-reject');
  const rejecting = Boolean(running && isError(running.partialReward, threshold, model?.info.thresholdRule) && domainIssues.length === 0);
  // The banner keeps its place (visibility, not display): showing it must not move the steps below.
  reject.dataset.active = String(rejecting);
  const rejectText = running && rejecting ? `⚠ Early rejection: step ${running.stepIndex + 1} is already below the threshold before it is finished.` : '';
  if (reject.textContent !== rejectText) reject.textContent = rejectText;
}

/**
 * Plays the current solution piece by piece through a fresh session. Pieces are sent as they come,
 * without waiting for scores: the worker runs everything that arrived during a run in the next one.
 */
/** What a first visit shows: a problem in plain English and a solution with an arithmetic slip in step 2. */
const EXAMPLE = {
  problem: 'Maria baked 24 cookies. Her brother ate 5 of them, and then she baked 12 more. How many cookies does she have now?',
  solution: '24 - 5 = 19 cookies are left after her brother.\n\n19 + 12 = 32 cookies.\n\nSo she has 32 cookies now.',
};

/** Set by the Stop button (typing also stops playback, and then the typed text stays). */
let stopPressed = false;

function stream(text = solutionInput.value): void {
  if (text.trim() === '' || problemInput.value.trim() === '') {
    byId('verdict').textContent = 'Write a problem and a solution (or pick a sample), then stream it.';
    return;
  }
  player.stop();
  byId<HTMLButtonElement>('stop').disabled = false;
  let streaming: ScoringSession | null = null;
  solutionInput.value = '';
  show(null);
  const opened = enqueue(async () => {
    await resetSession();
    streaming = await currentSession();
  });
  void player
    .play(text, (piece) => {
      solutionInput.value += piece;
      void opened
        .then(async () => {
          if (!streaming || streaming !== session) return;
          setState('scoring');
          show(await streaming.append(piece));
          setState('ready');
        })
        .catch(showScoringError);
    })
    .then((finished) => {
      byId<HTMLButtonElement>('stop').disabled = true;
      if (!finished && stopPressed) {
        // Stop ends the playback, not the solution: the rest of the text comes back and is scored whole.
        solutionInput.value = text;
        byId('stream').focus();
      }
      stopPressed = false;
      if (finished || solutionInput.value === text) void enqueue(scoreAll);
    });
}

/** Counts model choices: a later choice cancels the load in progress, and a load that still finishes after a later
 * choice is dropped, so the model chosen last wins. */
let loadGeneration = 0;
let loadInProgress: AbortController | null = null;

async function loadModel(source: ModelSource, loadOptions: LoadOptions, what: string): Promise<void> {
  const generation = ++loadGeneration;
  loadInProgress?.abort();
  loadInProgress = new AbortController();
  const options = { ...loadOptions, signal: loadInProgress.signal };
  setState('loading');
  clearError();
  status.startLoading(`Loading ${what}…`);
  try {
    const loaded = await client.load(source, options, (event) => {
      if (generation === loadGeneration) status.progress(event);
    });
    if (generation !== loadGeneration) {
      await loaded.dispose().catch(() => undefined);
      return;
    }
    const old = model;
    await enqueue(resetSession);
    model = loaded;
    await old?.dispose().catch(() => undefined);
    status.showModel(loaded.info);
    fitThreshold(loaded.info);
    solvePanel.form.fitThreshold(loaded.info);
    aggregationSelect.value = loaded.info.aggregation;
    render();
    setState('ready');
    void enqueue(scoreAll);
  } catch (error) {
    if (generation !== loadGeneration) return;
    status.stopLoading();
    showError(error);
  }
}

/** Fits the threshold slider to the model's score range; a new range starts at the model's default threshold. */
function fitThreshold(info: ModelInfo): void {
  const [low, high] = info.scoreRange;
  const step = (high - low) / 20;
  if (thresholdInput.min === String(low + step) && thresholdInput.max === String(high - step)) return;
  thresholdInput.min = String(low + step);
  thresholdInput.max = String(high - step);
  thresholdInput.step = String(step);
  thresholdInput.value = String(info.threshold);
}

function builtinOptions(): LoadOptions {
  const variant = (byId<HTMLSelectElement>('variant').value || query.get('variant') || undefined) as Variant | undefined;
  const backend = (query.get('backend') ?? 'auto') as BackendRequest;
  return { backend, ...(variant ? { variant } : {}) };
}

async function copyLink(): Promise<void> {
  const fields = { problem: problemInput.value, solution: solutionInput.value, ...solvePanel.form.linkFields() };
  const { href, warning } = await makeLink(new URL(location.href), fields);
  const done = (text: string) => (byId('copy-status').textContent = warning ? `${text} ${warning}` : text);
  await navigator.clipboard.writeText(href).then(
    () => done('Link copied.'),
    () => done(href),
  );
}

function wire(): void {
  solutionInput.addEventListener('input', () => {
    player.stop();
    label = null;
    void enqueue(scoreAll);
  });
  problemInput.addEventListener('input', () => {
    label = null;
    void enqueue(scoreAll);
  });
  thresholdInput.addEventListener('input', render);
  aggregationSelect.addEventListener('change', render);
  speedInput.addEventListener('input', () => (byId('speed-value').textContent = `${speedInput.value} tokens/s`));
  byId('stream').addEventListener('click', () => stream());
  byId('stop').addEventListener('click', () => {
    stopPressed = true;
    player.stop();
  });
  byId('copy-link').addEventListener('click', () => void copyLink());
  sampleSelect.addEventListener('change', () => {
    const record = samples[Number(sampleSelect.value)];
    if (!record) return;
    player.stop();
    problemInput.value = record.problem;
    solutionInput.value = record.steps.join('\n\n');
    label = record.label;
    void enqueue(scoreAll);
  });
  byId('load-builtin').addEventListener('click', () => void loadModel({ kind: 'builtin' }, builtinOptions(), 'the built-in model'));
  byId('load-url').addEventListener('click', () => {
    const text = byId<HTMLInputElement>('model-url').value.trim();
    // A URL or hub id has no spaces: "not a url" would otherwise resolve as a folder next to this page.
    const source = /\s/.test(text) ? null : parseModelRef(text);
    if (/\s/.test(text)) {
      showError(new InvalidArgumentError(`"${text}" is not a URL or hub id.`, 'Give the http(s) URL of a model folder, or a hub id such as owner/name.'));
    } else if (source) void loadModel(source, { backend: builtinOptions().backend ?? 'auto' }, text);
  });
  byId<HTMLInputElement>('model-folder').addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const files: Record<string, File> = {};
    for (const file of input.files ?? []) files[file.webkitRelativePath || file.name] = file;
    void loadModel({ kind: 'files', files }, { backend: builtinOptions().backend ?? 'auto' }, 'the chosen folder');
  });
}

async function start(): Promise<void> {
  query = await readLink(location);
  wire();
  solvePanel.form.readLink(query);
  void solvePanel.loadExamples('models/tiny-arith-prm/data/test.jsonl').catch(() => undefined);
  // A first visit opens on an example written the way visitors type, with a slip to find.
  const fresh = !query.has('problem') && !query.has('solution');
  problemInput.value = fresh ? EXAMPLE.problem : (query.get('problem') ?? '');
  const solution = fresh ? EXAMPLE.solution : (query.get('solution') ?? '');
  loadSamples('models/tiny-arith-prm/data/test.jsonl').then(
    (list) => {
      samples = list;
      sampleSelect.append(...list.map((r, i) => new Option(sampleLabel(r, i), String(i))));
    },
    () => undefined,
  );
  solutionInput.value = query.get('mode') === 'stream' ? '' : solution;
  render();
  await loadModel({ kind: 'builtin' }, builtinOptions(), 'the built-in model');
  if (query.get('mode') === 'stream' && model) stream(solution);
}

void start();
