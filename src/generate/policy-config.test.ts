import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ModelLoadError } from '../errors.ts';
import { DEFAULT_MAX_NEW_TOKENS, parsePolicyConfig } from './policy-config.ts';

const config = readFileSync('models/tiny-arith-policy/config.json', 'utf8');
const generation = readFileSync('models/tiny-arith-policy/generation_config.json', 'utf8');

describe('parsePolicyConfig', () => {
  it('reads the shipped policy folder', () => {
    expect(parsePolicyConfig(config, generation)).toEqual({
      numLayers: 6,
      numKvHeads: 2,
      headDim: 40,
      vocabSize: 512,
      maxContext: 512,
      bosId: 1,
      eosIds: [0],
      temperature: 1,
      topK: 0,
      maxNewTokens: 200,
    });
  });

  it('without generation_config.json: temperature 1, every token, the default length; do_sample false is greedy', () => {
    expect(parsePolicyConfig(config, null)).toMatchObject({ temperature: 1, topK: 0, maxNewTokens: DEFAULT_MAX_NEW_TOKENS });
    expect(parsePolicyConfig(config, '{"do_sample": false, "temperature": 0.7}').temperature).toBe(0);
  });

  it('head_dim and a list of end tokens are honoured', () => {
    const json = { ...JSON.parse(config), head_dim: 32, eos_token_id: [0, 2] };
    expect(parsePolicyConfig(JSON.stringify(json), '{}')).toMatchObject({ headDim: 32, eosIds: [0, 2] });
  });

  it('a missing shape field or a bad end token is model-invalid, naming the file and field', () => {
    const { num_key_value_heads: _, ...json } = JSON.parse(config) as Record<string, unknown>;
    expect(() => parsePolicyConfig(JSON.stringify(json), null)).toThrow(/config.json of the policy is invalid: "num_key_value_heads"/);
    expect(() => parsePolicyConfig(JSON.stringify({ ...JSON.parse(config), eos_token_id: 'x' }), null)).toThrow(ModelLoadError);
    expect(() => parsePolicyConfig(config, '{"top_k": -1}')).toThrow(/generation_config.json of the policy is invalid: "top_k"/);
    expect(() => parsePolicyConfig('{', null)).toThrow(/not JSON/);
  });
});
