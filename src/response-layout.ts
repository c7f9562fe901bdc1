/**
 * The layout of an implicit PRM (PRIME / EurusPRM, `input.kind` "response"): the steps joined by `stepSplit`
 * and tokenized as one string, as the authors' ProcessBench script does, then `responseEnd` once complete.
 *
 * Each layout token scores one realised token from the run of the token before it (`feed`): the graph returns
 * the log-probabilities of its `target_ids`, so the prompt's last token opens the layout and the newest token
 * waits, unrun, until its successor arrives. Step k's score token is where the script reads step k's value:
 * the cumulative reward up to one token past the first k steps re-tokenized alone (the last step: up to the
 * first `responseEnd` token).
 */
import type { ResponseInputSpec } from './manifest.ts';
import { splitSteps, type LayoutBuilder, type LayoutToken } from './steps.ts';
import type { PrmTokenizer } from './tokenizer.ts';

/** Builds implicit-PRM layouts (see the module comment). */
export class ResponseLayoutBuilder implements LayoutBuilder {
  /** The prompt template's last token (the template ends with fixed text after `{problem}`). */
  private readonly bridgeId: number;
  private readonly endIds: number[];
  private readonly lengths = new Map<string, number>();

  constructor(
    private readonly tokenizer: PrmTokenizer,
    private readonly rules: ResponseInputSpec,
  ) {
    this.bridgeId = tokenizer.promptIds('x').at(-1)!;
    this.endIds = tokenizer.encode(rules.responseEnd);
  }

  promptIds(problem: string): number[] {
    return this.tokenizer.promptIds(problem).slice(0, -1);
  }

  fromSteps(steps: readonly string[]): LayoutToken[] {
    return this.layout(steps, true);
  }

  fromText(text: string, ended: boolean): LayoutToken[] {
    const { closed, open } = splitSteps(text, { stepSplit: this.rules.stepSplit, trimSteps: false }, ended);
    return this.layout(open === null ? closed : [...closed, open], ended);
  }

  /** Tokens of the first steps joined, tokenized alone (memoized: finished steps do not change). */
  private prefixLength(text: string): number {
    let length = this.lengths.get(text);
    if (length === undefined) {
      length = this.tokenizer.encode(text).length;
      if (this.lengths.size > 256) this.lengths.clear();
      this.lengths.set(text, length);
    }
    return length;
  }

  private layout(steps: readonly string[], ended: boolean): LayoutToken[] {
    const split = this.rules.stepSplit;
    const response = this.tokenizer.encode(steps.join(split));
    const sequence = [this.bridgeId, ...response, ...(ended && steps.length > 0 ? this.endIds : [])];
    let joined = '';
    const bounds = steps.slice(0, -1).map((step, k) => {
      joined = k === 0 ? step : joined + split + step;
      return this.prefixLength(joined);
    });
    const scores = new Map(bounds.map((bound, k) => [bound + 1, k]));
    if (ended && steps.length > 0) scores.set(response.length, steps.length - 1);
    const layout: LayoutToken[] = [];
    let passed = 0;
    for (let unit = 0; unit + 1 < sequence.length; unit++) {
      const inResponse = unit < response.length;
      while (passed < bounds.length && bounds[passed]! <= unit) passed++;
      const stepIndex = inResponse ? passed : steps.length - 1;
      const scoresStep = scores.get(unit);
      layout.push({
        id: sequence[unit + 1]!,
        feed: sequence[unit]!,
        stepIndex,
        role: inResponse ? 'text' : 'template',
        ...(scoresStep === undefined ? {} : { scoresStep }),
      });
    }
    return layout;
  }
}
