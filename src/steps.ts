/**
 * How a solution text becomes the token layout the PRM reads, for step-by-step inputs: steps cut at the
 * manifest's `stepSplit`, each tokenized on its own between its template pieces (prefix, text template,
 * separator). The last step stays open (no separator) until the session ends. The manifest's input rules follow
 * the authors' code: `trimProblemStart`, `splitGivenSteps`, `scoreTagsInText` (see `StepsInputSpec`).
 */
import { ContextOverflowError, ModelLoadError } from './errors.ts';
import type { StepsInputSpec } from './manifest.ts';
import { readStep } from './step-view.ts';
import type { PrmTokenizer } from './tokenizer.ts';
import type { StepRules } from './types.ts';

/** What a layout token is: `text` the user wrote, or a `template` token the model reads around it. */
export type TokenRole = 'text' | 'template';

/** One solution token of the layout. */
export interface LayoutToken {
  /** The token scored (and shown). */
  id: number;
  /** The token run in this cache slot when it differs from `id` (implicit PRMs score a token from the run of the one before). */
  feed?: number;
  stepIndex: number;
  role: TokenRole;
  /** Set on the token whose score is step `scoresStep`'s score. */
  scoresStep?: number;
}

/**
 * The graph inputs of `prefix` (prompt tokens, scored by nobody) followed by layout `tokens`: each slot runs
 * its `feed` token (or `id`), and `target_ids` name the token scored there (0 for the prefix).
 */
export function runInputs(prefix: readonly number[], tokens: readonly LayoutToken[]): { ids: number[]; targets: number[] } {
  return {
    ids: [...prefix, ...tokens.map((t) => t.feed ?? t.id)],
    targets: [...prefix.map(() => 0), ...tokens.map((t) => t.id)],
  };
}

/** Turns solution text into layout tokens; one per input kind of prm.json. */
export interface LayoutBuilder {
  /** The tokens run when a session opens (the prompt, or all of it but the token the layout starts with). */
  promptIds(problem: string): number[];
  /** The layout of explicit steps (one-shot scoring): the solution is complete. */
  fromSteps(steps: readonly string[]): LayoutToken[];
  /** The layout of a streamed solution text, complete once `ended`. */
  fromText(text: string, ended: boolean): LayoutToken[];
}

/**
 * Cuts `text` into steps at `stepSplit`; `open` is the trailing step still being written (null when
 * `ended` or when it is empty). By default steps are trimmed and empty ones dropped.
 */
export function splitSteps(text: string, rules: StepRules, ended: boolean): { closed: string[]; open: string | null } {
  const trim = rules.trimSteps ?? true;
  const parts = text.split(rules.stepSplit).map((part) => (trim ? part.trim() : part));
  const last = ended ? null : (parts.pop() ?? '');
  const closed = rules.keepEmptySteps ? parts : parts.filter((part) => part !== '');
  return { closed, open: last === null || last === '' ? null : last };
}

/** The steps a model scores for steps given as a list: the list itself, or with `splitGivenSteps` the list joined
 * at `stepSplit` and cut again (Skywork: a step holding "\n" is as many steps as it has lines). */
export function givenSteps(steps: readonly string[], rules: StepRules): readonly string[] {
  return rules.splitGivenSteps === true ? splitSteps(steps.join(rules.stepSplit), rules, true).closed : steps;
}

/** Throws `context-overflow` when the prompt plus the layout exceed what the model reads. */
export function checkContext(promptLength: number, layoutLength: number, maxContext: number, hint: string): void {
  const total = promptLength + layoutLength;
  if (total > maxContext) {
    throw new ContextOverflowError(`Problem and solution are ${total} tokens; the model reads at most ${maxContext}.`, hint);
  }
}

/** Builds step-by-step layouts, remembering each step's tokens so finished steps are never tokenized twice. */
export class StepsLayoutBuilder implements LayoutBuilder {
  private readonly memo = new Map<string, number[]>();
  /** Tokens of the separator appended after each step, and the index of the one carrying the step score. */
  private readonly separatorIds: number[];
  private readonly scoreIndex: number;
  /** Tokens read before every step but the first. */
  private readonly prefixIds: number[];
  /** The score token, when the same token inside a step's text is scored too (`scoreTagsInText`). */
  private readonly tagId: number | null;

