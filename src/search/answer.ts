/** The final answer a solution states, for voting over candidate solutions. */

/**
 * A number as solutions write it: digits, optionally in thousands groups (`1,234`) and with a fractional part, with a
 * minus sign when the sign is not itself preceded by a letter or digit (`is -3`, but `5-3` holds 5 and 3).
 */
const NUMBER = /(?<!\w)-?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/g;

/**
 * The final answer of `solution`: the last number of its last step (steps are cut at `stepSplit`, the model's
 * `info.stepRules.stepSplit`; `"\n\n"` for the built-in model), or null when that step holds none. "Answer: 52",
 * "So the answer is 52." and "#### 52" all give 52; "1,052" gives 1052.
 */
export function finalAnswer(solution: string, stepSplit = '\n\n'): number | null {
  const steps = solution.split(stepSplit).filter((step) => step.trim() !== '');
  const last = steps[steps.length - 1];
  if (last === undefined) return null;
  const numbers = last.match(NUMBER);
  if (numbers === null) return null;
  const value = Number(numbers[numbers.length - 1]!.replaceAll(',', ''));
  return value === 0 ? 0 : value; // "-0" is 0
}
