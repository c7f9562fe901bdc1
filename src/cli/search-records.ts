/** The input of `steplight search`: JSONL records with a `problem` and its true `answer` (an integer). */
import { InvalidArgumentError } from '../errors.ts';
import { parseJsonLines, parseJsonObject } from '../json-text.ts';

/** One problem to search on. */
export interface SearchRecord {
  problem: string;
  answer: number;
}

function bad(line: number, what: string): never {
  throw new InvalidArgumentError(
    `Line ${line} of the JSONL file is not a search record: ${what}.`,
    'Each line must be a JSON object with "problem" (string) and "answer" (the true answer, an integer); other fields are ignored.',
  );
}

/** Parses one line (1-based `line` names it in errors). */
export function parseSearchRecord(text: string, line: number): SearchRecord {
  const { problem, answer } = parseJsonObject(text, (what) => bad(line, what));
  if (typeof problem !== 'string' || problem.trim() === '') bad(line, '"problem" must be a non-empty string');
  if (typeof answer !== 'number' || !Number.isSafeInteger(answer)) bad(line, `"answer" must be an integer, got ${JSON.stringify(answer) ?? 'nothing'}`);
  return { problem, answer };
}

/** Parses a whole file; blank lines are skipped, the first bad line throws naming its number. */
export function parseSearchRecords(text: string): SearchRecord[] {
  return parseJsonLines(text, parseSearchRecord);
}
