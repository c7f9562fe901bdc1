/**
 * `prm.json` (format `steplight-prm@1`): how a model folder's logits become step scores.
 * Documented field by field in models/README.md.
 */
import { ModelLoadError } from './errors.ts';
import { DOMAIN_KINDS, type DomainSpec } from './domain.ts';
import { isJsonObject, parseJsonObject } from './json-text.ts';
import type { Aggregation, EvalPreset, StepRules, ThresholdRule, Variant, VariantParity } from './types.ts';

/** One weight file of the folder. */
export interface VariantEntry {
  file: string;
  quantization: string;
  /** `native` when every op runs on the WebGPU EP, `cpu-fallback` when some fall back to its CPU side. */
  webgpu: 'native' | 'cpu-fallback';
  /** A WebGPU feature the variant needs (fp16 needs `shader-f16`). */
  requires?: string;
  /** The weights file of a graph over 2 GB (`onnx/model.onnx_data`), loaded beside it. */
  externalData?: string;
  /** How far this variant's step scores are from fp32's (written by the converter; fp32 itself has none). */
  parity?: VariantParity;
  /** The same weights in the decoder graph written for WebGPU (models/convert/gpu_graph.py), where the converter made one. */
  gpu?: GpuGraphEntry;
}

/**
 * A variant's WebGPU graph: onnxruntime contrib ops, a key/value buffer of `kvCapacity` slots written in place
 * (heads padded to `headDim`), and the graph of zero-filled buffers for its one-token steps.
 */
export interface GpuGraphEntry {
  file: string;
  buffers: string;
  kvCapacity: number;
  headDim: number;
  externalData?: string;
}

/**
 * How the graph's `logits` output becomes the per-token score, in the family's own scale:
 * - `token-classification`: `numLabels` logits; `softmax` = P(positiveIndex), `p1-p0` = P(positive) - P(other)
 *   (PURE's reward in [-1, 1]; needs 2 labels);
 * - `value`: one logit (a scalar value head), `sigmoid` of it (Skywork);
 * - `label-tokens`: an LM head cut to the logits of two label tokens, `[positive, negative]` in that order,
 *   softmax over the pair (Math-Shepherd, RLHFlow). `tokenIds` are what the converter resolved from the
 *   tokenizer (`encode(token)[-1]`); loading checks the tokenizer resolves the same ids;
 * - `implicit`: (log pi, log pi_ref) of each token's successor under a policy and its reference LM (PRIME /
 *   EurusPRM); a token's reward is `coef` x their difference, its score sigmoid of the running sum.
 */
export type HeadSpec =
  | { kind: 'token-classification'; numLabels: number; positiveIndex: number; score: 'softmax' | 'p1-p0' }
  | { kind: 'value'; score: 'sigmoid' }
  | { kind: 'label-tokens'; tokens: { positive: string; negative: string }; tokenIds: { positive: number; negative: number }; score: 'softmax' }
  | { kind: 'implicit'; coef: number; score: 'sigmoid-cumulative' };

/**
 * Step-by-step input. Each piece is tokenized on its own (special tokens inside it are
 * parsed): `bos`, the prompt, then per step: `stepPrefix` (every step but the first), the step text
 * through `stepText`, and `stepSeparator`, whose token `scoreToken` (default -1, the last; negative
 * counts from the end) carries the step score. Separator tokens after it are read before the next step.
 */
export interface StepsInputSpec {
  kind: 'steps';
  bos: string | null;
  /** Special tokens the templates use; loading checks the tokenizer has each one. */
  specialTokens?: string[];
  /** Prompt template with `{problem}`; may hold special tokens (a rendered chat template). */
  prompt: string;
  /** Where streamed text is cut into steps. */
  stepSplit: string;
  /** Trim each step (default true). */
  trimSteps?: boolean;
  /** Score empty steps too (default false: they are dropped). */
  keepEmptySteps?: boolean;
  /** Trim the problem's leading whitespace, as a chat template that trims turns does to the turn it starts
   * (RLHFlow on Llama 3.1; default false). */
  trimProblemStart?: boolean;
  /** Join steps given as a list at `stepSplit` and cut them again, as the authors score a whole response (Skywork
   * scores every line; default false). */
  splitGivenSteps?: boolean;
  /** A step text token equal to the separator's score token is scored too and ends a step, as the authors read every
   * tag token (Math-Shepherd's `ки`; default false). */
  scoreTagsInText?: boolean;
  stepTokenization: 'per-step';
  /** `"equation"`: each step is read as its arithmetic alone (`src/step-view.ts`; the built-in model). Default: as typed. */
  stepView?: 'equation';
  /** Text templates of a step with `{step}`, tokenized as one piece (default `{step}`). */
  stepText?: { first: string; rest: string };
  /** Template text tokenized on its own before every step but the first (default ''). */
  stepPrefix?: string;
  stepSeparator: string;
  scoreAt: 'separator';
  scoreToken?: number;
}

