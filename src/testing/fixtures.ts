/** Test helpers: the built-in model folder and its golden fixtures (PyTorch outputs). */
import { readFileSync } from 'node:fs';
import type { InputSpec } from '../manifest.ts';
import { PrmTokenizer } from '../tokenizer.ts';

/** The model folder the tests run on (override with STEPLIGHT_TEST_MODEL). */
export const MODEL_DIR = process.env.STEPLIGHT_TEST_MODEL ?? 'models/tiny-arith-prm';

/** One golden record written by models/tiny_arith/fixtures.py. */
export interface GoldenRecord {
  id: string;
  problem: string;
  steps: string[];
  label: number;
  input_ids: number[];
  prompt_length: number;
  probs: number[];
  step_scores: number[];
  first_error_step: number;
}

/** The golden records of the model folder `dir`. */
export function goldenRecords(dir = MODEL_DIR): GoldenRecord[] {
  const doc = JSON.parse(readFileSync(`${dir}/fixtures/golden.json`, 'utf8')) as { records: GoldenRecord[] };
  return doc.records;
}

/** Largest absolute difference between two equally long arrays. */
export function maxAbsDiff(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} != ${b.length}`);
  return a.reduce((worst, x, i) => Math.max(worst, Math.abs(x - b[i]!)), 0);
}

/** The tokenizer of the model folder `dir` built from `tokenizerJson` (its tokenizer.json, as read or edited). */
export function folderTokenizer(dir: string, tokenizerJson: object): PrmTokenizer {
  const prm = JSON.parse(readFileSync(`${dir}/prm.json`, 'utf8')) as { input: InputSpec };
  return PrmTokenizer.fromJson(JSON.stringify(tokenizerJson), readFileSync(`${dir}/tokenizer_config.json`, 'utf8'), prm.input);
}
