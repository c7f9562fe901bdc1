import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { unpackQ4, UNPACKED_SESSION_CONFIG } from './unpack-q4.ts';

const Q4 = readFileSync('models/tiny-arith-prm/onnx/model_q4.onnx');
const { numLayers, numKvHeads, headDim } = JSON.parse(readFileSync('models/tiny-arith-prm/prm.json', 'utf8')).graph as { numLayers: number; numKvHeads: number; headDim: number };

function int64(values: number[]): ort.Tensor {
  return new ort.Tensor('int64', BigInt64Array.from(values.map(BigInt)), [1, values.length]);
}

/** The logits of one pass over `ids` with an empty cache. */
async function logits(bytes: Uint8Array, ids: number[]): Promise<Float32Array> {
  const options: ort.InferenceSession.SessionOptions = { executionProviders: ['wasm'], extra: UNPACKED_SESSION_CONFIG };
  const session = await ort.InferenceSession.create(bytes, options);
  const feeds: Record<string, ort.Tensor> = { input_ids: int64(ids), attention_mask: int64(ids.map(() => 1)), position_ids: int64(ids.map((_, i) => i)) };
  for (let i = 0; i < numLayers; i++) {
    for (const kind of ['key', 'value']) feeds[`past_key_values.${i}.${kind}`] = new ort.Tensor('float32', new Float32Array(0), [1, numKvHeads, 0, headDim]);
  }
  const out = await session.run(feeds);
  await session.release();
  return out.logits!.data as Float32Array;
}

describe('unpackQ4', () => {
  it('unpacks every 4-bit matrix of the built-in model and scores as the packed graph does', async () => {
    const { bytes, unpacked, of } = unpackQ4(Q4, 2 ** 30);
    expect(of).toBeGreaterThan(0);
    expect(unpacked).toBe(of);
    const ids = Array.from({ length: 40 }, (_, i) => 5 + ((i * 7) % 60));
    const [packed, fp32] = await Promise.all([logits(Q4, ids), logits(bytes, ids)]);
    expect(fp32.length).toBe(packed.length);
    let worst = 0;
    for (let i = 0; i < packed.length; i++) worst = Math.max(worst, Math.abs(packed[i]! - fp32[i]!));
    expect(worst).toBeLessThan(1e-4);
  });

  it('keeps the whole graph packed when its fp32 weights do not fit the budget', () => {
    const all = unpackQ4(Q4, 2 ** 30);
    for (const budget of [0, 400_000]) {
      const none = unpackQ4(Q4, budget);
      expect(none.bytes).toBe(Q4);
      expect([none.unpacked, none.of]).toEqual([0, all.of]);
    }
  });

  it('leaves a graph without 4-bit matrices unchanged', () => {
    const fp32 = readFileSync('models/tiny-arith-prm/onnx/model.onnx');
    const result = unpackQ4(fp32, 2 ** 30);
    expect(result.bytes).toBe(fp32);
    expect([result.unpacked, result.of]).toEqual([0, 0]);
  });
});