/**
 * An implicit PRM's input (PRIME's ProcessBench script): the prompt (a rendered chat template), then the steps
 * joined by `stepSplit` and tokenized as one string, then `responseEnd` once the solution ends. Step k's value
 * is read where the authors read it: after as many tokens as the first k steps re-tokenized alone, plus one.
 */
export interface ResponseInputSpec {
  kind: 'response';
  bos: string | null;
  specialTokens?: string[];
  prompt: string;
  stepSplit: string;
  responseEnd: string;
  stepTokenization: 'whole';
  scoreAt: 'prime-boundary';
}

/** How problem and steps become tokens. */
export type InputSpec = StepsInputSpec | ResponseInputSpec;

/** The parsed manifest. */
export interface PrmManifest {
  format: 'steplight-prm@1';
  name: string;
  description: string;
  head: HeadSpec;
  input: InputSpec;
  /** `thresholdRule` (default `below`): whether a score equal to the threshold is an error. */
  scoring: { threshold: number; thresholdRule?: ThresholdRule; aggregation: Aggregation; partialRewards: boolean };
  limits: { maxContext: number };
  graph: { numLayers: number; numKvHeads: number; headDim: number };
  variants: Partial<Record<Variant, VariantEntry>>;
  defaultVariant: { webgpu: Variant; wasm: Variant };
  files: Record<string, string>;
  /** What the model can judge, for models trained on one kind of problem (see `checkDomain`). */
  domain?: DomainSpec;
  /** Evaluation settings of the authors' scripts by protocol name (`processbench`), each setting with its source. */
  presets?: Record<string, EvalPreset>;
  /** A check of results' digits that caps step scores (see `result-check.ts`). */
  resultCheck?: ResultCheckSpec;
}

/**
 * The built-in judge's result check: the `logits` rows hold 10 more columns from `column` on, one logit per digit
 * (`tokenIds[d]` is digit d's token) for the next token; a result digit `ratio` times as likely as the likeliest
 * digit scores 0.5.
 */
export interface ResultCheckSpec {
  kind: 'next-digit';
  column: number;
  tokenIds: number[];
  ratio: number;
}

const AGGREGATIONS: readonly Aggregation[] = ['min', 'product', 'last', 'mean'];
const THRESHOLD_RULES: readonly ThresholdRule[] = ['below', 'at-or-below'];
/** Every weight variant a model folder may ship. */
export const VARIANTS: readonly Variant[] = ['fp32', 'fp16', 'int8', 'q4'];

function fail(what: string): never {
  throw new ModelLoadError(
    'manifest-invalid',
    `prm.json is invalid: ${what}.`,
    'Regenerate prm.json with the conversion recipe (see models/README.md for every field).',
  );
}

function field(obj: Record<string, unknown>, key: string, path: string): Record<string, unknown> {
  const value = obj[key];
  if (!isJsonObject(value)) fail(`"${path}${key}" must be an object`);
  return value;
}

function expect(ok: boolean, what: string): void {
  if (!ok) fail(what);
}

/** Upper bounds of the manifest's sizes: far above any PRM in use, low enough that nothing sized from them can
 * exhaust memory before the graph is compared with them. */
export const LIMITS = { numLayers: 512, numKvHeads: 256, headDim: 1024, maxContext: 131_072, numLabels: 1_000_000 } as const;

/** Whether `value` is an integer in [low, high]. */
function integerIn(value: unknown, low: number, high: number): boolean {
  return Number.isInteger(value) && Number(value) >= low && Number(value) <= high;
}

