/**
 * `prm.json` (format `steplight-prm@1`): how a model folder's logits become step scores.
 * Documented field by field in models/README.md.
 */
import { ModelLoadError } from './errors.ts';
import type { Aggregation, Variant } from './types.ts';

/** One weight file of the folder. */
export interface VariantEntry {
  file: string;
  quantization: string;
  /** `native` when every op runs on the WebGPU EP, `cpu-fallback` when some fall back to its CPU side. */
  webgpu: 'native' | 'cpu-fallback';
  /** A WebGPU feature the variant needs (fp16 needs `shader-f16`). */
  requires?: string;
}

/** The parsed manifest. */
export interface PrmManifest {
  format: 'steplight-prm@1';
  name: string;
  description: string;
  head: { kind: 'token-classification'; numLabels: number; positiveIndex: number; score: 'softmax' };
  input: {
    kind: 'steps';
    bos: string | null;
    prompt: string;
    stepSplit: string;
    stepTokenization: 'per-step';
    stepSeparator: string;
    scoreAt: 'separator';
  };
  scoring: { threshold: number; aggregation: Aggregation; partialRewards: boolean };
  limits: { maxContext: number };
  graph: { numLayers: number; numKvHeads: number; headDim: number };
  variants: Partial<Record<Variant, VariantEntry>>;
  defaultVariant: { webgpu: Variant; wasm: Variant };
  files: Record<string, string>;
}

const AGGREGATIONS: readonly Aggregation[] = ['min', 'product', 'last', 'mean'];
const VARIANTS: readonly Variant[] = ['fp32', 'fp16', 'int8', 'q4'];

function fail(what: string): never {
  throw new ModelLoadError(
    'manifest-invalid',
    `prm.json is invalid: ${what}.`,
    'Regenerate prm.json with the conversion recipe (see models/README.md for every field).',
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(obj: Record<string, unknown>, key: string, path: string): Record<string, unknown> {
  const value = obj[key];
  if (!isRecord(value)) fail(`"${path}${key}" must be an object`);
  return value;
}

function expect(ok: boolean, what: string): void {
  if (!ok) fail(what);
}

/** Validates the JSON text of `prm.json`; throws `manifest-invalid` naming the first bad field. */
export function parseManifest(text: string): PrmManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(json)) fail('the top level must be an object');
  expect(json.format === 'steplight-prm@1', `"format" must be "steplight-prm@1", got ${JSON.stringify(json.format)}`);
  const head = field(json, 'head', '');
  expect(head.kind === 'token-classification', '"head.kind" must be "token-classification"');
  expect(Number.isInteger(head.numLabels) && Number(head.numLabels) >= 2, '"head.numLabels" must be an integer >= 2');
  expect(
    Number.isInteger(head.positiveIndex) && Number(head.positiveIndex) < Number(head.numLabels),
    '"head.positiveIndex" must be a label index',
  );
  const input = field(json, 'input', '');
  expect(input.kind === 'steps', '"input.kind" must be "steps"');
  expect(typeof input.prompt === 'string' && input.prompt.includes('{problem}'), '"input.prompt" must contain {problem}');
  expect(typeof input.stepSplit === 'string' && input.stepSplit.length > 0, '"input.stepSplit" must be a non-empty string');
  expect(typeof input.stepSeparator === 'string' && input.stepSeparator.length > 0, '"input.stepSeparator" must be a string');
  expect(input.bos === null || typeof input.bos === 'string', '"input.bos" must be a string or null');
  const scoring = field(json, 'scoring', '');
  expect(typeof scoring.threshold === 'number', '"scoring.threshold" must be a number');
  expect(AGGREGATIONS.includes(scoring.aggregation as Aggregation), `"scoring.aggregation" must be one of ${AGGREGATIONS.join(', ')}`);
  const limits = field(json, 'limits', '');
  expect(Number.isInteger(limits.maxContext) && Number(limits.maxContext) > 0, '"limits.maxContext" must be a positive integer');
  const graph = field(json, 'graph', '');
  for (const key of ['numLayers', 'numKvHeads', 'headDim']) {
    expect(Number.isInteger(graph[key]) && Number(graph[key]) > 0, `"graph.${key}" must be a positive integer`);
  }
  const variants = field(json, 'variants', '');
  const names = Object.keys(variants);
  expect(names.length > 0, '"variants" must list at least one weight file');
  for (const name of names) {
    expect(VARIANTS.includes(name as Variant), `unknown variant "${name}" (known: ${VARIANTS.join(', ')})`);
    const entry = field(variants, name, 'variants.');
    expect(typeof entry.file === 'string', `"variants.${name}.file" must be a path`);
  }
  const defaults = field(json, 'defaultVariant', '');
  expect(names.includes(String(defaults.webgpu)) && names.includes(String(defaults.wasm)), '"defaultVariant" must name listed variants');
  const files = field(json, 'files', '');
  for (const [name, digest] of Object.entries(files)) {
    expect(typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest), `"files.${name}" must be a sha256 hex digest`);
  }
  return json as unknown as PrmManifest;
}
