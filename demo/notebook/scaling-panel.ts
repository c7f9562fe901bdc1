/**
 * The notebook's "Test-time scaling" section: plots accuracy against N and against tokens from a `steplight search`
 * results file (picked, or the committed one beside the policy when it exists), and measures the same in this browser
 * over the first K problems (with answers) of the last imported JSONL, or of the built-in test split: one best-of-N run
 * of N candidates per problem gives pass@1 and every voting strategy at each n (its first n candidates), and with early
 * rejection a second run. The policy is the tiny LLM under transformers.js (demo/policy), loaded on first use.
 *
 * DOM contract: `#scaling[data-source]` is `file`, `committed` or `measured` once results are shown, `data-rows` their
 * row count; `#scaling[data-state]` is `measuring` during a measurement.
 */
import { type Scorer, search } from '../../src/index.ts';
import { errorText } from '../lib/error-text.ts';
import { type Problem, parseProblems } from '../lib/problems.ts';
import { PolicyGenerator } from '../policy/policy-generator.ts';
import { download } from './files.ts';
import { ScalingCharts } from './scaling-charts.ts';
import { measuredNs, parseScalingResults, type ScalingResults, ScalingTally, scalingSeries } from './scaling-results.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Where `steplight search` results for the built-in policy are committed (absent until they are). */
export const COMMITTED_RESULTS = 'models/tiny-arith-policy/search-results.json';
/** Problems measured when no JSONL with answers was imported. */
const TEST_SPLIT = 'models/tiny-arith-prm/data/test.jsonl';
/** Tokens a candidate writes before early rejection may cut it (as the demo's search panel). */
const REJECT_MIN_TOKENS = 8;

const intOf = (input: HTMLInputElement, min: number, max: number) => Math.min(max, Math.max(min, Math.round(Number(input.value) || min)));

export class ScalingPanel {
  private readonly section = byId('scaling');
  private readonly charts = new ScalingCharts(byId('scaling-chart-n'), byId('scaling-chart-tokens'));
  private imported: { name: string; problems: Problem[] } | null = null;
  private policy: Promise<PolicyGenerator> | null = null;
  private measuring: AbortController | null = null;
  private measured: ScalingResults | null = null;