  constructor(
    private readonly tokenizer: PrmTokenizer,
    private readonly rules: StepsInputSpec,
  ) {
    this.separatorIds = tokenizer.encode(rules.stepSeparator);
    const at = rules.scoreToken ?? -1;
    this.scoreIndex = at < 0 ? this.separatorIds.length + at : at;
    if (this.scoreIndex < 0 || this.scoreIndex >= this.separatorIds.length) {
      throw new ModelLoadError(
        'manifest-invalid',
        `prm.json "input.scoreToken" ${at} is outside the separator's ${this.separatorIds.length} tokens.`,
        'Point scoreToken at a token of stepSeparator.',
      );
    }
    this.prefixIds = tokenizer.encode(rules.stepPrefix ?? '');
    this.tagId = rules.scoreTagsInText === true ? this.separatorIds[this.scoreIndex]! : null;
  }

  promptIds(problem: string): number[] {
    return this.tokenizer.promptIds(this.rules.trimProblemStart === true ? problem.trimStart() : problem);
  }

  private textIds(step: string, stepIndex: number, open: boolean): number[] {
    // an open step reads differently from the same text closed only through a view
    const view = this.rules.stepView === 'equation';
    const key = `${stepIndex === 0 ? 'f' : 'r'}${view && open ? 'o' : 'c'}${step}`;
    let ids = this.memo.get(key);
    if (ids === undefined) {
      const templates = this.rules.stepText;
      const template = templates === undefined ? '{step}' : stepIndex === 0 ? templates.first : templates.rest;
      const read = view ? readStep(step, open) : step;
      ids = this.tokenizer.encode(template.replace('{step}', () => read));
      if (this.memo.size > 256) this.memo.clear();
      this.memo.set(key, ids);
    }
    return ids;
  }

  /**
   * Template tokens read before the `index`-th text piece, then its text: the rest of the previous separator and
   * the prefix first. `stepIndex` numbers the scored steps, which run ahead of `index` once a tag inside a text was
   * scored (`scoreTagsInText`); returns the step index the text ends in.
   */
  private addText(layout: LayoutToken[], step: string, index: number, stepIndex: number, open = false): number {
    if (index > 0) {
      for (const id of [...this.separatorIds.slice(this.scoreIndex + 1), ...this.prefixIds]) layout.push({ id, stepIndex, role: 'template' });
    }
    let at = stepIndex;
    for (const id of this.textIds(step, index, open)) {
      if (id === this.tagId) {
        layout.push({ id, stepIndex: at, role: 'text', scoresStep: at });
        at++;
      } else {
        layout.push({ id, stepIndex: at, role: 'text' });
      }
    }
    return at;
  }

  /** The layout of closed steps and the index the next step gets. */
  private closedLayout(steps: readonly string[]): { layout: LayoutToken[]; next: number } {
    const trim = this.rules.trimSteps ?? true;
    const layout: LayoutToken[] = [];
    let next = 0;
    steps.forEach((step, index) => {
      const stepIndex = this.addText(layout, trim ? step.trim() : step, index, next);
      this.separatorIds.slice(0, this.scoreIndex + 1).forEach((id, i) => {
        layout.push({ id, stepIndex, role: 'template', ...(i === this.scoreIndex ? { scoresStep: stepIndex } : {}) });
      });
      next = stepIndex + 1;
    });
    return { layout, next };
  }

  fromSteps(steps: readonly string[]): LayoutToken[] {
    return this.closedLayout(givenSteps(steps, this.rules)).layout;
  }

  fromText(text: string, ended: boolean): LayoutToken[] {
    const { closed, open } = splitSteps(text, this.rules, ended);
    const { layout, next } = this.closedLayout(closed);
    if (open !== null) this.addText(layout, open, closed.length, next, true);
    return layout;
  }
}
