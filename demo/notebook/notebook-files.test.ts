import { describe, expect, it } from 'vitest';
import { newCell, type Cell } from './cell-store.ts';
import { metricsAt, thresholdCurve } from './evaluation.ts';
import { cellsToJsonl, importLimits, readImport, resultRows, resultsToCsv, stepsOf } from './files.ts';

const file = (text: string, name = 'records.jsonl') => Object.assign(new Blob([text]), { name });
const record = (label: number) => JSON.stringify({ problem: 'Ava has 2 pens. She buys 3 more.', steps: ['2 + 3 = 5.', 'The answer is 5.'], label });

function scored(label: number | null, stepScores: number[]): Cell {
  return { ...newCell(0, { problem: 'p', solution: 'a\n\nb', label }), stepScores };
}

describe('notebook files', () => {
  it('imports ProcessBench JSONL and names the first bad line', async () => {
    expect(await readImport(file(`${record(-1)}\n\n${record(1)}\n`))).toHaveLength(2);
    await expect(readImport(file(`${record(-1)}\n${record(0)}\n{"problem": "x"\n`))).rejects.toThrow(/Line 3/);
    await expect(readImport(file(`${record(-1)}\n{"problem": "p", "steps": ["a"], "label": 4}\n`))).rejects.toThrow(/Line 2.*label/);
    await expect(readImport(file('\n\n'))).rejects.toThrow(/no records/);
  });

  it('refuses files over the size limit before reading them', async () => {
    const huge = file('x'.repeat(16), 'huge.jsonl');
    Object.defineProperty(huge, 'size', { value: importLimits.bytes + 1 });
    await expect(readImport(huge)).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/huge\.jsonl is 50\.0 MB/) });
  });

  it('exports cells as JSONL and results as CSV with quoted fields', () => {
    const cell = { ...scored(1, [0.9, 0.2]), id: 'a,"b"' };
    const line = JSON.parse(cellsToJsonl([cell]).trim()) as { steps: string[]; label: number };
    expect(line.steps).toEqual(['a', 'b']);
    expect(line.label).toBe(1);
    const csv = resultsToCsv(resultRows([cell], 0.5), 0.5)
      .trim()
      .split('\n');
    expect(csv[0]).toBe('id,label,predicted_first_error,threshold,step_scores');
    expect(csv[1]).toBe('"a,""b""",1,1,0.5,0.900000;0.200000');
  });

  it('splits steps at blank lines, trimmed, empty ones dropped', () => {
    expect(stepsOf(' one \n\n\n\ntwo\nstill two\n\n')).toEqual(['one', 'two\nstill two']);
  });
});

describe('notebook metrics', () => {
  it('computes ProcessBench metrics over labelled, scored cells only', () => {
    const cells = [scored(-1, [0.9, 0.8]), scored(1, [0.9, 0.1]), scored(0, [0.9, 0.8]), scored(null, [0.1, 0.1]), { ...scored(0, []), stepScores: null }];
    const m = metricsAt(cells, 0.5);
    expect(m.n).toBe(3);
    expect(m.acc_correct).toBe(1);
    expect(m.acc_error).toBe(0.5);
    expect(m.f1).toBeCloseTo(2 / 3);
    const curve = thresholdCurve(cells);
    expect(curve.thresholds).toHaveLength(101);
    expect(curve.f1[50]).toBeCloseTo(2 / 3);
    expect(curve.accCorrect[100]).toBe(0);
  });
});
