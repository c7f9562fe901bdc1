/**
 * `<steplight-steps>`: a solution's steps scored live by a PRM, in a shadow root. Every widget on a
 * page shares one worker and one load per model (see shared-model.ts). Problem and step text are only
 * ever rendered as text.
 */
import { type ModelInfo, type ProgressEvent, type ScoreOptions, type Scorer, type ScoringSession, type SessionState, toErrorData } from '../index.ts';
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
  private session: Promise<ScoringSession> | null = null;
  /** Bumped whenever the session is replaced; replies and events of older sessions are ignored. */
  private epoch = 0;
  private text = '';
  private confirmedText = '';
  /** Counts calls of takeSource: only the latest one's steps are used once the model is there. */
  private sourceRequests = 0;
  /** Counts text changes sent; a failure reverts the text only when it is the latest one. */
  private changes = 0;
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
    return this.text;
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
    this.text += text;
    return this.send((session) => session.append(text));
  }

  /** Replaces the whole solution text (an edit); the cache is kept for the unchanged prefix. */
  replace(text: string): Promise<void> {
    this.player.stop();
    this.text = text;
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
    this.text = '';
    this.confirmedText = '';
    this.ended = false;
    return this.reopen();
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
    this.text = this.ended ? source : '';
    void this.reopen();
    if (mode === 'stream' && source !== '') {
      void this.player
        .play(source, (piece) => void this.append(piece))
        .then((finished) => {
          if (finished) void this.end();
        });
    }
  }

  /** Starts a fresh session (settings changed) and sends it the text held so far. */
  private async reopen(): Promise<void> {
    this.dropSession();
    this.state = null;
    this.problemLine.textContent = this.problem;
    this.scheduleRender();
    if (this.text === '' && !this.ended) return;
    const text = this.text;
    await this.send(async (session) => {
      const state = await session.replace(text);
      return this.ended && !state.ended ? session.end() : state;
    });
  }

  private dropSession(): void {
    this.epoch += 1;
    const old = this.session;
    this.session = null;
    old?.then((s) => s.close()).catch(() => undefined);
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

  private openSession(): Promise<ScoringSession> {
    if (this.session) return this.session;
    const epoch = this.epoch;
    const options = this.scoreOptions();
    const session = this.ensureModel().then((scorer) =>
      scorer.open(this.problem, (events) => epoch === this.epoch && emitSessionEvents(this, events), options),
    );
    session.catch(() => {
      if (this.session === session) this.session = null;
    });
    this.session = session;
    return session;
  }

  /** Runs one change through the session; a failure is shown and the text reverts to what was scored. */
  private async send(change: (session: ScoringSession) => Promise<SessionState>): Promise<void> {
    const epoch = this.epoch;
    const seq = ++this.changes;
    try {
      const session = await this.openSession();
      this.setState('scoring');
      const state = await change(session);
      if (epoch !== this.epoch) return;
      this.confirmedText = state.text;
      this.state = state;
      this.errorBox.hidden = true;
      this.setState('ready');
      this.scheduleRender();
    } catch (error) {
      if (epoch !== this.epoch) return;
      // Only the latest change owns the text: an earlier append that fails must not undo a later replace.
      if (seq === this.changes) this.text = this.confirmedText;
      this.fail(error);
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
