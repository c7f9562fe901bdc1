/**
 * The built-in model's tokenizer reads LaTeX and markdown as the plain text its grammar writes (the recipe's
 * models/tiny_arith/markup.py): for each case of models/tests/markup-cases.json, which the Python test reads too,
 * the runtime makes the tokens of the plain text; and the token texts it shows hold whole characters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PublicScores, publicScores, type ScoredToken } from './results.ts';
import { folderTokenizer } from './testing/fixtures.ts';
import type { PrmTokenizer } from './tokenizer.ts';

const FOLDER = 'models/tiny-arith-prm';
const CASES = JSON.parse(readFileSync('models/tests/markup-cases.json', 'utf8')) as [string, string][];

function open(file: object): PrmTokenizer {
  return folderTokenizer(FOLDER, file);
}

describe('the built-in tokenizer on markup', () => {
  const file = JSON.parse(readFileSync(`${FOLDER}/tokenizer.json`, 'utf8')) as { normalizer: unknown };
  const shipped = open(file);
  const plain = open({ ...file, normalizer: null });

  it.each(CASES)('reads %j as %j', (typed, read) => {
    expect(shipped.encode(typed)).toEqual(plain.encode(read));
  });
});

describe('token texts of characters split over tokens', () => {
  const shipped = open(JSON.parse(readFileSync(`${FOLDER}/tokenizer.json`, 'utf8')) as object);

  it('show each character whole on the token that completes it, streamed or not', () => {
    const text = '8 × 12 = 96 ÷ 2, and \\( 8 \\times 12 \\) ××';
    const ids = shipped.encode(text);
    const scored: ScoredToken[] = ids.map((id, i) => ({ id, role: 'text', stepIndex: 0, reward: 1, ...(i === ids.length - 1 ? { scoresStep: 0 } : {}) }));
    const spec = { head: { kind: 'value', score: 'sigmoid' } } as const;
    const whole = publicScores(scored, shipped, spec).tokens.map((t) => t.text);
    expect(whole.join('')).toBe('8 × 12 = 96 ÷ 2, and 8 × 12 ××');
    expect(whole.some((t) => t.includes('\uFFFD'))).toBe(false);
    const streamed = new PublicScores(shipped, spec);
    for (let end = 1; end <= scored.length; end++) streamed.update(scored.slice(0, end), end - 1);
    expect(streamed.update(scored, scored.length).tokens.map((t) => t.text)).toEqual(whole);
  });
});
