/** JSON text read with a typed error: one object, or one object per line (JSONL). */

/** Whether `value` is a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses `text` as one JSON object. `fail(what)` receives what is wrong ("not JSON (…)", "not a JSON object") and
 * throws the caller's typed error, which names the file or line and how to fix it.
 */
export function parseJsonObject(text: string, fail: (what: string) => never): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    fail(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isJsonObject(value)) fail('not a JSON object');
  return value;
}

/** Parses JSONL with `parseLine(text, line)` (1-based `line`); blank lines are skipped, the first bad line throws. */
export function parseJsonLines<T>(text: string, parseLine: (text: string, line: number) => T): T[] {
  const records: T[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() !== '') records.push(parseLine(raw, i + 1));
  });
  return records;
}
