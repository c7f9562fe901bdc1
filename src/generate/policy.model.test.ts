import { existsSync, readFileSync } from 'node:fs';
import { AutoModelForCausalLM, env, Tensor } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors.ts';
import type { Variant } from '../types.ts';
import { loadPolicy, type PolicyGenerator } from './policy.ts';

/** The policy folder the tests run on (override with STEPLIGHT_TEST_POLICY). */
const POLICY_DIR = process.env.STEPLIGHT_TEST_POLICY ?? 'models/tiny-arith-policy';
const problems = readFileSync('models/tiny-arith-prm/data/test.jsonl', 'utf8')
  .split('\n')
  .slice(0, 3)
  .map((line) => (JSON.parse(line) as { problem: string }).problem);
const problem = problems[0]!;

function request(seed: number, extra: { signal?: AbortSignal; maxTokens?: number; prefix?: string } = {}) {
  return {
    problem,
    prefix: extra.prefix ?? '',
    seed,
    signal: extra.signal ?? new AbortController().signal,
    ...(extra.maxTokens ? { maxTokens: extra.maxTokens } : {}),
  };
}

async function collect(policy: PolicyGenerator, req: ReturnType<typeof request>) {
  const ids: number[] = [];
  const pieces: { text: string; tokens: number }[] = [];
  for await (const { id, piece } of policy.tokens(req)) {
    if (id !== null) ids.push(id);
    if (piece !== null) pieces.push(piece);
  }
  return { ids, pieces, text: pieces.map((p) => p.text).join('') };
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

let policy: PolicyGenerator;

beforeAll(async () => {
  policy = await loadPolicy({ kind: 'dir', path: POLICY_DIR }, { backend: 'wasm' });
});
afterAll(() => policy?.dispose());

describe('policy generator', () => {
  it('reads the folder: sampling defaults from generation_config.json, the graph on WASM', () => {
    expect(policy.info).toMatchObject({ backend: 'wasm', variant: 'q4', vocabSize: 512, maxContext: 512 });
    expect(policy.info.temperature).toBeGreaterThan(0);
    // bos as a token, the problem and its newline encoded as the policy was trained.
    expect(policy.promptIds(problem)).toEqual([1, ...policy.tokenizer.encode(`${problem}\n`)]);
  });

  it('the same seed gives the same text; other seeds give other texts', async () => {
    const first = await collect(policy, request(7, { maxTokens: 40 }));
    const again = await collect(policy, request(7, { maxTokens: 40 }));
    expect(again.ids).toEqual(first.ids);
    expect(again.pieces).toEqual(first.pieces);
    const others = await Promise.all([1, 2, 3].map((seed) => collect(policy, request(seed, { maxTokens: 40 }))));
    const texts = new Set([first.text, ...others.map((o) => o.text)]);
    expect(texts.size).toBeGreaterThan(2);
  });

  it('concurrent requests each keep their own cache and random stream', async () => {
    const alone = await Promise.all([collect(policy, request(11, { maxTokens: 30 })), collect(policy, request(12, { maxTokens: 30 }))]);
    const together = await Promise.all([11, 12, 11].map((seed) => collect(policy, request(seed, { maxTokens: 30 }))));
    expect(together[0]!.ids).toEqual(alone[0]!.ids);
    expect(together[1]!.ids).toEqual(alone[1]!.ids);
    expect(together[2]!.ids).toEqual(alone[0]!.ids);
  });

  it('pieces join to the decoded ids (so no partial character went out early) and count one token each', async () => {
    for (const seed of [0, 1, 2, 3]) {
      const { ids, pieces, text } = await collect(policy, request(seed));
      expect(text).toBe(policy.tokenizer.decode(ids));
      expect(pieces.reduce((sum, p) => sum + p.tokens, 0)).toBe(ids.length);
      expect(ids.length).toBeLessThanOrEqual(policy.info.maxNewTokens);
      expect(ids).not.toContain(0); // the end token ends the text; it is not part of it
    }
  });

  it('stops at maxTokens', async () => {
    const { ids, pieces } = await collect(policy, request(5, { maxTokens: 6 }));
    expect(ids.length).toBeLessThanOrEqual(6);
    expect(pieces.reduce((sum, p) => sum + p.tokens, 0)).toBe(ids.length);
  });

  it('an aborted signal stops generation within a token', async () => {
    const before = new AbortController();
    before.abort();
    expect((await collect(policy, request(3, { signal: before.signal }))).ids).toEqual([]);
    // Aborted while a piece is being consumed: nothing more comes.
    const controller = new AbortController();
    let after = 0;
    let seen = 0;
    for await (const _ of policy.generate(request(3, { signal: controller.signal }))) {
      if (controller.signal.aborted) after++;
      if (++seen === 3) controller.abort();
    }
    expect(seen).toBe(3);
    expect(after).toBe(0);
    // Aborted from outside while the next token is computed: at most that token's piece still comes.
    const timed = new AbortController();
    let afterTimed = 0;
    let count = 0;
    for await (const _ of policy.generate(request(4, { signal: timed.signal }))) {
      if (timed.signal.aborted) afterTimed++;
      if (++count === 2) setTimeout(() => timed.abort(), 0);
    }
    expect(afterTimed).toBeLessThanOrEqual(1);
  });

  it('KV-cached decoding gives the logits of a full recompute (1e-4)', async () => {
    const { ids } = await collect(policy, request(9, { maxTokens: 40 }));
    const all = [...policy.promptIds(problem), ...ids];
    const prefill = all.length - ids.length;
    const cached = await policy.cachedLogits(all, prefill);
    const full = await policy.logits(all);
    const width = policy.info.vocabSize;
    expect(cached.length).toBe(ids.length + 1);
    cached.forEach((row, i) => {
      const position = prefill - 1 + i;
      expect(maxAbsDiff(row, full.subarray(position * width, (position + 1) * width))).toBeLessThanOrEqual(1e-4);
    });
  });

  it('continues a prefix: the prompt is the problem then the prefix, each encoded on its own', async () => {
    const prefix = 'We compute 5 + 3 = 8.\n\n';
    expect(policy.promptIds(problem, prefix)).toEqual([...policy.promptIds(problem), ...policy.tokenizer.encode(prefix)]);
    const { ids } = await collect(policy, request(1, { prefix, maxTokens: 5 }));
    expect(ids.length).toBeGreaterThan(0);
  });

  it('refuses special tokens in the problem or prefix', async () => {
    await expect(collect(policy, { ...request(0), problem: 'x <|pad|> y' })).rejects.toThrow(InvalidArgumentError);
    await expect(collect(policy, request(0, { prefix: '<|bos|>' }))).rejects.toThrow(/special token "<\|bos\|>"/);
  });
});

describe('policy logits against transformers.js (onnxruntime-node) on the same folder', () => {
  const variants = (['q4', 'fp32'] as Variant[]).filter((v) => existsSync(`${POLICY_DIR}/onnx/${v === 'fp32' ? 'model' : `model_${v}`}.onnx`));
  it.each(variants)('%s: every prompt position within 1e-4', async (variant) => {
    const ours = variant === 'q4' ? policy : await loadPolicy({ kind: 'dir', path: POLICY_DIR }, { backend: 'wasm', variant });
    env.allowRemoteModels = false;
    env.allowLocalModels = true;
    env.localModelPath = `${POLICY_DIR.replace(/\/?[^/]+\/?$/, '')}/`;
    const id = POLICY_DIR.replace(/\/$/, '').split('/').pop()!;
    const peer = await AutoModelForCausalLM.from_pretrained(id, { dtype: variant, local_files_only: true });
    try {
      for (const text of problems) {
        const ids = ours.promptIds(text);
        const input_ids = new Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]);
        const attention_mask = new Tensor('int64', new BigInt64Array(ids.length).fill(1n), [1, ids.length]);
        const { logits } = (await peer({ input_ids, attention_mask })) as { logits: Tensor };
        expect(maxAbsDiff(await ours.logits(ids), logits.data as Float32Array)).toBeLessThanOrEqual(1e-4);
      }
    } finally {
      await peer.dispose();
      if (ours !== policy) await ours.dispose();
    }
  });
});
