/**
 * What the benchmark page measures on: the built-in model's long test solution cut at each length, as steps (one-shot
 * scoring), token ids (the bare baselines, built with Steplight's own tokenizer and layout code) and pieces (streaming).
 */
import type { PrmManifest } from '../../src/manifest.ts';
import { layoutBuilder } from '../../src/model.ts';
import { runInputs, type LayoutBuilder } from '../../src/steps.ts';
import { PrmTokenizer } from '../../src/tokenizer.ts';
import { pieces as wordPieces } from '../../src/widget/steplight-widget.ts';

/** The built-in model: the default model, and the source of the benchmark's problems and solutions. */
export const BUILTIN = 'models/tiny-arith-prm/';

/** Pieces streamed one at a time at the end of each length (the rest arrives in one `replace`). */
export const STREAMED_PIECES = 40;

/** One length's solution, in every form a measured runtime takes it. */
export interface BenchInput {
  /** The first whole steps whose solution tokens (separators included) reach the length. */
  prefix: string[];
  /** Solution tokens of `prefix`, scored as finished steps. */
  solutionTokens: number;
  /** Prompt and solution ids of a one-shot run over `prefix`. */
  ids: number[];
  /** The solution as an LLM with this tokenizer would stream it (see {@link tokenPieces}). */
  pieces: string[];
  /** Tokens the last {@link STREAMED_PIECES} pieces add: what the bare baselines step through, one run each. */
  streamedTokens: number;
  /**
   * The per-step re-scoring baseline's prefixes: `prefix` cut after each of its last steps, the fewest that hold at
   * least `streamedTokens` tokens (the stretch streaming is timed over), shortest first.
   */
  rescoredPrefixes: string[][];
  /** Solution tokens of those last steps: what the per-step re-scorings' time is spread over. */
  rescoredTokens: number;
}

/** A long solution: the steps of the test split's records, one after another. */
export async function longSolution(): Promise<{ problem: string; steps: string[] }> {
  const lines = (await (await fetch(`${BUILTIN}data/test.jsonl`)).text()).trim().split('\n');
  const records = lines.map((line) => JSON.parse(line) as { problem: string; steps: string[] });
  return { problem: records[0]!.problem, steps: records.flatMap((r) => r.steps) };
}

/** The first steps whose solution tokens (separators included) reach `length`, counted with Steplight's layout. */
export function stepsOfLength(layout: LayoutBuilder, steps: string[], length: number): string[] {
  let count = 1;
  while (count < steps.length && layout.fromSteps(steps.slice(0, count)).length < length) count++;
  return steps.slice(0, count);
}

/** Steplight's own tokenizer and layout code, to give the baselines the exact token ids one-shot scoring runs. */
export async function layoutOf(folder: string, manifest: PrmManifest): Promise<{ tokenizer: PrmTokenizer; layout: LayoutBuilder }> {
  const text = async (name: string) => (await fetch(folder + name)).text();
  const tokenizer = PrmTokenizer.fromJson(await text('tokenizer.json'), await text('tokenizer_config.json'), manifest.input);
  return { tokenizer, layout: layoutBuilder(tokenizer, manifest.input) };
}

/**
 * The solution as an LLM with this tokenizer would stream it: one piece per text token (a step's first piece
 * carries the step split before it). Falls back to word-like pieces where token texts do not rebuild the text.
 */
function tokenPieces(tokenizer: PrmTokenizer, layout: LayoutBuilder, steps: string[], stepSplit: string): string[] {
  const pieces: string[] = [];
  let step = -1;
  for (const token of layout.fromSteps(steps)) {
    if (token.role !== 'text') continue;
    const text = tokenizer.tokenText(token.id);
    pieces.push(token.stepIndex !== step && step >= 0 ? stepSplit + text : text);
    step = token.stepIndex;
  }
  const whole = steps.join(stepSplit);
  return pieces.join('') === whole ? pieces : wordPieces(whole);
}

/** Where a session starts streaming `pieces` one at a time when the last `count` are streamed (the rest is replaced). */
export const streamCut = (pieces: string[], count: number): number => Math.max(1, pieces.length - count);

/** The input of one length: `prefix` of `problem`, in every form (see {@link BenchInput}). */
export function benchInput(problem: string, prefix: string[], tokenizer: PrmTokenizer, layout: LayoutBuilder, stepSplit: string): BenchInput {
  const solution = layout.fromSteps(prefix);
  const pieces = tokenPieces(tokenizer, layout, prefix, stepSplit);
  const cut = streamCut(pieces, STREAMED_PIECES);
  // A streamed session's tokens after each change are the layout of its text, the last step still open.
  const streamedTokens = layout.fromText(pieces.join(''), false).length - layout.fromText(pieces.slice(0, cut).join(''), false).length;
  let kept = prefix.length - 1;
  while (kept > 0 && solution.length - layout.fromSteps(prefix.slice(0, kept)).length < streamedTokens) kept--;
  const rescoredPrefixes = prefix.slice(kept).map((_, i) => prefix.slice(0, kept + i + 1));
  return {
    prefix,
    solutionTokens: solution.length,
    ids: runInputs(layout.promptIds(problem), solution).ids,
    pieces,
    streamedTokens,
    rescoredPrefixes,
    rescoredTokens: solution.length - layout.fromSteps(prefix.slice(0, kept)).length,
  };
}
