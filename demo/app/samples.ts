/** Samples for the picker: correct and wrong solutions from the built-in model's test split. */
import { parseJsonl, type ProcessBenchRecord } from '../../src/index.ts';

/** Up to `perKind` wrong and `perKind` correct records, alternating, from the shipped test split. */
export async function loadSamples(url: string, perKind = 6): Promise<ProcessBenchRecord[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`samples: HTTP ${response.status}`);
  const records = parseJsonl(await response.text());
  const wrong = records.filter((r) => r.label !== -1).slice(0, perKind);
  const right = records.filter((r) => r.label === -1).slice(0, perKind);
  return wrong.flatMap((r, i) => (right[i] ? [r, right[i]] : [r]));
}

/** The option label of a sample. */
export function sampleLabel(record: ProcessBenchRecord, index: number): string {
  const verdict = record.label === -1 ? 'correct' : `wrong from step ${record.label + 1}`;
  return `#${index + 1} · ${verdict} · ${record.problem.slice(0, 48)}…`;
}
