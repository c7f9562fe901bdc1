import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStep } from './step-view.ts';
import { MODEL_DIR } from './testing/fixtures.ts';

interface Case {
  typed: string;
  open: boolean;
  read: string;
}

describe('readStep (the equation view)', () => {
  it('reads every step of the fixture as the recipe does (models/tiny_arith/step_view.py)', () => {
    const cases = JSON.parse(readFileSync(`${MODEL_DIR}/fixtures/step-view.json`, 'utf8')) as Case[];
    expect(cases.length).toBeGreaterThan(1000);
    const wrong = cases.filter((c) => readStep(c.typed, c.open) !== c.read);
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('reads a step as its equation, an answer as its last number, and a step with no number as typed', () => {
    expect(readStep('Minus $32 for a phone stand: 201 − 32 = 169.', false)).toBe('201 - 32 = 169.');
    expect(readStep('\\[ 135 \\times 3 = 405 \\text{ bars} \\]', false)).toBe('135 × 3 = 405.');
    expect(readStep('Total: 1,140 + 5 = 1,145', false)).toBe('1140 + 5 = 1145.');
    expect(readStep('So, the answer is **151 whistles**.', false)).toBe('The answer is 151.');
    expect(readStep("Let's break it down.", false)).toBe("Let's break it down.");
  });

  it('reads an open step only as far as its equation is written', () => {
    expect(readStep('She buys 7 more, so 12', true)).toBe('');
    expect(readStep('She buys 7 more, so 12 +', true)).toBe('12 +');
    expect(readStep('She buys 7 more, so 12 + 7 =', true)).toBe('12 + 7 =');
    expect(readStep('She buys 7 more, so 12 + 7 = 1', true)).toBe('12 + 7 = 1');
    expect(readStep('She buys 7 more, so 12 + 7 = 19 pens', true)).toBe('12 + 7 = 19');
    expect(readStep('So she has 19 pens', true)).toBe('');
  });
});
