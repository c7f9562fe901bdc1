/**
 * How a solution text becomes the token layout the PRM reads: steps cut at the manifest's
 * `stepSplit`, each tokenized on its own between its template pieces (prefix, text template,
 * separator). The last step stays open (no separator) until the session ends.
 */
import { ContextOverflowError } from './errors.ts';
import type { InputSpec } from './manifest.ts';
import type { PrmTokenizer } from './tokenizer.ts';

/**
 * What a layout token is: `text` the user wrote, `template` tokens the model reads around it
 * (turn markers, separators), and `score`, the separator token where the step score is read.
 */
export type TokenRole = 'text' | 'template' | 'score';

/** One solution token of the layout. */
export interface LayoutToken {
  id: number;
  stepIndex: number;
  role: TokenRole;
}

/** How steps are cut from text (from prm.json `input`). */
export interface StepRules {
  stepSplit: string;
  trimSteps?: boolean;
  keepEmptySteps?: boolean;
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

/** Throws `context-overflow` when the prompt plus the layout exceed what the model reads. */
export function checkContext(promptLength: number, layoutLength: number, maxContext: number, hint: string): void {
  const total = promptLength + layoutLength;
  if (total > maxContext) {
    throw new ContextOverflowError(`Problem and solution are ${total} tokens; the model reads at most ${maxContext}.`, hint);
  }
}

/** Builds layouts, remembering each step's tokens so finished steps are never tokenized twice. */
export class LayoutBuilder {
  private readonly memo = new Map<string, number[]>();

  constructor(private readonly tokenizer: PrmTokenizer, private readonly rules: InputSpec) {}

  private textIds(step: string, stepIndex: number): number[] {
    const key = `${stepIndex === 0 ? 'f' : 'r'}${step}`;
    let ids = this.memo.get(key);
    if (ids === undefined) {
      ids = this.tokenizer.stepIds(step, stepIndex);
      if (this.memo.size > 256) this.memo.clear();
      this.memo.set(key, ids);
    }
    return ids;
  }

  /** Template tokens read before step `stepIndex`: the rest of the previous separator, then the prefix. */
  private openStep(layout: LayoutToken[], stepIndex: number): void {
    if (stepIndex === 0) return;
    const { separatorIds, scoreIndex, prefixIds } = this.tokenizer;
    for (const id of [...separatorIds.slice(scoreIndex + 1), ...prefixIds]) layout.push({ id, stepIndex, role: 'template' });
  }

  private addText(layout: LayoutToken[], step: string, stepIndex: number): void {
    this.openStep(layout, stepIndex);
    for (const id of this.textIds(step, stepIndex)) layout.push({ id, stepIndex, role: 'text' });
  }

  /** The layout of explicit steps (one-shot scoring): every step closed. */
  fromSteps(steps: readonly string[]): LayoutToken[] {
    const trim = this.rules.trimSteps ?? true;
    const layout: LayoutToken[] = [];
    const { separatorIds, scoreIndex } = this.tokenizer;
    steps.forEach((step, stepIndex) => {
      this.addText(layout, trim ? step.trim() : step, stepIndex);
      separatorIds.slice(0, scoreIndex + 1).forEach((id, i) => layout.push({ id, stepIndex, role: i === scoreIndex ? 'score' : 'template' }));
    });
    return layout;
  }

  /** The layout of a streamed solution text; the open step's tokens come last, without a separator. */
  fromText(text: string, ended: boolean): LayoutToken[] {
    const { closed, open } = splitSteps(text, this.rules, ended);
    const layout = this.fromSteps(closed);
    if (open !== null) this.addText(layout, open, closed.length);
    return layout;
  }
}
