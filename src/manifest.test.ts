import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModelLoadError } from './errors.ts';
import { LIMITS, parseManifest, stepRules } from './manifest.ts';

const shipped = JSON.parse(readFileSync('models/tiny-arith-prm/prm.json', 'utf8')) as Record<string, Record<string, unknown>>;

/** The shipped manifest with `change` applied to a copy. */
function edited(change: (m: Record<string, Record<string, unknown>>) => void): string {
  const copy = structuredClone(shipped);
  change(copy);
  return JSON.stringify(copy);
}

/** The `parity` object of variant `name` in manifest copy `m`. */
function parityOf(m: Record<string, Record<string, unknown>>, name: string): Record<string, unknown> {
  return (m.variants![name] as Record<string, Record<string, unknown>>).parity!;
}

function rejection(text: string): string {
  try {
    parseManifest(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as ModelLoadError).code).toBe('manifest-invalid');
    return (error as Error).message;
  }
  throw new Error('the manifest was accepted');
}

describe('every manifest field is validated', () => {
  it('accepts the shipped manifest, with its domain and step rules', () => {
    const manifest = parseManifest(JSON.stringify(shipped));
    expect(manifest.domain?.kind).toBe('tiny-arith');
    expect(stepRules(manifest.input)).toEqual({ stepSplit: '\n\n', trimSteps: true, keepEmptySteps: false, stepView: 'equation' });
  });

  it("accepts each variant's parity against fp32, optional (fp32 itself has none)", () => {
    const { variants } = parseManifest(JSON.stringify(shipped));
    expect(variants.fp32?.parity).toBeUndefined();
    for (const name of ['fp16', 'int8', 'q4'] as const) {
      const parity = variants[name]?.parity;
      expect(parity?.records).toBe(400);
      expect(parity!.meanAbsDiffVsFp32).toBeLessThanOrEqual(parity!.maxAbsDiffVsFp32);
      expect(parity!.firstErrorAgreement).toBeGreaterThanOrEqual(0.95);
    }
    const without = parseManifest(
      edited((m) => {
        for (const entry of Object.values(m.variants!)) delete (entry as Record<string, unknown>).parity;
      }),
    );
    expect(Object.values(without.variants).every((v) => v.parity === undefined)).toBe(true);
  });

  it("accepts the authors' input rules and threshold rule, all optional with the defaults the shipped model uses", () => {
    const manifest = parseManifest(
      edited((m) => {
        Object.assign(m.input!, { trimSteps: false, keepEmptySteps: true, trimProblemStart: true, splitGivenSteps: true, scoreTagsInText: true });
        m.scoring!.thresholdRule = 'at-or-below';
      }),
    );
    expect(stepRules(manifest.input)).toEqual({ stepSplit: '\n\n', trimSteps: false, keepEmptySteps: true, splitGivenSteps: true, stepView: 'equation' });
    expect(manifest.scoring.thresholdRule).toBe('at-or-below');
    expect(parseManifest(JSON.stringify(shipped)).scoring.thresholdRule).toBeUndefined();
    const preset = { threshold: 0.5, stepPrefix: 'Step {n}: ', sources: { threshold: 'a script', stepPrefix: 'a script' }, notes: ['a note'] };
    expect(parseManifest(edited((m) => (m.presets = { processbench: preset }))).presets?.processbench).toEqual(preset);
  });

  it.each([
    ['scoring.partialRewards', (m: Record<string, Record<string, unknown>>) => (m.scoring!.partialRewards = 'yes')],
    ['input.stepTokenization', (m: Record<string, Record<string, unknown>>) => (m.input!.stepTokenization = 'whole')],
    ['input.scoreAt', (m: Record<string, Record<string, unknown>>) => (m.input!.scoreAt = 'everywhere')],
    ['variants.q4.webgpu', (m: Record<string, Record<string, unknown>>) => ((m.variants!.q4 as Record<string, unknown>).webgpu = 'maybe')],
    ['variants.fp16.requires', (m: Record<string, Record<string, unknown>>) => ((m.variants!.fp16 as Record<string, unknown>).requires = 16)],
    ['variants.int8.quantization', (m: Record<string, Record<string, unknown>>) => delete (m.variants!.int8 as Record<string, unknown>).quantization],
    ['input.trimProblemStart', (m: Record<string, Record<string, unknown>>) => (m.input!.trimProblemStart = 'start')],
    ['input.splitGivenSteps', (m: Record<string, Record<string, unknown>>) => (m.input!.splitGivenSteps = 1)],
    ['input.scoreTagsInText', (m: Record<string, Record<string, unknown>>) => (m.input!.scoreTagsInText = null)],
    ['input.stepView', (m: Record<string, Record<string, unknown>>) => (m.input!.stepView = 'words')],
    ['scoring.thresholdRule', (m: Record<string, Record<string, unknown>>) => (m.scoring!.thresholdRule = 'above')],
    ['presets.processbench.threshold', (m: Record<string, Record<string, unknown>>) => (m.presets = { processbench: { threshold: 2, sources: {} } })],
    ['presets.processbench.sources.threshold', (m: Record<string, Record<string, unknown>>) => (m.presets = { processbench: { threshold: 0.5, sources: {} } })],
    [
      'presets.processbench.coef',
      (m: Record<string, Record<string, unknown>>) => (m.presets = { processbench: { threshold: 0.5, coef: 0.005, sources: { threshold: 'x', coef: 'y' } } }),
    ],
    ['variants.q4.parity', (m: Record<string, Record<string, unknown>>) => ((m.variants!.q4 as Record<string, unknown>).parity = 'close')],
    ['variants.q4.parity.records', (m: Record<string, Record<string, unknown>>) => (parityOf(m, 'q4').records = 0)],
    ['variants.int8.parity.maxAbsDiffVsFp32', (m: Record<string, Record<string, unknown>>) => (parityOf(m, 'int8').maxAbsDiffVsFp32 = -0.1)],
    ['variants.q4.parity.meanAbsDiffVsFp32', (m: Record<string, Record<string, unknown>>) => (parityOf(m, 'q4').meanAbsDiffVsFp32 = 1)],
    ['variants.fp16.parity.firstErrorAgreement', (m: Record<string, Record<string, unknown>>) => (parityOf(m, 'fp16').firstErrorAgreement = 98)],
    ['domain.kind', (m: Record<string, Record<string, unknown>>) => (m.domain = { kind: 'chess', summary: 'Chess.' })],
    ['domain.summary', (m: Record<string, Record<string, unknown>>) => (m.domain = { kind: 'tiny-arith' })],
  ])('names a bad %s', (name, change) => {
    expect(rejection(edited(change))).toContain(`"${name}"`);
  });
});

