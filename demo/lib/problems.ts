/** Problems with their true answers, read from JSONL splits (the built-in test split records carry `answer`). */

/** A problem and its true answer. */
export interface Problem {
  problem: string;
  answer: number;
}

/** The first `count` distinct problems of a JSONL text whose records carry `problem` and a numeric `answer`; other
 * records and damaged lines are skipped. */
export function parseProblems(jsonl: string, count: number): Problem[] {
  const seen = new Map<string, Problem>();
  for (const line of jsonl.split('\n')) {
    if (seen.size >= count) break;
    if (line.trim() === '') continue;
    try {
      const record: unknown = JSON.parse(line);
      if (typeof record !== 'object' || record === null) continue;
      const { problem, answer } = record as { problem?: unknown; answer?: unknown };
      if (typeof problem === 'string' && typeof answer === 'number' && Number.isFinite(answer) && !seen.has(problem)) seen.set(problem, { problem, answer });
    } catch {
      // A damaged line is skipped.
    }
  }
  return [...seen.values()];
}