function checkHead(head: Record<string, unknown>): void {
  if (head.kind === 'token-classification') {
    expect(integerIn(head.numLabels, 2, LIMITS.numLabels), `"head.numLabels" must be an integer from 2 to ${LIMITS.numLabels}`);
    expect(integerIn(head.positiveIndex, 0, Number(head.numLabels) - 1), '"head.positiveIndex" must be a label index');
    expect(head.score === 'softmax' || (head.score === 'p1-p0' && head.numLabels === 2), '"head.score" must be "softmax", or "p1-p0" with 2 labels');
  } else if (head.kind === 'value') {
    expect(head.score === 'sigmoid', '"head.score" of a value head must be "sigmoid"');
  } else if (head.kind === 'implicit') {
    expect(typeof head.coef === 'number' && Number(head.coef) > 0 && Number(head.coef) <= 1e6, '"head.coef" must be a positive number up to 1e6');
    expect(head.score === 'sigmoid-cumulative', '"head.score" of an implicit head must be "sigmoid-cumulative"');
  } else if (head.kind === 'label-tokens') {
    const tokens = field(head, 'tokens', 'head.');
    const ids = field(head, 'tokenIds', 'head.');
    for (const key of ['positive', 'negative']) {
      expect(typeof tokens[key] === 'string' && tokens[key] !== '', `"head.tokens.${key}" must be a token text`);
      expect(integerIn(ids[key], 0, 2 ** 31 - 1), `"head.tokenIds.${key}" must be a token id`);
    }
    expect(head.score === 'softmax', '"head.score" of a label-tokens head must be "softmax"');
  } else {
    fail('"head.kind" must be "token-classification", "value", "label-tokens" or "implicit"');
  }
}

function checkInput(input: Record<string, unknown>): void {
  expect(input.kind === 'steps' || input.kind === 'response', '"input.kind" must be "steps" or "response"');
  expect(typeof input.prompt === 'string' && input.prompt.includes('{problem}'), '"input.prompt" must contain {problem}');
  expect(typeof input.stepSplit === 'string' && input.stepSplit.length > 0, '"input.stepSplit" must be a non-empty string');
  expect(input.bos === null || typeof input.bos === 'string', '"input.bos" must be a string or null');
  expect(
    input.specialTokens === undefined || (Array.isArray(input.specialTokens) && input.specialTokens.every((t) => typeof t === 'string')),
    '"input.specialTokens" must be a list of token texts',
  );
  const reading = input.kind === 'response' ? { stepTokenization: 'whole', scoreAt: 'prime-boundary' } : { stepTokenization: 'per-step', scoreAt: 'separator' };
  for (const [key, value] of Object.entries(reading)) {
    expect(input[key] === value, `"input.${key}" must be "${value}" for a "${String(input.kind)}" input`);
  }
  if (input.kind === 'response') {
    expect(typeof input.responseEnd === 'string', '"input.responseEnd" must be a string');
    expect(!String(input.prompt).endsWith('{problem}'), '"input.prompt" must end with template text after {problem}');
    return;
  }
  expect(typeof input.stepSeparator === 'string' && input.stepSeparator.length > 0, '"input.stepSeparator" must be a non-empty string');
  for (const key of ['trimSteps', 'keepEmptySteps', 'trimProblemStart', 'splitGivenSteps', 'scoreTagsInText']) {
    expect(input[key] === undefined || typeof input[key] === 'boolean', `"input.${key}" must be true or false`);
  }
  expect(input.stepPrefix === undefined || typeof input.stepPrefix === 'string', '"input.stepPrefix" must be a string');
  expect(input.stepView === undefined || input.stepView === 'equation', '"input.stepView" must be "equation" or left out');
  expect(input.scoreToken === undefined || Number.isInteger(input.scoreToken), '"input.scoreToken" must be an integer');
  if (input.stepText !== undefined) {
    const templates = field(input, 'stepText', 'input.');
    for (const key of ['first', 'rest']) {
      expect(typeof templates[key] === 'string' && String(templates[key]).includes('{step}'), `"input.stepText.${key}" must contain {step}`);
    }
  }
}

/** Checks a variant's `gpu` graph entry: two paths (and the weights file, if any), a capacity and a head size. */
function checkGpuGraph(gpu: Record<string, unknown>, path: string): void {
  for (const key of ['file', 'buffers'] as const) expect(typeof gpu[key] === 'string', `"${path}${key}" must be a path`);
  expect(gpu.externalData === undefined || typeof gpu.externalData === 'string', `"${path}externalData" must be a path`);
  expect(integerIn(gpu.kvCapacity, 1, LIMITS.maxContext), `"${path}kvCapacity" must be an integer from 1 to ${LIMITS.maxContext}`);
  expect(integerIn(gpu.headDim, 1, LIMITS.headDim), `"${path}headDim" must be an integer from 1 to ${LIMITS.headDim}`);
}

