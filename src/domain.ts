/**
 * What a model can judge. A manifest may name its model's domain (`prm.json` `domain`); front ends call
 * {@link checkDomain} on the user's text and, when it finds problems outside that domain, say so instead of
 * painting confident right or wrong. Real PRMs name no domain and are never second-guessed here.
 */

/** `prm.json` `domain`: a model that judges only one kind of problem. */
export interface DomainSpec {
  /** Which rules apply: `tiny-arith` is the built-in model's domain (counting word problems, + - × ÷). */
  kind: 'tiny-arith';
  /** One sentence a page can show: what the model judges. */
  summary: string;
}

/** Why a text lies outside the model's domain. */
export interface DomainIssue {
  code: 'no-numbers' | 'several-questions' | 'algebra' | 'not-whole-numbers' | 'numbers-too-large';
  /** A sentence for the page, naming what was found. */
  message: string;
}

export const DOMAIN_KINDS: readonly DomainSpec['kind'][] = ['tiny-arith'];

const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|twice|double|triple|half|third)\b/i;
const ALGEBRA = [
  /\b(solve for|variable|equation|polynomial|derivative|integral|sqrt|logarithm)\b/i,
  /(^|[^a-z])\d*\s*[xyzn]\s*(\^|²|=|[+\-*/]\s*\d)/i,
  /\b\d+[a-z]\s*[+\-=]/i,
  /[√∑∫^]/,
];
/** "how many" asked, not stated: "40 hair ties, that's how many we had" asks nothing. */
const HOW_MANY = /(?<!\b(?:that's|that’s|that is|this is|which is)\s+)\bhow (many|much)\b/gi;
/** A question sentence; one that asks for nothing countable ("Can you help me?") is not a second question. */
const QUESTION = /[^.?!\n]*\?/g;
const ASKS_FOR_A_QUANTITY = /\bhow (many|much)\b|\bwhat\b|\d/i;
/** "one" naming a thing, not counting it: "Can someone help with this one?" asks for nothing countable. */
const ONE_AS_A_NOUN = /\b(this|that|which|the|each|any|every|another|no|some) one\b/gi;
/** Quoted speech: a character's question ("Can I have 10 of your pins?" asked Mira) is part of the story. */
const SPEECH = /"[^"\n]*"|“[^”\n]*”/g;
/** A list marker at the start of a line ("-4 went missing" is an item, not minus four). */
const BULLET = /^[ \t]*[-•*][ \t]*/gm;

/** An exam question's lettered part, "(a)" or "(b)" opening the text or a sentence: each part asks for one count. */
const PART_MARKER = /(?:^|(?<=[.?!:)\]]\s+))\([a-d]\)\s/;

/** How many countable questions `text` asks: question sentences and "how many / how much" phrases. */
function questionsIn(text: string): number {
  const questions = (text.match(QUESTION) ?? []).filter((q) => ASKS_FOR_A_QUANTITY.test(q) || NUMBER_WORDS.test(q.replace(ONE_AS_A_NOUN, ''))).length;
  return Math.max(questions, (text.match(HOW_MANY) ?? []).length);
}

function wholeNumbers(text: string): number[] {
  return [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/**
 * The reasons `problem` (and the `steps` so far) fall outside `domain`, or an empty list when the model can
 * judge them. With no domain (a real PRM), always empty.
 */
export function checkDomain(domain: DomainSpec | undefined, problem: string, steps: readonly string[] = []): DomainIssue[] {
  if (domain === undefined || problem.trim() === '') return [];
  const issues: DomainIssue[] = [];
  const all = [problem, ...steps].join('\n');
  if (!/\d/.test(problem) && !NUMBER_WORDS.test(problem)) {
    issues.push({ code: 'no-numbers', message: 'The problem gives no numbers to count with.' });
  }
  const parts = problem.replace(SPEECH, ' ').split(PART_MARKER);
  if (parts.some((part) => questionsIn(part) > 1)) {
    issues.push({ code: 'several-questions', message: 'The problem asks several questions; the model follows one count to one answer.' });
  }
  if (ALGEBRA.some((pattern) => pattern.test(all))) {
    issues.push({ code: 'algebra', message: 'The text looks like algebra (unknowns, powers or equations to solve).' });
  }
  if (/\d[.,]\d|\d+\s*\/\s*\d+(?!\s*=)|%|(^|[^\w)])-\d/.test(problem.replace(BULLET, '')) || /\d\.\d/.test(steps.join('\n'))) {
    issues.push({ code: 'not-whole-numbers', message: 'The text uses decimals, fractions, percentages or negative numbers.' });
  }
  if (wholeNumbers(all).some((n) => n > 9999)) {
    issues.push({ code: 'numbers-too-large', message: 'The text uses numbers above 9,999.' });
  }
  return issues;
}
