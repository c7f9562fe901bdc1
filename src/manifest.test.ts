import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ModelLoadError } from './errors.ts';
import { parseManifest, stepRules } from './manifest.ts';

const shipped = JSON.parse(readFileSync('models/tiny-arith-prm/prm.json', 'utf8')) as Record<string, Record<string, unknown>>;

/** The shipped manifest with `change` applied to a copy. */
function edited(change: (m: Record<string, Record<string, unknown>>) => void): string {
  const copy = structuredClone(shipped);
  change(copy);
  return JSON.stringify(copy);
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
    expect(stepRules(manifest.input)).toEqual({ stepSplit: '\n\n', trimSteps: true, keepEmptySteps: false });
  });

  it.each([
    ['scoring.partialRewards', (m: Record<string, Record<string, unknown>>) => (m.scoring!.partialRewards = 'yes')],
    ['input.stepTokenization', (m: Record<string, Record<string, unknown>>) => (m.input!.stepTokenization = 'whole')],
    ['input.scoreAt', (m: Record<string, Record<string, unknown>>) => (m.input!.scoreAt = 'everywhere')],
    ['variants.q4.webgpu', (m: Record<string, Record<string, unknown>>) => ((m.variants!.q4 as Record<string, unknown>).webgpu = 'maybe')],
    ['variants.fp16.requires', (m: Record<string, Record<string, unknown>>) => ((m.variants!.fp16 as Record<string, unknown>).requires = 16)],
    ['variants.int8.quantization', (m: Record<string, Record<string, unknown>>) => delete (m.variants!.int8 as Record<string, unknown>).quantization],
    ['domain.kind', (m: Record<string, Record<string, unknown>>) => (m.domain = { kind: 'chess', summary: 'Chess.' })],
    ['domain.summary', (m: Record<string, Record<string, unknown>>) => (m.domain = { kind: 'tiny-arith' })],
  ])('names a bad %s', (name, change) => {
    expect(rejection(edited(change))).toContain(`"${name}"`);
  });
});
