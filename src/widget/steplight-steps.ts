/**
 * `<steplight-steps>`: a solution's steps scored live by a PRM, in a shadow root. Every widget on a
 * page shares one worker and one load per model (see shared-model.ts). Problem and step text are only
 * ever rendered as text.
 */
import { type ModelInfo, type ProgressEvent, type ScoreOptions, type Scorer, type ScoringSession, type SessionState, toErrorData } from '../index.ts';
import { PendingSession } from './pending-session.ts';
import stepsCss from './steps-view.css?inline';
import { StepsView, stepsViewModel } from './steps-view.ts';
import { StreamPlayer } from './stream.ts';
import { sharedModel } from './shared-model.ts';
import widgetCss from './widget.css?inline';
import { emit, emitSessionEvents } from './widget-events.ts';
import * as read from './widget-options.ts';
import { dedent, LoadProgress, modelStatus, verdictOf } from './widget-status.ts';

let sheet: CSSStyleSheet | null = null;

function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${stepsCss}\n${widgetCss}`);
  }
  return sheet;
}

function part<K extends keyof HTMLElementTagNameMap>(tag: K, name: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = `sl-${name}`;
  node.setAttribute('part', name);
  return node;
}

/** The `<steplight-steps>` element. Attributes are listed in `observedAttributes`; see the README for the API. */
export class SteplightStepsElement extends HTMLElement {
  static readonly observedAttributes = ['model', 'variant', 'backend', 'problem', 'steps', 'mode', 'threshold', 'aggregation'];

  private readonly view: StepsView;
  private readonly box = part('div', 'container');
  private readonly problemLine = part('p', 'problem');
  private readonly errorBox = part('div', 'error');
  private readonly verdict = part('span', 'verdict');
  private readonly statusLine = part('span', 'status');
  private readonly player = new StreamPlayer(() => read.readSpeed(this.getAttribute('speed')));
  private readonly lightText = new MutationObserver(() => {
    if (!this.hasAttribute('steps')) this.takeSource();
  });
  private modelKey = '';
  private model: Promise<Scorer> | null = null;
  private info: ModelInfo | null = null;
  /**
   * The session of the current settings: it holds the solution text (opening while the model loads). Once closed, or
   * when it failed to open, it still holds the text the next session starts with.
   */
  private session: PendingSession | null = null;
  /** Bumped whenever the session is replaced; replies and events of older sessions are ignored. */
  private epoch = 0;
  /** Counts calls of takeSource: only the latest one's steps are used once the model is there. */
  private sourceRequests = 0;
  /** Whether the solution is finished (static mode, or end() called): a new session is ended too. */
  private ended = false;
  private state: SessionState | null = null;
  private started = false;
  private frame = 0;
  private readonly loadProgress = new LoadProgress();

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    const stepsBox = part('div', 'steps-box');
    this.view = new StepsView(stepsBox);
    this.errorBox.setAttribute('role', 'alert');
    this.errorBox.hidden = true;
    this.verdict.setAttribute('aria-live', 'polite');
    const footer = part('footer', 'footer');
    footer.append(this.verdict, this.statusLine);
    this.box.append(this.problemLine, stepsBox, this.errorBox, footer);
    root.append(this.box);
  }

  connectedCallback(): void {
    this.lightText.observe(this, { childList: true, characterData: true, subtree: true });
    if (this.started) {
      void this.reopen();
      return;
    }
    this.started = true;
    // Starts after the current script: a configureSteplight() right after `import 'steplight/widget'` still applies.
    queueMicrotask(() => this.takeSource());
  }

  disconnectedCallback(): void {
    this.lightText.disconnect();
    this.player.stop();
    this.dropSession();
  }

  attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    if (!this.started || oldValue === value) return;
    if (name === 'steps' || name === 'mode') this.takeSource();
    else this.reopen();
  }

  /** Problem text (attribute `problem`). */
  get problem(): string {
    return this.getAttribute('problem') ?? '';
  }
  set problem(value: string) {
    this.setAttribute('problem', value);
  }

  /** Steps of a finished solution (attribute `steps`, JSON); null when the text comes from the element's content. */
  get steps(): string[] | null {
    const value = this.getAttribute('steps');
    return value === null ? null : read.readSteps(value);
  }
  set steps(value: string[] | null) {
    if (value === null) this.removeAttribute('steps');
    else this.setAttribute('steps', JSON.stringify(value));
  }

  /** The solution text the widget holds (steps separated by the model's separator, `info.stepRules.stepSplit`). */
  get solution(): string {
    return this.session?.text ?? '';
  }

  /** The latest scores, as the session reported them (null before the first score). */
  get scores(): SessionState | null {
    return this.state;
  }

  /**
   * Appends solution text to the stream (an LLM's next tokens); resolves once it is scored. Given DOM
   * nodes instead of strings, it behaves as `Element.append`.
   */
  override append(...chunks: (string | Node)[]): Promise<void> {
    if (chunks.some((c) => typeof c !== 'string')) {
      super.append(...chunks);
      return Promise.resolve();
    }
    const text = chunks.join('');
    return this.send((session) => session.append(text));
  }

  /** Replaces the whole solution text (an edit); the cache is kept for the unchanged prefix. */
  replace(text: string): Promise<void> {
    this.player.stop();
    this.ended = false;
    return this.send((session) => session.replace(text));
  }

  /** Marks the solution finished: the last step is closed and scored. */
  end(): Promise<void> {
    this.ended = true;
    return this.send((session) => session.end());
  }

  /** Clears the solution and its scores (the problem and settings stay). */
  reset(): Promise<void> {
    this.player.stop();
    this.ended = false;
    return this.reopen('');
  }

  /**
   * Takes the solution from `steps` (joined with the model's step separator once the model is loaded) or the
   * element's text: scored at once (static) or played (stream).
   */
  private takeSource(): void {
    this.player.stop();
    const request = ++this.sourceRequests;
    let steps: string[] | null;
    let mode: read.WidgetMode;
    try {
      mode = read.readMode(this.getAttribute('mode'));
      steps = this.steps;
    } catch (error) {
      this.fail(error);
      return;
    }
    if (steps === null) {
      this.useSource(mode, dedent(this.textContent ?? ''));
      return;
    }
    this.ensureModel().then(
      (scorer) => {
        // A later source (steps or mode changed meanwhile) wins; a session reopened meanwhile does not matter.
        if (request === this.sourceRequests) this.useSource(mode, steps.join(scorer.info.stepRules.stepSplit));
      },
      (error: unknown) => this.fail(error),
    );
  }

  private useSource(mode: read.WidgetMode, source: string): void {
    this.ended = mode === 'static';
    void this.reopen(this.ended ? source : '');
    if (mode === 'stream' && source !== '') {
      void this.player
        .play(source, (piece) => void this.append(piece))
        .then((finished) => {
          if (finished) void this.end();
        });
    }
  }

  /** Starts a fresh session (settings changed) that starts with `text`: by default the text held so far. */
  private async reopen(text = this.solution): Promise<void> {
    this.dropSession();
    this.state = null;
    this.problemLine.textContent = this.problem;
    this.scheduleRender();
    if (text === '' && !this.ended) {
      this.session = null;
      return;
    }
    const epoch = this.epoch;
    await this.show(epoch, this.openSession(text).started);
  }

  /** Closes the session; it keeps holding its text, for the next session to start with. */
  private dropSession(): void {
    this.epoch += 1;
    this.session?.close().catch(() => undefined);
  }

  private ensureModel(): Promise<Scorer> {
    const request = {
      model: this.getAttribute('model') ?? 'builtin',
      variant: read.readVariant(this.getAttribute('variant')),
      backend: read.readBackend(this.getAttribute('backend')),
    };
    const key = JSON.stringify(request);
    if (this.model && key === this.modelKey) return this.model;
    this.modelKey = key;
    this.loadProgress.clear();
    this.setState('loading');
    const model = sharedModel(request, (event) => this.progress(event)).then((scorer) => {
      this.info = scorer.info;
      emit(this, 'steplight-ready', scorer.info);
      return scorer;
    });
    model.catch(() => {
      if (this.model === model) this.model = null;
    });
    this.model = model;
    return model;
  }

  /**
   * Opens a session of the current settings that starts with `text` (ended when the solution is), and holds it; the
   * widget is scoring once it opens (the model loaded).
   */
  private openSession(text: string): PendingSession {
    const epoch = this.epoch;
    const opening = (async () => {
      const options = this.scoreOptions();
      const scorer = await this.ensureModel();
      return scorer.open(this.problem, (events) => epoch === this.epoch && emitSessionEvents(this, events), options);
    })();
    opening.then(
      () => {
        if (epoch === this.epoch) this.setState('scoring');
      },
      () => undefined,
    );
    this.session = new PendingSession(opening, { text, ended: this.ended });
    return this.session;
  }

  /**
   * Runs one change through the session, which holds the text and reverts it when the change fails (only the latest
   * change owns the text: an earlier append that fails does not undo a later replace). A session that was closed or
   * failed to open hands the text it holds to a new one.
   */
  private send(change: (session: ScoringSession) => Promise<SessionState>): Promise<void> {
    const epoch = this.epoch;
    const session = this.session?.usable ? this.session : this.openSession(this.solution);
    // Scoring from when the change is sent: now, or once the session opens (openSession).
    if (session.open) this.setState('scoring');
    return this.show(epoch, change(session));
  }

  /** Shows the outcome of a change of the session of `epoch`: its state, or its error (a later session's wins). */
  private async show(epoch: number, outcome: Promise<SessionState | null>): Promise<void> {
    try {
      const state = await outcome;
      if (epoch !== this.epoch) return;
      if (state !== null) this.state = state;
      this.errorBox.hidden = true;
      this.setState('ready');
      this.scheduleRender();
    } catch (error) {
      if (epoch === this.epoch) this.fail(error);
    }
  }

  /** Threshold and aggregation from the attributes (unset ones fall back to the model's defaults). */
  private scoreOptions(): ScoreOptions {
    const threshold = read.readThreshold(this.getAttribute('threshold'));
    const aggregation = read.readAggregation(this.getAttribute('aggregation'));
    return { ...(threshold === undefined ? {} : { threshold }), ...(aggregation ? { aggregation } : {}) };
  }

  private fail(error: unknown): void {
    const data = toErrorData(error);
    this.errorBox.textContent = `${data.message} ${data.hint}`;
    this.errorBox.hidden = false;
    this.setState(this.info ? 'ready' : 'error');
    emit(this, 'steplight-error', data);
  }

  private setState(state: 'loading' | 'ready' | 'scoring' | 'error'): void {
    this.dataset.state = state;
    if (state !== 'loading') this.statusLine.textContent = modelStatus(this.info);
  }

  private progress(event: ProgressEvent): void {
    this.statusLine.textContent = this.loadProgress.update(event);
  }

  private scheduleRender(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.render());
  }

  private render(): void {
    let options: ScoreOptions = {};
    try {
      options = this.scoreOptions();
    } catch {
      // An invalid attribute is reported by the scoring call; draw with the model's defaults.
    }
    const threshold = options.threshold ?? this.info?.threshold ?? 0.5;
    const aggregation = options.aggregation ?? this.info?.aggregation ?? 'min';
    const shown = stepsViewModel(this.state, threshold, this.info, this.problem);
    this.view.render(shown);
    const verdict = verdictOf(shown, aggregation);
    this.verdict.textContent = verdict.text;
    this.verdict.dataset.kind = verdict.kind;
  }
}