/** Checks a variant's `parity` against fp32: a record count, two non-negative differences (max at least the mean), a share. */
function checkParity(parity: Record<string, unknown>, path: string): void {
  expect(integerIn(parity.records, 1, Number.MAX_SAFE_INTEGER), `"${path}records" must be a positive integer`);
  const max = parity.maxAbsDiffVsFp32;
  const mean = parity.meanAbsDiffVsFp32;
  expect(typeof max === 'number' && Number.isFinite(max) && max >= 0, `"${path}maxAbsDiffVsFp32" must be a non-negative number`);
  expect(typeof mean === 'number' && mean >= 0 && mean <= Number(max), `"${path}meanAbsDiffVsFp32" must be a number from 0 to maxAbsDiffVsFp32`);
  const share = parity.firstErrorAgreement;
  expect(typeof share === 'number' && share >= 0 && share <= 1, `"${path}firstErrorAgreement" must be a share from 0 to 1`);
}

const PRESET_SETTINGS = ['threshold', 'thresholdRule', 'stepPrefix', 'coef'] as const;

function checkPresets(presets: Record<string, unknown>, head: HeadSpec): void {
  const [low, high] = scoreRange(head);
  for (const name of Object.keys(presets)) {
    const preset = field(presets, name, 'presets.');
    const path = `presets.${name}.`;
    expect(
      typeof preset.threshold === 'number' && preset.threshold >= low && preset.threshold <= high,
      `"${path}threshold" must be a number from ${low} to ${high}`,
    );
    expect(
      preset.thresholdRule === undefined || THRESHOLD_RULES.includes(preset.thresholdRule as ThresholdRule),
      `"${path}thresholdRule" must be one of ${THRESHOLD_RULES.join(', ')}`,
    );
    expect(preset.stepPrefix === undefined || typeof preset.stepPrefix === 'string', `"${path}stepPrefix" must be a string`);
    expect(
      preset.coef === undefined || (head.kind === 'implicit' && typeof preset.coef === 'number' && preset.coef > 0 && preset.coef <= 1e6),
      `"${path}coef" must be a positive number up to 1e6, for an implicit head only`,
    );
    const sources = field(preset, 'sources', path);
    for (const key of PRESET_SETTINGS) {
      if (preset[key] !== undefined) expect(typeof sources[key] === 'string' && sources[key] !== '', `"${path}sources.${key}" must name the source of ${key}`);
    }
    expect(
      preset.notes === undefined || (Array.isArray(preset.notes) && preset.notes.every((n) => typeof n === 'string')),
      `"${path}notes" must be a list of sentences`,
    );
  }
}

function checkResultCheck(check: Record<string, unknown>, head: HeadSpec): void {
  expect(check.kind === 'next-digit', '"resultCheck.kind" must be "next-digit"');
  expect(check.column === headWidth(head), `"resultCheck.column" must be ${headWidth(head)}, the first column after the head's`);
  const ids = check.tokenIds;
  expect(
    Array.isArray(ids) && ids.length === 10 && ids.every((id) => integerIn(id, 0, 2 ** 31 - 1)),
    '"resultCheck.tokenIds" must list the token ids of the digits 0-9',
  );
  expect(typeof check.ratio === 'number' && check.ratio > 0 && check.ratio < 0.5, '"resultCheck.ratio" must be a number between 0 and 0.5');
}

