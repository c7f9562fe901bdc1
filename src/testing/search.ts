/** Test helpers for the search API: a tiny-arith problem with right and wrong solutions, and wrappers that watch a search. */
import type { Scorer, ScoringSession } from '../api.ts';
import type { GenerateRequest, TextGenerator, TextPiece } from '../search/generator.ts';

/** A tiny-arith problem: 12 + 5 - 3 + 10 - 4 = 20. */
export const PROBLEM =
  'Ava has 12 pens. She buys 5 more pens. Then she gives away 3 pens. Later she gets 10 pens from her aunt, and then she loses 4 pens. How many pens does Ava have now?';

const solution = (...steps: string[]) => steps.join('\n\n');

/** Hand-written solutions of {@link PROBLEM}: right ones (answer 20) and wrong ones. */
export const SOLUTIONS = {
  right: solution('She has 12 + 5 = 17 pens.', 'Then 17 - 3 = 14.', 'Next, 14 + 10 = 24.', 'So 24 - 4 = 20.', 'The answer is 20.'),
  rightTerse: solution('12 + 5 = 17', '17 - 3 = 14', '14 + 10 = 24', '24 - 4 = 20', 'Answer: 20'),
  /** Wrong from the first step: 12 + 5 = 18, answer 21. */
  wrongFirst: solution('She has 12 + 5 = 18 pens.', 'Then 18 - 3 = 15.', 'Next, 15 + 10 = 25.', 'So 25 - 4 = 21.', 'The answer is 21.'),
  wrongFirstTerse: solution('12 + 5 = 18', '18 - 3 = 15', '15 + 10 = 25', '25 - 4 = 21', '#### 21'),
  wrongFirstWordy: solution(
    'After buying, 12 + 5 = 18 pens.',
    'Giving away: 18 - 3 = 15.',
    'From her aunt: 15 + 10 = 25.',
    'Losing some: 25 - 4 = 21.',
    'So the answer is 21.',
  ),
  /** Right first step, wrong second (17 - 3 = 13), answer 19. */
  wrongSecond: solution('She has 12 + 5 = 17 pens.', 'Then 17 - 3 = 13.', 'Next, 13 + 10 = 23.', 'So 23 - 4 = 19.', 'The answer is 19.'),
  /** Every equation right, the stated answer wrong (22). */
  wrongAnswer: solution('She has 12 + 5 = 17 pens.', 'Then 17 - 3 = 14.', 'Next, 14 + 10 = 24.', 'So 24 - 4 = 20.', 'The answer is 22.'),
};

/** A scorer that passes everything to `scorer` and keeps the sessions open now, to check a search closes all of them. */
export function watchedScorer(scorer: Scorer): { scorer: Scorer; opened: () => number; open: Set<ScoringSession> } {
  const open = new Set<ScoringSession>();
  let opened = 0;
  const watched: Scorer = {
    info: scorer.info,
    score: (...args) => scorer.score(...args),
    scoreBatch: (...args) => scorer.scoreBatch(...args),
    dispose: () => scorer.dispose(),
    async open(...args) {
      const session = await scorer.open(...args);
      opened++;
      const wrapper: ScoringSession = {
        get text() {
          return session.text;
        },
        append: (text) => session.append(text),
        replace: (text) => session.replace(text),
        end: () => session.end(),
        close: async () => {
          open.delete(wrapper);
          await session.close();
        },
      };
      open.add(wrapper);
      return wrapper;
    },
  };
  return { scorer: watched, opened: () => opened, open };
}

/** One generate() call as {@link recordingGenerator} saw it. */
export interface GenerateCall {
  request: GenerateRequest;
  /** Pieces the inner generator yielded, and their text. */
  yielded: number;
  text: string;
}

/** Wraps `inner`, recording every request and what the inner generator yielded for it. */
export function recordingGenerator(inner: TextGenerator): { generator: TextGenerator; calls: GenerateCall[] } {
  const calls: GenerateCall[] = [];
  return {
    calls,
    generator: {
      async *generate(request: GenerateRequest): AsyncIterable<TextPiece> {
        const call: GenerateCall = { request, yielded: 0, text: '' };
        calls.push(call);
        for await (const piece of inner.generate(request)) {
          call.yielded++;
          call.text += piece.text;
          yield piece;
        }
      },
    },
  };
}
