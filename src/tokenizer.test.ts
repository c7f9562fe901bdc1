/**
 * The runtime's tokenizer on a tokenizer.json whose normalizer writes place marks (the recipe's `--place-marks`,
 * models/README.md "Place marks"): the tokens the Python `tokenizers` library makes (models/tests/test_place_marks.py
 * asserts the same string), and token texts without the marks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folderTokenizer } from './testing/fixtures.ts';
import type { PrmTokenizer } from './tokenizer.ts';

const FOLDER = 'models/tiny-arith-prm';
const MARKS: [number, string][] = [
  [4, '|'],
  [3, '^'],
  [2, '~'],
  [1, '`'],
];

interface TokenizerFile {
  model: { vocab: Record<string, number> };
  normalizer: unknown;
  decoder: unknown;
}

function markedFile(): TokenizerFile {
  const file = JSON.parse(readFileSync(`${FOLDER}/tokenizer.json`, 'utf8')) as TokenizerFile;
  file.normalizer = {
    type: 'Sequence',
    normalizers: MARKS.map(([follow, mark]) => ({ type: 'Replace', pattern: { Regex: `(?<=\\d)(?=\\d{${follow}}(?!\\d))` }, content: mark })),
  };
  file.decoder = { type: 'Sequence', decoders: [...MARKS.map(([, mark]) => ({ type: 'Replace', pattern: { String: mark }, content: '' })), file.decoder] };
  return file;
}

function open(file: TokenizerFile): PrmTokenizer {
  return folderTokenizer(FOLDER, file);
}

describe('a tokenizer that writes place marks', () => {
  const file = markedFile();
  const tokenizer = open(file);
  const names = new Map(Object.entries(file.model.vocab).map(([name, id]) => [id, name]));

  it('reads numbers with their digits marked, as the Python tokenizer does', () => {
    const ids = tokenizer.encode('2380 - 644 = 1736, 12345 and 7');
    const read = ids.map((id) => names.get(id)).join('');
    expect(read.replaceAll('Ġ', ' ')).toBe('2^3~8`0 - 6~4`4 = 1^7~3`6, 1|2^3~4`5 and 7');
  });

  it('shows token texts without the marks', () => {
    const text = 'She had 2380 - 644 = 1736 pens; 5 more.';
    expect(
      tokenizer
        .encode(text)
        .map((id) => tokenizer.tokenText(id))
        .join(''),
    ).toBe(text);
  });
});
