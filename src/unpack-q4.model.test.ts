import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { logitsWidth, parseManifest } from './manifest.ts';
import { Decoder } from './ort.ts';
import { unpackQ4, type UnpackedGraph } from './unpack-q4.ts';

const Q4 = readFileSync('models/tiny-arith-prm/onnx/model_q4.onnx');
const manifest = parseManifest(readFileSync('models/tiny-arith-prm/prm.json', 'utf8'));
const { numLayers, numKvHeads, headDim } = manifest.graph;

function int64(values: number[]): ort.Tensor {
  return new ort.Tensor('int64', BigInt64Array.from(values.map(BigInt)), [1, values.length]);
}

/** The logits of one pass over `ids` with an empty cache. */
async function logits({ bytes, externalData }: Pick<UnpackedGraph, 'bytes' | 'externalData'>, ids: number[]): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], externalData });
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
    const graph = unpackQ4(Q4, 2 ** 30);
    const { unpacked, of } = graph;
    expect(of).toBeGreaterThan(0);
    expect(unpacked).toBe(of);
    const ids = Array.from({ length: 40 }, (_, i) => 5 + ((i * 7) % 60));
    expect(graph.externalData).toHaveLength(of);
    expect(graph.bytes.length).toBeLessThan(Q4.length);
    const packed = await logits({ bytes: Q4, externalData: [] }, ids);
    const fp32 = await logits(graph, ids);
    expect(fp32.length).toBe(packed.length);
    let worst = 0;
    for (let i = 0; i < packed.length; i++) worst = Math.max(worst, Math.abs(packed[i]! - fp32[i]!));
    expect(worst).toBeLessThan(1e-4);
  });

  it('creates an unpacked and a packed session of the same graph at the same time (external weight files do not cross)', async () => {
    const create = (unpackedWeightBytes: number) => Decoder.create(Q4, manifest.graph, 'wasm', logitsWidth(manifest), { unpackedWeightBytes, threads: 1 });
    const [unpacked, packed] = await Promise.all([create(2 ** 30), create(0)]);
    expect(unpacked.unpackedMatrices.unpacked).toBeGreaterThan(0);
    expect(packed.unpackedMatrices.unpacked).toBe(0);
    await Promise.all([unpacked.release(), packed.release()]);
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