  /** `model` gives the notebook's PRM (null while it loads). */
  constructor(private readonly model: () => Scorer | null) {
    this.charts.update([]);
    byId<HTMLInputElement>('scaling-file').addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) void file.text().then((text) => this.show(text, 'file', file.name));
    });
    byId('scaling-committed').addEventListener('click', () => void this.loadCommitted());
    byId('measure-run').addEventListener('click', () => void this.measure());
    byId('measure-cancel').addEventListener('click', () => this.measuring?.abort());
    byId('measure-download').addEventListener('click', () => {
      if (this.measured) download('steplight-search-browser.json', `${JSON.stringify(this.measured)}\n`, 'application/json');
    });
  }

  /** Problems with answers from an imported JSONL (used by the next measurement; none with answers keeps the test split). */
  useProblems(jsonl: string, name: string): void {
    const problems = parseProblems(jsonl, 1_000);
    this.imported = problems.length > 0 ? { name, problems } : null;
    this.say(
      'measure-source',
      this.imported ? `Problems: ${name} (${problems.length} with answers).` : 'Problems: the built-in test split (the last import had no answers).',
    );
  }

  /** Offers the committed results when the file exists; says so quietly when it does not. */
  async offerCommitted(): Promise<void> {
    const results = await this.fetchCommitted();
    const button = byId<HTMLButtonElement>('scaling-committed');
    button.hidden = results === null;
    if (results) button.textContent = `Load the committed results (${results.n_problems} problems)`;
    else this.say('scaling-source', `No committed results yet (${COMMITTED_RESULTS}): pick a file, or measure below.`);
  }

  private async fetchCommitted(): Promise<ScalingResults | null> {
    try {
      const response = await fetch(COMMITTED_RESULTS, { cache: 'no-cache' });
      // A missing file may come back as the site's HTML page: only JSON that checks out counts.
      return response.ok ? parseScalingResults(await response.text()) : null;
    } catch {
      return null;
    }
  }

  private async loadCommitted(): Promise<void> {
    const results = await this.fetchCommitted();
    if (results) this.draw(results, 'committed', COMMITTED_RESULTS);
  }

  private show(text: string, source: 'file', name: string): void {
    try {
      this.draw(parseScalingResults(text), source, name);
    } catch (error) {
      this.say('scaling-source', errorText(error));
    }
  }

  private draw(results: ScalingResults, source: 'file' | 'committed' | 'measured', name: string): void {
    this.charts.update(scalingSeries(results));
    this.section.dataset.source = source;
    this.section.dataset.rows = String(results.results.length);
    this.say('scaling-source', `${name}: ${results.results.length} rows over ${results.n_problems} problem${results.n_problems === 1 ? '' : 's'}.`);
  }

  private say(id: string, text: string): void {
    byId(id).textContent = text;
  }

  private async problems(count: number): Promise<Problem[]> {
    if (this.imported) return this.imported.problems.slice(0, count);
    const response = await fetch(TEST_SPLIT);
    if (!response.ok) throw new Error(`The test split could not be read (HTTP ${response.status}).`);
    return parseProblems(await response.text(), count);
  }

  private loadPolicy(scorer: Scorer): Promise<PolicyGenerator> {
    this.policy ??= PolicyGenerator.load({ device: scorer.info.backend }).catch((error: unknown) => {
      this.policy = null;
      throw error;
    });
    return this.policy;
  }

  private setMeasuring(on: boolean): void {
    byId<HTMLButtonElement>('measure-run').disabled = on;
    byId<HTMLButtonElement>('measure-cancel').disabled = !on;
    byId<HTMLProgressElement>('measure-progress').hidden = !on;
    if (on) this.section.dataset.state = 'measuring';
    else delete this.section.dataset.state;
  }

  private async measure(): Promise<void> {
    const scorer = this.model();
    if (scorer === null || this.measuring) return;
    const k = intOf(byId('measure-k'), 1, 200);
    const nMax = intOf(byId('measure-n'), 1, 16);
    const maxTokens = intOf(byId('measure-max'), 8, 400);
    const reject = byId<HTMLInputElement>('measure-reject').checked;
    const threshold = Number(byId<HTMLInputElement>('measure-threshold').value);
    const controller = new AbortController();
    this.measuring = controller;
    this.setMeasuring(true);
    const progress = byId<HTMLProgressElement>('measure-progress');
    const tally = new ScalingTally(measuredNs(nMax));
    const started = performance.now();
    try {
      this.say('measure-status', 'Loading the tiny LLM (transformers.js)…');
      const [policy, problems] = await Promise.all([this.loadPolicy(scorer), this.problems(k)]);
      progress.max = problems.length;
      for (const [i, { problem, answer }] of problems.entries()) {
        if (controller.signal.aborted) break;
        this.say('measure-status', `Problem ${i + 1} of ${problems.length}: ${nMax} candidates${reject ? ', then again with early rejection' : ''}…`);
        const base = { strategy: 'best-of-n', n: nMax, maxTokens, signal: controller.signal } as const;
        tally.add((await search(scorer, policy, problem, base)).candidates, answer, false);
        if (reject) {
          const cut = await search(scorer, policy, problem, { ...base, earlyReject: { minTokens: REJECT_MIN_TOKENS, threshold } });
          tally.add(cut.candidates, answer, true);
        }
        tally.problemDone();
        progress.value = i + 1;
        this.showMeasured(tally);
      }
      this.say('measure-status', `Done: ${problems.length} problems in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    } catch (error) {
      const done = tally.results()?.n_problems ?? 0;
      this.say('measure-status', controller.signal.aborted ? `Cancelled after ${done} problems.` : errorText(error));
    } finally {
      this.measuring = null;
      this.setMeasuring(false);
    }
  }

  private showMeasured(tally: ScalingTally): void {
    const results = tally.results();
    if (!results) return;
    this.measured = results;
    byId<HTMLButtonElement>('measure-download').disabled = false;
    this.draw(results, 'measured', 'Measured in this browser');
  }
}
