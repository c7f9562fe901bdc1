/**
 * The equation view (prm.json `input.stepView: "equation"`): the built-in model reads each step as its arithmetic
 * alone, `a op b = c`, and the problem as typed, so the words around a step's equation (where other authors'
 * wording differs most) cannot sway the score. The same reading as the recipe's `models/tiny_arith/step_view.py`;
 * both are checked against `models/tiny-arith-prm/fixtures/step-view.json`.
 */

const NUMBER = '([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)';
const SIGN = String.raw`(\\times|\\cdot|\\div|[+\-−–×xX*·/÷])`;
const CURRENCY = String.raw`(?:[$£€¥₹][ \t]*)?`;
const GAP = String.raw`[ \t]*${CURRENCY}`;
/** `a op b = c`, currency signs allowed before each number. */
const EQUATION = new RegExp(String.raw`${CURRENCY}${NUMBER}${GAP}${SIGN}${GAP}${NUMBER}[ \t]*=[ \t]*${CURRENCY}${NUMBER}`);
/** The end of an open step where an equation is being written: `a op`, `a op b`, `a op b =`. */
const OPEN_EQUATION = new RegExp(String.raw`${NUMBER}${GAP}${SIGN}(?:${GAP}${NUMBER}(?:[ \t]*(=)[ \t]*${CURRENCY})?)?(?![\s\S])`);
const ANY_NUMBER = new RegExp(NUMBER, 'g');
const SIGNS: Record<string, string> = { '\\times': '×', '\\cdot': '×', '\\div': '÷', x: '×', X: '×', '*': '×', '·': '×', '/': '÷', '−': '-', '–': '-' };

const plain = (number: string): string => number.replaceAll(',', '');
const sign = (typed: string): string => SIGNS[typed] ?? typed;

/**
 * What the model reads of the step `typed`. A closed step reads as its first equation (`201 - 32 = 169.`), else as its
 * last number stated as the answer (`The answer is 151.`), else as typed. A step still being written (`open`) reads as
 * its first equation so far, else as the equation it ends in while that is written (`201 - 3`), else as nothing.
 */
export function readStep(typed: string, open: boolean): string {
  const found = EQUATION.exec(typed);
  if (found !== null) {
    const [, a, op, b, c] = found as unknown as [string, string, string, string, string];
    return `${plain(a)} ${sign(op)} ${plain(b)} = ${plain(c)}${open ? '' : '.'}`;
  }
  if (open) {
    const partial = OPEN_EQUATION.exec(typed);
    if (partial === null) return '';
    const [, a, op, b, equals] = partial as unknown as [string, string, string, string | undefined, string | undefined];
    const read = `${plain(a)} ${sign(op)}`;
    if (b === undefined) return read;
    return `${read} ${plain(b)}${equals === undefined ? '' : ' ='}`;
  }
  const numbers = [...typed.matchAll(ANY_NUMBER)];
  const last = numbers.at(-1);
  return last === undefined ? typed : `The answer is ${plain(last[1]!)}.`;
}
