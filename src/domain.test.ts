import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDomain, type DomainSpec } from './domain.ts';

const tinyArith: DomainSpec = { kind: 'tiny-arith', summary: 'Counting word problems.' };
const data = new URL('../models/tiny-arith-prm/data/', import.meta.url);

function problems(file: URL): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { problem: string }).problem);
}

describe('checkDomain', () => {
  it('accepts every problem of the test split and of every other author, hand-written prose included', () => {
    const files = [
      new URL('test.jsonl', data),
      ...readdirSync(new URL('authors/', data))
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => new URL(`authors/${f}`, data)),
    ];
    const flagged = files.flatMap(problems).filter((p) => checkDomain(tinyArith, p).length > 0);
    expect(flagged).toEqual([]);
  });

  it('accepts problems typed in plain English', () => {
    for (const problem of [
      'Maria baked 24 cookies. Her brother ate 5 of them. How many were left?',
      'Tom has 8 boxes and each box holds 12 pencils. He gives away 20 pencils. How many pencils does he have now?',
      'There are sixteen rows of twenty-two seats. Half of the seats are taken away. How many seats remain?',
      'A farm has a dozen hens. It was a rainy Sunday. The farmer buys twice as many. How many hens now?',
      'Can you help me? Wei saves 192 stickers. He gives 4 to a friend. How many stickers does he have now?',
      'Igor owns 300 markers\n-4 went missing\n- he picks up 21 more\nWhat is the total now?',
      '"Can I have 10 of your pins?" asked Mira. Nnamdi had 49 pins and gave her 10. How many pins did he have?',
      'Esme had 33 dinosaurs. “How many can I keep?” asked Odile. Esme gave her 3. How many did Esme have then?',
      "ok so 40 hair ties. that's how many we had lol. i split them 2 ways and kept one share. how many now?",
      'Can someone help with this one? Noor has saved up 588 coat hangers. She picks up 17 more. How many coat hangers are there? Is it add or subtract??',
      '(a) Ravi has 40 cups. 12 break. Work out how many cups are left. (1 mark) (b) He buys 8 more. How many cups has he now? (2)',
    ]) {
      expect(checkDomain(tinyArith, problem)).toEqual([]);
    }
  });

  it('reads a typed x as times, and list bullets and clock times as no algebra or negative numbers', () => {
    const problem = '[07:31] Hayley: Tom has 8 boxes and each box holds 12 pencils.\n[08:03] Hayley: he gives away 20. How many now?';
    expect(checkDomain(tinyArith, problem, ['• 8 x 12 = 96', '- 96 - 20 = 76', '=> 76 pencils'])).toEqual([]);
  });

  it.each([
    ['What is the capital of France?', 'no-numbers'],
    ['It was a sunny day and everyone was happy.', 'no-numbers'],
    ['Ann has 5 apples and Bob has 7 pears. How many apples does Ann have? How many pears does Bob have?', 'several-questions'],
    ['Can you help? Sam has 5 cards. What is 5 + 3? What is 6 + 2?', 'several-questions'],
    ['Sam has 5 cards and "8 coins". How many cards does he have? How many coins?', 'several-questions'],
    ['Sam has 5 cards and Ana has 7. Has Ana got one more than Sam? How many cards do they have?', 'several-questions'],
    ['(a) Ann has 5 apples. How many apples? How many pears does Bob have? (b) She eats 2.', 'several-questions'],
    ['Solve for x: 2x + 3 = 11.', 'algebra'],
    ['If x = 4, what is x^2 + 3?', 'algebra'],
    ['A shirt costs 12.50 and Ana buys 3. How much does she pay?', 'not-whole-numbers'],
    ['Ben has 40 marbles and loses 25% of them. How many are left?', 'not-whole-numbers'],
    ['The pond is at -5 and rises 3. How much is it now?', 'not-whole-numbers'],
    ['A town has 25000 people and 300 leave. How many stay?', 'numbers-too-large'],
  ])('flags %j as %s', (problem, code) => {
    expect(checkDomain(tinyArith, problem).map((issue) => issue.code)).toContain(code);
  });

  it('flags nothing for models without a domain, nor for an empty problem', () => {
    expect(checkDomain(undefined, 'What is the capital of France?')).toEqual([]);
    expect(checkDomain(tinyArith, '   ')).toEqual([]);
  });
});
