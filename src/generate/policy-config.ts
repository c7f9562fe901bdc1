/**
 * A policy folder's settings: the shape of its KV-cached graph and its token ids from `config.json` (Hugging Face
 * causal-LM layout), and its sampling defaults from `generation_config.json`.
 */
import { ModelLoadError } from '../errors.ts';
import { parseJsonObject } from '../json-text.ts';
import type { GraphShape } from '../ort.ts';

/** What the generator reads of a policy folder's config files. */
export interface PolicyConfig extends GraphShape {
  /** Width of a row of `logits`. */
  vocabSize: number;
  /** Most tokens (prompt and generated) the model reads (`max_position_embeddings`). */
  maxContext: number;
  /** The token that starts the prompt (`bos_token_id`), or null when the model has none. */
  bosId: number | null;
  /** Tokens that end a solution (`eos_token_id`, one or a list). */
  eosIds: number[];
  /** Sampling defaults (`generation_config.json`; without it: temperature 1, every token, 256 tokens). */
  temperature: number;
  topK: number;
  maxNewTokens: number;
}

/** Tokens generated at most when neither the options nor generation_config.json say. */
export const DEFAULT_MAX_NEW_TOKENS = 256;

function invalid(file: string, what: string): never {
  throw new ModelLoadError(
    'model-invalid',
    `${file} of the policy is invalid: ${what}.`,
    'Export the policy as a Hugging Face causal-LM folder (config.json with num_hidden_layers, num_key_value_heads, hidden_size, num_attention_heads, vocab_size, max_position_embeddings, eos_token_id).',
  );
}

function count(json: Record<string, unknown>, key: string, file: string): number {
  const value = json[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) invalid(file, `"${key}" must be a positive integer`);
  return value;
}

function tokenIds(value: unknown): number[] | null {
  const list = Array.isArray(value) ? value : [value];
  return list.length > 0 && list.every((id) => typeof id === 'number' && Number.isInteger(id) && id >= 0) ? (list as number[]) : null;
}

/** The sampling defaults of generation_config.json (`do_sample: false` means greedy: temperature 0). */
function samplingDefaults(generation: Record<string, unknown>): Pick<PolicyConfig, 'temperature' | 'topK' | 'maxNewTokens'> {
  const file = 'generation_config.json';
  const greedy = generation.do_sample === false;
  const temperature = generation.temperature ?? 1;
  const topK = generation.top_k ?? 0;
  const maxNewTokens = generation.max_new_tokens ?? DEFAULT_MAX_NEW_TOKENS;
  if (typeof temperature !== 'number' || !(temperature >= 0)) invalid(file, '"temperature" must be a number >= 0');
  if (typeof topK !== 'number' || !Number.isInteger(topK) || topK < 0) invalid(file, '"top_k" must be an integer >= 0');
  if (typeof maxNewTokens !== 'number' || !Number.isInteger(maxNewTokens) || maxNewTokens < 1) invalid(file, '"max_new_tokens" must be a positive integer');
  return { temperature: greedy ? 0 : temperature, topK, maxNewTokens };
}

/** Parses config.json and, when the folder has one, generation_config.json (whose token ids win). */
export function parsePolicyConfig(configText: string, generationText: string | null): PolicyConfig {
  const config = parseJsonObject(configText, (what) => invalid('config.json', what));
  const generation = generationText === null ? {} : parseJsonObject(generationText, (what) => invalid('generation_config.json', what));
  const heads = count(config, 'num_attention_heads', 'config.json');
  const hidden = count(config, 'hidden_size', 'config.json');
  const headDim = config.head_dim === undefined || config.head_dim === null ? hidden / heads : count(config, 'head_dim', 'config.json');
  if (!Number.isInteger(headDim)) invalid('config.json', `"hidden_size" ${hidden} is not a multiple of "num_attention_heads" ${heads}`);
  const eosIds = tokenIds(generation.eos_token_id ?? config.eos_token_id);
  if (eosIds === null) invalid('config.json', '"eos_token_id" must be a token id or a list of them');
  const bos = generation.bos_token_id ?? config.bos_token_id ?? null;
  const bosId = bos === null ? null : tokenIds(bos)?.[0];
  if (bosId === undefined) invalid('config.json', '"bos_token_id" must be a token id or null');
  return {
    numLayers: count(config, 'num_hidden_layers', 'config.json'),
    numKvHeads: count(config, 'num_key_value_heads', 'config.json'),
    headDim,
    vocabSize: count(config, 'vocab_size', 'config.json'),
    maxContext: count(config, 'max_position_embeddings', 'config.json'),
    bosId,
    eosIds,
    ...samplingDefaults(generation),
  };
}
