import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyTokenizer } from './policy-tokenizer.ts';
import { TextStream } from './text-stream.ts';

const tokenizer = PolicyTokenizer.fromJson(readFileSync('models/tiny-arith-policy/tokenizer.json', 'utf8'), '{}');
const decode = (ids: readonly number[]) => tokenizer.decode(ids);

function stream(ids: number[], context: number[] = []) {
  const text = new TextStream(decode, context);
  const pieces = ids.map((id) => text.push(id));
  const rest = text.flush();
  return { pieces, all: [...pieces, rest].filter((p) => p !== null) };
}

describe('TextStream', () => {
  it('pieces join to the decoded text and carry every token, multi-byte characters held until complete', () => {
    const source = 'Ava has 12 pens 🙂. Héllo 世界!\n\nAnswer: 19';
    const ids = tokenizer.encode(source);
    const { pieces, all } = stream(ids);
    expect(all.map((p) => p.text).join('')).toBe(source);
    expect(all.reduce((sum, p) => sum + p.tokens, 0)).toBe(ids.length);
    for (const piece of all) expect(piece.text).not.toContain('\uFFFD');
    // The emoji takes several byte tokens: the first ones give no piece, the one that completes it carries them all.
    expect(pieces.some((p) => p === null)).toBe(true);
    expect(all.some((p) => p.tokens > 1 && p.text.includes('🙂'))).toBe(true);
  });

  it('a prompt as context changes nothing for byte-level BPE', () => {
    const prompt = tokenizer.encode('What is 2 + 2?\n');
    const ids = tokenizer.encode('2 + 2 = 4 ✓');
    expect(
      stream(ids, prompt)
        .all.map((p) => p.text)
        .join(''),
    ).toBe('2 + 2 = 4 ✓');
  });

  it('bytes that never complete a character come out at the end, as the decoder gives them', () => {
    const emoji = tokenizer.encode('🙂');
    expect(emoji.length).toBeGreaterThan(1);
    const cut = emoji.slice(0, -1);
    const { pieces, all } = stream([...tokenizer.encode('ok '), ...cut]);
    expect(pieces.at(-1)).toBeNull();
    expect(all.at(-1)!.tokens).toBe(cut.length);
    expect(all.map((p) => p.text).join('')).toBe(decode([...tokenizer.encode('ok '), ...cut]));
  });

  it('flush gives nothing when nothing is held', () => {
    const text = new TextStream(decode);
    expect(text.flush()).toBeNull();
    expect(text.push(tokenizer.encode('a')[0]!)).toEqual({ text: 'a', tokens: 1 });
    expect(text.flush()).toBeNull();
  });
});
