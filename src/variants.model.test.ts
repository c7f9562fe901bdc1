/**
 * How far each quantized variant of the built-in model is from fp32 (the README's per-variant claim comes from
 * here): per-step score difference and first-error agreement over the first 100 test records, on WASM.
 * Only fp32 graphs promise the 1e-4 parity with the reference; this test prints what the others reach on WASM, beside
 * what prm.json's `parity` states (measured by the export with onnxruntime on CPU, same records) and ModelInfo exposes.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseManifest } from './manifest.ts';
import { loadPrm } from './model.ts';
import { MODEL_DIR } from './testing/fixtures.ts';

it('each variant against fp32: step-score gap and first-error agreement on the test split', async () => {
  const lines = readFileSync(`${MODEL_DIR}/data/test.jsonl`, 'utf8').trim().split('\n').slice(0, 100);
  const solutions = lines.map((line) => JSON.parse(line) as { problem: string; steps: string[] });
  const source = { kind: 'dir' as const, path: MODEL_DIR };
  const manifest = parseManifest(readFileSync(`${MODEL_DIR}/prm.json`, 'utf8'));
  const fp32 = await loadPrm(source, { variant: 'fp32', backend: 'wasm' });
  expect(fp32.info.parity).toBeUndefined();
  const reference = await fp32.scoreBatch(solutions);
  await fp32.dispose();
  const gaps: Record<string, { max: number; mean: number; firstErrorAgreement: number }> = {};
  for (const variant of ['fp16', 'int8', 'q4'] as const) {
    const model = await loadPrm(source, { variant, backend: 'wasm' });
    expect(model.info.parity, 'ModelInfo states what prm.json measured').toEqual(manifest.variants[variant]?.parity);
    const results = await model.scoreBatch(solutions);
    await model.dispose();
    const diffs = results.flatMap((r, i) => r.steps.map((s, j) => Math.abs(s.score - (reference[i]?.steps[j]?.score ?? Number.NaN))));
    const agree = results.filter((r, i) => (r.firstError?.stepIndex ?? -1) === (reference[i]?.firstError?.stepIndex ?? -1)).length;
    gaps[variant] = { max: Math.max(...diffs), mean: diffs.reduce((a, b) => a + b, 0) / diffs.length, firstErrorAgreement: agree / results.length };
  }
  console.log('variant gaps against fp32 (built-in model, 100 test records):', JSON.stringify(gaps));
  expect(gaps.fp16?.max).toBeLessThan(0.01);
  for (const variant of ['int8', 'q4']) expect(gaps[variant]?.firstErrorAgreement).toBeGreaterThanOrEqual(0.95);
}, 600_000);
