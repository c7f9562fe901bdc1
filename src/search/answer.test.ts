import { describe, expect, it } from 'vitest';
import { finalAnswer } from './answer.ts';

describe('finalAnswer', () => {
  it.each([
    ['12 + 40 = 52.\n\nAnswer: 52', 52],
    ['12 + 40 = 52.\n\nSo the answer is 52.', 52],
    ['12 + 40 = 52.\n\n#### 52', 52],
    ['Step one.\n\nThe answer is 1,052 pens.', 1052],
    ['It costs 12,345,678 in all.', 12345678],
    ['So 25 - 4 = 21.', 21],
    ['The answer is -3.', -3],
    ['Then 5-3 gives 2', 2],
    ['Half of 7 is 3.5', 3.5],
    ['Counts: 1, 2, 3', 3],
  ])('%j gives %d', (solution, answer) => {
    expect(finalAnswer(solution)).toBe(answer);
  });

  it('reads the last step only', () => {
    expect(finalAnswer('12 + 5 = 17.\n\nThe answer is unclear.')).toBeNull();
    expect(finalAnswer('12 + 5 = 17.\n\nThe answer is 17.\n\n\n\n')).toBe(17);
  });

  it('is null for text without a number, or no text', () => {
    expect(finalAnswer('No idea.')).toBeNull();
    expect(finalAnswer('')).toBeNull();
    expect(finalAnswer('  \n\n ')).toBeNull();
  });

  it('cuts steps at the given split (line-based PRMs)', () => {
    expect(finalAnswer('12 + 5 = 17\nThe answer is 17', '\n')).toBe(17);
    expect(finalAnswer('12 + 5 = 17\nThe answer is unclear', '\n')).toBeNull();
  });

  it('does not read numbers glued to words, and -0 is 0', () => {
    expect(finalAnswer('Answer: step2')).toBeNull();
    expect(finalAnswer('Answer: -0')).toBe(0);
  });
});
