/** The notebook's files: ProcessBench JSONL in, cells and results out (JSONL and CSV). */
import { firstErrorStep, InvalidArgumentError, splitSteps, type ThresholdRule } from '../../src/index.ts';
import { parseJsonl, type ProcessBenchRecord, type StepRules } from '../../src/index.ts';
import type { Cell } from './cell-store.ts';

/** How the built-in model cuts text into steps: paragraphs separated by blank lines, trimmed, empty ones dropped. */
export const builtinStepRules: StepRules = { stepSplit: '\n\n' };

/** The steps of a cell's solution, cut as the loaded model cuts text (`ModelInfo.stepRules`). */
export function stepsOf(solution: string, rules: StepRules = builtinStepRules): string[] {
  return splitSteps(solution, rules, true).closed;
}

/** Largest import accepted (bytes) and most records per file; both keep the page responsive. */
export const importLimits = { bytes: 50 * 1024 * 1024, records: 20_000 };

/** Parses an imported file; a bad line, an oversize file or too many records throws naming the problem. */
export async function readImport(file: Blob & { name?: string }): Promise<ProcessBenchRecord[]> {
  const name = file.name ?? 'the file';
  if (file.size > importLimits.bytes) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    throw new InvalidArgumentError(
      `${name} is ${mb} MB; the notebook imports files up to ${importLimits.bytes / 1024 / 1024} MB.`,
      'Split the file, or evaluate it with the CLI: steplight eval FILE.',
    );
  }
  const records = parseJsonl(await file.text());
  if (records.length === 0) throw new InvalidArgumentError(`${name} holds no records.`, 'Give one ProcessBench JSON object per line.');
  if (records.length > importLimits.records) {
    throw new InvalidArgumentError(
      `${name} holds ${records.length} records; the notebook imports up to ${importLimits.records}.`,
      'Split the file, or evaluate it with the CLI: steplight eval FILE.',
    );
  }
  return records;
}

/** The cells as ProcessBench JSONL (unlabelled cells get label null). */
export function cellsToJsonl(cells: readonly Cell[]): string {
  return `${cells.map((c) => JSON.stringify({ id: c.id, problem: c.problem, steps: stepsOf(c.solution), label: c.label })).join('\n')}\n`;
}

/** One result row per cell at `threshold`: predicted first error (-1 none, null unscored) and step scores. */
export interface ResultRow {
  id: string;
  label: number | null;
  predicted: number | null;
  stepScores: number[] | null;
}

export function resultRows(cells: readonly Cell[], threshold: number, rule: ThresholdRule = 'below'): ResultRow[] {
  return cells.map((c) => ({
    id: c.id,
    label: c.label,
    predicted: c.stepScores ? firstErrorStep(c.stepScores, threshold, rule) : null,
    stepScores: c.stepScores,
  }));
}

export function resultsToJsonl(rows: readonly ResultRow[], threshold: number): string {
  return `${rows.map((r) => JSON.stringify({ ...r, threshold })).join('\n')}\n`;
}

/** CSV with a header; step scores joined by `;` in one quoted field. */
export function resultsToCsv(rows: readonly ResultRow[], threshold: number): string {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = rows.map((r) =>
    [r.id, r.label ?? '', r.predicted ?? '', threshold, (r.stepScores ?? []).map((s) => s.toFixed(6)).join(';')].map((v) => quote(String(v))).join(','),
  );
  return `${['id,label,predicted_first_error,threshold,step_scores', ...lines].join('\n')}\n`;
}

/** Offers `text` as a file download. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
