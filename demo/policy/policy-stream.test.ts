/** The policy worker's text pieces and the page's stream of them: decoding held back at split characters, flow control, abort. */
import { describe, expect, it } from 'vitest';
import { PieceDecoder } from './piece-decoder.ts';
import { PieceStream } from './piece-stream.ts';

/** A byte-level "tokenizer": each id is one byte of UTF-8. */
const bytes = (ids: readonly bigint[]) => new TextDecoder().decode(Uint8Array.from(ids, Number));
const idsOf = (text: string) => [...new TextEncoder().encode(text)].map(BigInt);

describe('PieceDecoder', () => {
  it('hands out each new piece of text with its token count, holding back a split character', () => {
    const decoder = new PieceDecoder(bytes);
    const pieces = idsOf('7 × 3').map((id) => decoder.push(id));
    // "×" is two bytes: its first byte gives no piece, its second gives "×" for two tokens.
    expect(pieces).toEqual([
      { text: '7', tokens: 1 },
      { text: ' ', tokens: 1 },
      null,
      { text: '×', tokens: 2 },
      { text: ' ', tokens: 1 },
      { text: '3', tokens: 1 },
    ]);
    expect(decoder.flush()).toBeNull();
    expect(decoder.tokens).toBe(6);
  });

  it('flushes an incomplete character at the end, so no token goes uncounted', () => {
    const decoder = new PieceDecoder(bytes);
    expect(decoder.push(65n)).toEqual({ text: 'A', tokens: 1 });
    expect(decoder.push(0xe2n)).toBeNull();
    expect(decoder.flush()).toEqual({ text: '\uFFFD', tokens: 1 });
  });
});

function control() {
  const calls = { granted: [] as number[], aborted: 0 };
  return { calls, control: { grant: (t: number) => calls.granted.push(t), abort: () => (calls.aborted += 1) } };
}

describe('PieceStream', () => {
  it('yields pieces in order, then ends; reading gives credit back in batches of half the window', async () => {
    const { calls, control: c } = control();
    const stream = new PieceStream(c, 4, new AbortController().signal);
    for (const text of ['a', 'b', 'c']) stream.push({ text, tokens: 1 });
    const read: string[] = [];
    const reading = (async () => {
      for await (const piece of stream) read.push(piece.text);
    })();
    await new Promise((r) => setTimeout(r, 0));
    expect(read).toEqual(['a', 'b', 'c']);
    expect(calls.granted).toEqual([2]);
    stream.push({ text: 'd', tokens: 1 });
    stream.settle({ end: 'eos' });
    await reading;
    expect(read).toEqual(['a', 'b', 'c', 'd']);
    expect(calls.aborted).toBe(0);
  });

  it('aborting the signal tells the worker at once and ends a pending read', async () => {
    const { calls, control: c } = control();
    const abort = new AbortController();
    const stream = new PieceStream(c, 8, abort.signal);
    const pending = stream.next();
    abort.abort();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(calls.aborted).toBe(1);
    stream.push({ text: 'late', tokens: 1 });
    await expect(stream.next()).resolves.toMatchObject({ done: true });
  });

  it("return() (a reader that stops) aborts the generation; a worker's failure reaches the reader", async () => {
    const first = control();
    const stopped = new PieceStream(first.control, 8, new AbortController().signal);
    await stopped.return();
    expect(first.calls.aborted).toBe(1);

    const second = control();
    const failing = new PieceStream(second.control, 8, new AbortController().signal);
    failing.settle({ error: new Error('worker died') });
    await expect(failing.next()).rejects.toThrow('worker died');
    expect(second.calls.aborted).toBe(0);
  });
});
