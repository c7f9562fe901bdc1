/**
 * The built-in model's tokenizer reads LaTeX and markdown as the plain text its grammar writes (the recipe's
 * models/tiny_arith/markup.py): for each case of models/tests/markup-cases.json, which the Python test reads too,
 * the runtime makes the tokens of the plain text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InputSpec } from './manifest.ts';
import { PrmTokenizer } from './tokenizer.ts';

const FOLDER = 'models/tiny-arith-prm';
const CASES = JSON.parse(readFileSync('models/tests/markup-cases.json', 'utf8')) as [string, string][];

function open(file: object): PrmTokenizer {
  const prm = JSON.parse(readFileSync(`${FOLDER}/prm.json`, 'utf8')) as { input: InputSpec };
  return PrmTokenizer.fromJson(JSON.stringify(file), readFileSync(`${FOLDER}/tokenizer_config.json`, 'utf8'), prm.input);
}

describe('the built-in tokenizer on markup', () => {
  const file = JSON.parse(readFileSync(`${FOLDER}/tokenizer.json`, 'utf8')) as { normalizer: unknown };
  const shipped = open(file);
  const plain = open({ ...file, normalizer: null });

  it.each(CASES)('reads %j as %j', (typed, read) => {
    expect(shipped.encode(typed)).toEqual(plain.encode(read));
  });
});