/** Validates the JSON text of `prm.json`; throws `manifest-invalid` naming the first bad field. */
export function parseManifest(text: string): PrmManifest {
  const json = parseJsonObject(text, fail);
  expect(json.format === 'steplight-prm@1', `"format" must be "steplight-prm@1", got ${JSON.stringify(json.format)}`);
  const head = field(json, 'head', '');
  checkHead(head);
  const input = field(json, 'input', '');
  checkInput(input);
  expect((head.kind === 'implicit') === (input.kind === 'response'), 'an "implicit" head reads a "response" input, and only it does');
  const scoring = field(json, 'scoring', '');
  const [low, high] = scoreRange(head as unknown as HeadSpec);
  expect(
    typeof scoring.threshold === 'number' && scoring.threshold >= low && scoring.threshold <= high,
    `"scoring.threshold" must be a number from ${low} to ${high} (the head's score range)`,
  );
  expect(typeof scoring.partialRewards === 'boolean', '"scoring.partialRewards" must be true or false');
  expect(
    scoring.thresholdRule === undefined || THRESHOLD_RULES.includes(scoring.thresholdRule as ThresholdRule),
    `"scoring.thresholdRule" must be one of ${THRESHOLD_RULES.join(', ')}`,
  );
  expect(AGGREGATIONS.includes(scoring.aggregation as Aggregation), `"scoring.aggregation" must be one of ${AGGREGATIONS.join(', ')}`);
  const limits = field(json, 'limits', '');
  expect(integerIn(limits.maxContext, 1, LIMITS.maxContext), `"limits.maxContext" must be an integer from 1 to ${LIMITS.maxContext}`);
  const graph = field(json, 'graph', '');
  for (const key of ['numLayers', 'numKvHeads', 'headDim'] as const) {
    expect(integerIn(graph[key], 1, LIMITS[key]), `"graph.${key}" must be an integer from 1 to ${LIMITS[key]}`);
  }
  const variants = field(json, 'variants', '');
  const names = Object.keys(variants);
  expect(names.length > 0, '"variants" must list at least one weight file');
  for (const name of names) {
    expect(VARIANTS.includes(name as Variant), `unknown variant "${name}" (known: ${VARIANTS.join(', ')})`);
    const entry = field(variants, name, 'variants.');
    expect(typeof entry.file === 'string', `"variants.${name}.file" must be a path`);
    expect(entry.externalData === undefined || typeof entry.externalData === 'string', `"variants.${name}.externalData" must be a path`);
    expect(typeof entry.quantization === 'string', `"variants.${name}.quantization" must say how the weights are stored`);
    expect(entry.webgpu === 'native' || entry.webgpu === 'cpu-fallback', `"variants.${name}.webgpu" must be "native" or "cpu-fallback"`);
    expect(entry.requires === undefined || typeof entry.requires === 'string', `"variants.${name}.requires" must name a WebGPU feature`);
    if (entry.parity !== undefined) checkParity(field(entry, 'parity', `variants.${name}.`), `variants.${name}.parity.`);
    if (entry.gpu !== undefined) checkGpuGraph(field(entry, 'gpu', `variants.${name}.`), `variants.${name}.gpu.`);
  }
  const defaults = field(json, 'defaultVariant', '');
  expect(names.includes(String(defaults.webgpu)) && names.includes(String(defaults.wasm)), '"defaultVariant" must name listed variants');
  const files = field(json, 'files', '');
  for (const [name, digest] of Object.entries(files)) {
    expect(typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest), `"files.${name}" must be a sha256 hex digest`);
  }
  const read = [
    'tokenizer.json',
    'tokenizer_config.json',
    ...names.flatMap((name) => {
      const entry = variants[name] as Record<string, unknown>;
      const gpu = (entry.gpu ?? {}) as Record<string, unknown>;
      return [entry.file, entry.externalData, gpu.file, gpu.buffers, gpu.externalData].filter((f): f is string => typeof f === 'string');
    }),
  ];
  for (const path of read) expect(path in files, `"files" must list the sha256 of ${path}, which the model reads`);
  if (json.domain !== undefined) {
    const domain = field(json, 'domain', '');
    expect(DOMAIN_KINDS.includes(domain.kind as DomainSpec['kind']), `"domain.kind" must be one of ${DOMAIN_KINDS.join(', ')}`);
    expect(typeof domain.summary === 'string' && domain.summary !== '', '"domain.summary" must be a sentence');
  }
  if (json.presets !== undefined) checkPresets(field(json, 'presets', ''), head as unknown as HeadSpec);
  if (json.resultCheck !== undefined) checkResultCheck(field(json, 'resultCheck', ''), head as unknown as HeadSpec);
  return json as unknown as PrmManifest;
}

/** How `input` cuts a solution text into steps (a response input keeps its steps as written, as PRIME's script does). */
export function stepRules(input: InputSpec): StepRules {
  if (input.kind === 'response') return { stepSplit: input.stepSplit, trimSteps: false };
  return {
    stepSplit: input.stepSplit,
    trimSteps: input.trimSteps ?? true,
    keepEmptySteps: input.keepEmptySteps ?? false,
    ...(input.splitGivenSteps === true ? { splitGivenSteps: true } : {}),
    ...(input.stepView === 'equation' ? { stepView: 'equation' as const } : {}),
  };
}

/** Width of the graph's `logits` rows: the head's columns and the result check's digits. */
export function logitsWidth(manifest: Pick<PrmManifest, 'head' | 'resultCheck'>): number {
  return headWidth(manifest.head) + (manifest.resultCheck ? 10 : 0);
}

/** Width of the head's columns of a `logits` row. */
export function headWidth(head: HeadSpec): number {
  if (head.kind === 'token-classification') return head.numLabels;
  if (head.kind === 'implicit') return 2;
  return head.kind === 'value' ? 1 : 2;
}

/** The range scores of `head` fall in (thresholds must lie inside it). */
export function scoreRange(head: HeadSpec): [number, number] {
  return head.kind === 'token-classification' && head.score === 'p1-p0' ? [-1, 1] : [0, 1];
}
