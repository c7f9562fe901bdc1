/**
 * ProcessBench JSONL: one record per line, `{"problem", "steps", "label", ...}` (extra fields are
 * ignored). Shared by the CLI's `eval` and the pages.
 */
import { InvalidArgumentError } from './errors.ts';
import { parseJsonLines, parseJsonObject } from './json-text.ts';

/** One ProcessBench record; `label` is the 0-based first wrong step, -1 when all are right. */
export interface ProcessBenchRecord {
  id: string;
  problem: string;
  steps: string[];
  label: number;
}

function bad(line: number, what: string): never {
  throw new InvalidArgumentError(
    `Line ${line} of the JSONL file is not a ProcessBench record: ${what}.`,
    'Each line must be a JSON object with "problem" (string), "steps" (array of strings) and "label" (integer, -1 when correct).',
  );
}

/** Parses one line (1-based `line` is used in error messages). */
export function parseRecord(text: string, line: number): ProcessBenchRecord {
  const obj = parseJsonObject(text, (what) => bad(line, what));
  if (typeof obj.problem !== 'string' || obj.problem.trim() === '') bad(line, '"problem" must be a non-empty string');
  const steps = obj.steps;
  if (!Array.isArray(steps) || steps.length === 0 || steps.some((s) => typeof s !== 'string' || s.trim() === '')) {
    bad(line, '"steps" must be a non-empty array of non-empty strings');
  }
  const label = obj.label;
  if (typeof label !== 'number' || !Number.isInteger(label) || label < -1 || label >= steps.length) {
    bad(line, `"label" must be an integer from -1 to ${steps.length - 1}`);
  }
  return { id: typeof obj.id === 'string' ? obj.id : `line-${line}`, problem: obj.problem, steps: steps as string[], label };
}

/** Parses a whole file; blank lines are skipped, the first bad line throws naming its number. */
export function parseJsonl(text: string): ProcessBenchRecord[] {
  return parseJsonLines(text, parseRecord);
}
