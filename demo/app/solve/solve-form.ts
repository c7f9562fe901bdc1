/**
 * The search panel's form: problem, N, strategy (with the beam width), token limit and early rejection, read as
 * search options, written into and read from the page's shareable link (`solve`, `n`, `strategy`, `width`, `max`,
 * `reject`: a threshold, or `off`; `rank`: `1` for rank rejection), and the examples from the test split.
 */
import type { ModelInfo, SearchOptions, SearchStrategy } from '../../../src/index.ts';
import type { Problem } from '../../lib/problems.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Tokens a candidate writes before early rejection may cut it. */
export const REJECT_MIN_TOKENS = 8;
/** Rank rejection: at this many generated tokens only the best RANK_KEEP_SHARE of the candidates go on (`steplight
 * search --rank-reject 8,0.375`, chosen on the validation split; 2.56x fewer tokens on the 400 test problems:
 * models/tiny-arith-policy/SEARCH-RESULTS.md). */
export const RANK_AT_TOKENS = 8;
export const RANK_KEEP_SHARE = 3 / 8;

/** The first is the default: the strategy that measured best with the built-in models (SEARCH-RESULTS.md). */
const STRATEGIES: readonly SearchStrategy[] = ['weighted-vote', 'best-of-n', 'majority', 'beam'];

function clampInt(text: string, min: number, max: number, fallback: number): number {
  const value = Math.round(Number(text));
  return Number.isFinite(value) && text.trim() !== '' ? Math.min(max, Math.max(min, value)) : fallback;
}

export class SolveForm {
  readonly problem = byId<HTMLTextAreaElement>('solve-problem');
  private readonly example = byId<HTMLSelectElement>('solve-example');
  private readonly n = byId<HTMLInputElement>('solve-n');
  private readonly strategy = byId<HTMLSelectElement>('solve-strategy');
  private readonly width = byId<HTMLInputElement>('solve-width');
  private readonly maxTokens = byId<HTMLInputElement>('solve-max');
  private readonly reject = byId<HTMLInputElement>('solve-reject');
  private readonly threshold = byId<HTMLInputElement>('solve-threshold');
  private readonly rank = byId<HTMLInputElement>('solve-rank');
  private examples: Problem[] = [];

  constructor() {
    this.strategy.addEventListener('change', () => this.showBeam());
    this.reject.addEventListener('change', () => this.showThreshold());
    this.threshold.addEventListener('input', () => this.showThreshold());
    this.example.addEventListener('change', () => {
      const chosen = this.examples[Number(this.example.value)];
      if (chosen) this.problem.value = chosen.problem;
    });
    this.problem.addEventListener('input', () => {
      const shown = this.examples.findIndex((e) => e.problem.trim() === this.problem.value.trim());
      this.example.value = shown < 0 ? '' : String(shown);
    });
    this.showBeam();
    this.showThreshold();
  }

  /** Fills the example picker; the first example becomes the problem when none was given. */
  setExamples(examples: Problem[]): void {
    this.examples = examples;
    this.example.append(...examples.map((e, i) => new Option(`#${i + 1} · ${e.problem.slice(0, 60)}…`, String(i))));
    if (this.problem.value.trim() === '' && examples[0]) this.problem.value = examples[0].problem;
    const shown = examples.findIndex((e) => e.problem.trim() === this.problem.value.trim());
    this.example.value = shown < 0 ? '' : String(shown);
  }

  /** The true answer of the problem in the form, when it is one of the examples. */
  expectedAnswer(): number | null {
    const problem = this.problem.value.trim();
    return this.examples.find((e) => e.problem.trim() === problem)?.answer ?? null;
  }

  /**
   * The early-rejection slider spans the model's score range (its top rejects every candidate). For the built-in model
   * it starts at 0.2, `steplight search`'s default; a model with another range starts at its own threshold.
   */
  fitThreshold(info: ModelInfo): void {
    const [low, high] = info.scoreRange;
    const step = (high - low) / 20;
    if (this.threshold.min === String(low + step) && this.threshold.max === String(high)) return;
    this.threshold.min = String(low + step);
    this.threshold.max = String(high);
    this.threshold.step = String(step);
    this.threshold.value = String(info.threshold);
    this.showThreshold();
  }

  /** The settings as search options (without signal and listener); beam search rounds N down to width × expand. */
  options(): Omit<SearchOptions, 'signal' | 'onEvent'> {
    const strategy = this.strategyValue();
    let n = clampInt(this.n.value, 1, 16, 6);
    const maxTokens = clampInt(this.maxTokens.value, 8, 400, 160);
    const earlyReject = this.reject.checked ? { earlyReject: { minTokens: REJECT_MIN_TOKENS, threshold: Number(this.threshold.value) } } : {};
    const rankReject = this.rank.checked ? { rankReject: { atTokens: RANK_AT_TOKENS, keep: Math.ceil(n * RANK_KEEP_SHARE) } } : {};
    if (strategy !== 'beam') return { strategy, n, maxTokens, ...earlyReject, ...rankReject };
    const width = Math.min(clampInt(this.width.value, 1, 16, 2), n);
    const expand = Math.max(1, Math.floor(n / width));
    n = width * expand;
    return { strategy, n, maxTokens, beam: { width, expand }, ...earlyReject };
  }

  /** The fields of the shareable link. */
  linkFields(): Record<string, string> {
    return {
      solve: this.problem.value,
      n: this.n.value,
      strategy: this.strategyValue(),
      ...(this.strategyValue() === 'beam' ? { width: this.width.value } : {}),
      max: this.maxTokens.value,
      reject: this.reject.checked ? this.threshold.value : 'off',
      ...(this.rank.checked ? { rank: '1' } : {}),
    };
  }

  /** Takes the settings a link carries (fields it lacks keep their defaults). */
  readLink(fields: URLSearchParams): void {
    const get = (key: string) => fields.get(key);
    this.problem.value = get('solve') ?? this.problem.value;
    if (get('n') !== null) this.n.value = String(clampInt(get('n')!, 1, 16, 6));
    const strategy = get('strategy') as SearchStrategy | null;
    if (strategy !== null && STRATEGIES.includes(strategy)) this.strategy.value = strategy;
    if (get('width') !== null) this.width.value = String(clampInt(get('width')!, 1, 16, 2));
    if (get('max') !== null) this.maxTokens.value = String(clampInt(get('max')!, 8, 400, 160));
    const reject = get('reject');
    if (reject === 'off') this.reject.checked = false;
    else if (reject !== null && Number.isFinite(Number(reject))) {
      this.reject.checked = true;
      this.threshold.value = reject;
    }
    this.rank.checked = get('rank') === '1';
    this.showBeam();
    this.showThreshold();
  }

  private strategyValue(): SearchStrategy {
    const value = this.strategy.value as SearchStrategy;
    return STRATEGIES.includes(value) ? value : STRATEGIES[0]!;
  }

  private showBeam(): void {
    // Beam search ranks its candidates at every step: rank rejection is for the other strategies.
    byId('solve-width-field').hidden = this.strategyValue() !== 'beam';
    byId('solve-rank-field').hidden = this.strategyValue() === 'beam';
  }

  private showThreshold(): void {
    this.threshold.disabled = !this.reject.checked;
    byId('solve-threshold-value').textContent = this.reject.checked ? Number(this.threshold.value).toFixed(2) : 'off';
  }
}
