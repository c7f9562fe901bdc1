import { describe, expect, it } from 'vitest';
import { type GenerateRequest, replayGenerator, replayPieces, type TextPiece, untilAborted } from './generator.ts';

const solutions = ['12 + 5 = 17.\n\nThe answer is 17.', '12 + 5 = 18.\n\nThe answer is 18.', '12 + 5 = 17.\n\nSo the answer is 17.'];

function request(seed: number, prefix = '', extra: Partial<GenerateRequest> = {}): GenerateRequest {
  return { problem: 'Ava has 12 pens. She buys 5 more. How many pens?', prefix, seed, signal: new AbortController().signal, ...extra };
}

async function collect<T>(pieces: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const piece of pieces) out.push(piece);
  return out;
}

const text = (pieces: TextPiece[]) => pieces.map((p) => p.text).join('');

describe('replayPieces', () => {
  it('cuts text into one-token pieces that join back to it', () => {
    for (const solution of [...solutions, '  Leading space, trailing space  \n', '']) {
      const pieces = replayPieces(solution);
      expect(text(pieces)).toBe(solution);
      expect(pieces.every((p) => p.tokens === 1)).toBe(true);
    }
    expect(replayPieces('Then 17 - 3 = 14.').map((p) => p.text)).toEqual(['Then', ' 1', '7', ' -', ' 3', ' =', ' 1', '4', '.']);
  });
});

describe('replayGenerator', () => {
  it('replays the text at seed mod count, or at the call count', async () => {
    const bySeed = replayGenerator(solutions);
    expect(text(await collect(bySeed.generate(request(1))))).toBe(solutions[1]);
    expect(text(await collect(bySeed.generate(request(4))))).toBe(solutions[1]);
    expect(text(await collect(bySeed.generate(request(-1))))).toBe(solutions[2]);
    const byCall = replayGenerator(solutions, { pick: 'call' });
    const replayed = [];
    for (let i = 0; i < 4; i++) replayed.push(text(await collect(byCall.generate(request(7)))));
    expect(replayed).toEqual([solutions[0], solutions[1], solutions[2], solutions[0]]);
  });

  it('continues a prefix with a text that starts with it, and yields nothing when none does', async () => {
    const generator = replayGenerator(solutions);
    const prefix = '12 + 5 = 17.\n\n';
    expect(text(await collect(generator.generate(request(0, prefix))))).toBe('The answer is 17.');
    expect(text(await collect(generator.generate(request(1, prefix))))).toBe('So the answer is 17.');
    expect(await collect(generator.generate(request(0, '12 + 5 = 16')))).toEqual([]);
  });

  it('stops at maxTokens', async () => {
    const pieces = await collect(replayGenerator(solutions).generate(request(0, '', { maxTokens: 5 })));
    expect(pieces.reduce((sum, p) => sum + p.tokens, 0)).toBe(5);
  });

  it('stops yielding once the signal aborts, also while it waits between pieces', async () => {
    const controller = new AbortController();
    const seen: TextPiece[] = [];
    for await (const piece of replayGenerator(solutions).generate(request(0, '', { signal: controller.signal }))) {
      seen.push(piece);
      if (seen.length === 3) controller.abort();
    }
    expect(seen).toHaveLength(3);

    const slow = new AbortController();
    const started = Date.now();
    setTimeout(() => slow.abort(), 30);
    const pieces = await collect(replayGenerator(solutions, { delayMs: 10_000 }).generate(request(0, '', { signal: slow.signal })));
    expect(pieces).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('untilAborted', () => {
  it('lets the reader go at the abort even when the source is slow to notice it, and asks the source to return', async () => {
    let returned = false;
    const never: AsyncIterable<number> = {
      [Symbol.asyncIterator]: () => ({
        next: () => new Promise<IteratorResult<number>>(() => {}),
        return: async () => {
          returned = true;
          return { done: true, value: undefined };
        },
      }),
    };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    expect(await collect(untilAborted(never, controller.signal))).toEqual([]);
    expect(returned).toBe(true);
  });

  it('passes a source through when nothing aborts, and its errors too', async () => {
    const signal = new AbortController().signal;
    expect(await collect(untilAborted(replayGenerator(['a b']).generate(request(0)), signal))).toEqual([
      { text: 'a', tokens: 1 },
      { text: ' b', tokens: 1 },
    ]);
    async function* failing(): AsyncGenerator<TextPiece> {
      yield { text: 'x', tokens: 1 };
      throw new Error('generator broke');
    }
    await expect(collect(untilAborted(failing(), signal))).rejects.toThrow('generator broke');
  });
});
