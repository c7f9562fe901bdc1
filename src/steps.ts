/**
 * How a solution text becomes the token layout the PRM reads: steps cut at the manifest's
 * `stepSplit` (blank lines), each trimmed and tokenized on its own, each finished step followed
 * by the separator. The last step stays open (no separator) until the session ends.
 */
import { ContextOverflowError } from './errors.ts';
import type { PrmTokenizer } from './tokenizer.ts';

/** One solution token of the layout. */
export interface LayoutToken {
  id: number;
  stepIndex: number;
  isSeparator: boolean;
}

/** Cuts `text` into trimmed, non-empty steps; `open` is the trailing step still being written. */
export function splitSteps(text: string, stepSplit: string, ended: boolean): { closed: string[]; open: string | null } {
  const parts = text.split(stepSplit).map((part) => part.trim());
  const last = ended ? null : (parts.pop() ?? '');
  return { closed: parts.filter((part) => part !== ''), open: last === null || last === '' ? null : last };
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

  constructor(private readonly tokenizer: PrmTokenizer, private readonly stepSplit: string) {}

  private stepIds(step: string): number[] {
    let ids = this.memo.get(step);
    if (ids === undefined) {
      ids = this.tokenizer.encode(step);
      if (this.memo.size > 256) this.memo.clear();
      this.memo.set(step, ids);
    }
    return ids;
  }

  /** The layout of explicit steps (one-shot scoring): every step closed. */
  fromSteps(steps: readonly string[]): LayoutToken[] {
    const layout: LayoutToken[] = [];
    steps.forEach((step, stepIndex) => {
      for (const id of this.stepIds(step.trim())) layout.push({ id, stepIndex, isSeparator: false });
      layout.push({ id: this.tokenizer.separatorId, stepIndex, isSeparator: true });
    });
    return layout;
  }

  /** The layout of a streamed solution text; the open step's tokens come last, without a separator. */
  fromText(text: string, ended: boolean): LayoutToken[] {
    const { closed, open } = splitSteps(text, this.stepSplit, ended);
    const layout = this.fromSteps(closed);
    if (open !== null) {
      for (const id of this.tokenizer.encode(open)) layout.push({ id, stepIndex: closed.length, isSeparator: false });
    }
    return layout;
  }
}