describe('hostile manifests', () => {
  it.each([
    ['graph.numLayers', (m: Record<string, Record<string, unknown>>) => (m.graph!.numLayers = 100_000_000)],
    ['graph.numKvHeads', (m: Record<string, Record<string, unknown>>) => (m.graph!.numKvHeads = 1e9)],
    ['limits.maxContext', (m: Record<string, Record<string, unknown>>) => (m.limits!.maxContext = 1e300)],
    ['scoring.threshold', (m: Record<string, Record<string, unknown>>) => (m.scoring!.threshold = -5)],
    ['scoring.threshold', (m: Record<string, Record<string, unknown>>) => (m.scoring!.threshold = Number.POSITIVE_INFINITY)],
  ])('refuses an absurd %s before anything is sized from it', (name, change) => {
    expect(rejection(edited(change))).toContain(`"${name}"`);
  });

  it("accepts a variant's WebGPU graph and refuses one without a capacity or whose files are not hashed", () => {
    const gpuOf = (m: Record<string, Record<string, unknown>>) => (m.variants!.q4 as Record<string, Record<string, unknown>>).gpu!;
    expect(parseManifest(JSON.stringify(shipped)).variants.q4?.gpu).toEqual({
      file: 'onnx/model_gpu_q4.onnx',
      buffers: 'onnx/gpu_buffers.onnx',
      kvCapacity: 512,
      headDim: 48,
    });
    expect(rejection(edited((m) => (gpuOf(m).kvCapacity = 0)))).toContain('"variants.q4.gpu.kvCapacity"');
    expect(rejection(edited((m) => delete m.files!['onnx/gpu_buffers.onnx']))).toContain('onnx/gpu_buffers.onnx');
  });

  it("accepts the shipped result check, optional, and refuses one that does not follow the head's columns or lists no ten digits", () => {
    expect(parseManifest(JSON.stringify(shipped)).resultCheck).toEqual({ kind: 'next-digit', column: 2, tokenIds: expect.any(Array), ratio: 0.01 });
    expect(parseManifest(edited((m) => delete m.resultCheck)).resultCheck).toBeUndefined();
    expect(rejection(edited((m) => (m.resultCheck!.column = 3)))).toContain('"resultCheck.column" must be 2');
    expect(rejection(edited((m) => (m.resultCheck!.tokenIds = [1, 2, 3])))).toContain('"resultCheck.tokenIds"');
    expect(rejection(edited((m) => (m.resultCheck!.ratio = 0.5)))).toContain('"resultCheck.ratio"');
    expect(rejection(edited((m) => (m.resultCheck!.kind = 'regex')))).toContain('"resultCheck.kind"');
  });

  it('refuses a file the model reads that "files" does not list (every file is hashed)', () => {
    expect(rejection(edited((m) => delete m.files!['onnx/model_q4.onnx']))).toContain('onnx/model_q4.onnx');
    expect(rejection(edited((m) => (m.files = {})))).toContain('tokenizer.json');
  });

  it('fuzz: any value in any field is a working manifest within the limits or a manifest-invalid error, never anything else', () => {
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      paths.push(path);
      if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(shipped, []);
    const started = Date.now();
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, value) => {
        const copy = structuredClone(shipped) as Record<string, unknown>;
        let node = copy;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[path.at(-1)!] = value;
        try {
          const manifest = parseManifest(JSON.stringify(copy));
          expect(manifest.graph.numLayers).toBeLessThanOrEqual(LIMITS.numLayers);
          expect(manifest.limits.maxContext).toBeLessThanOrEqual(LIMITS.maxContext);
        } catch (error) {
          expect(error).toBeInstanceOf(ModelLoadError);
          expect((error as ModelLoadError).code).toBe('manifest-invalid');
        }
      }),
      { numRuns: 3000, seed: 7 },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
