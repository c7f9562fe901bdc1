/** Reads `<steplight-steps>` attributes into typed values; a bad value is an `InvalidArgumentError`. */
import { InvalidArgumentError, VARIANTS, type Aggregation, type BackendRequest, type Variant } from '../index.ts';

/** `static`: the text is a finished solution, scored at once. `stream`: the text arrives piece by piece. */
export type WidgetMode = 'static' | 'stream';

const aggregations: readonly Aggregation[] = ['min', 'product', 'last', 'mean'];
const backends: readonly BackendRequest[] = ['auto', 'webgpu', 'wasm'];

function oneOf<T extends string>(name: string, value: string | null, allowed: readonly T[]): T | undefined {
  if (value === null || value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidArgumentError(`The ${name} attribute "${value}" is not supported.`, `Use one of: ${allowed.join(', ')}.`);
}

export const readMode = (value: string | null): WidgetMode => oneOf('mode', value, ['static', 'stream'] as const) ?? 'static';
export const readVariant = (value: string | null): Variant | undefined => oneOf('variant', value, VARIANTS);
export const readBackend = (value: string | null): BackendRequest => oneOf('backend', value, backends) ?? 'auto';
export const readAggregation = (value: string | null): Aggregation | undefined => oneOf('aggregation', value, aggregations);

/**
 * A number, or undefined when the attribute is absent (the model's default applies). Whether it lies in the
 * model's score range ([0, 1], or [-1, 1] for PURE-style models) is checked by the model when it scores.
 */
export function readThreshold(value: string | null): number | undefined {
  if (value === null || value === '') return undefined;
  const threshold = Number(value);
  if (!Number.isFinite(threshold)) {
    throw new InvalidArgumentError(`The threshold attribute "${value}" is not a number.`, 'Set threshold="0.5", for example.');
  }
  return threshold;
}

/** Pieces per second of the stream player, default 40. */
export function readSpeed(value: string | null): number {
  const speed = Number(value ?? 40);
  return Number.isFinite(speed) && speed > 0 ? speed : 40;
}

/** The `steps` attribute: a JSON array of strings. */
export function readSteps(value: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new InvalidArgumentError('The steps attribute is not valid JSON.', 'Give a JSON array of strings, e.g. steps=\'["Step 1", "Step 2"]\'.');
  }
  if (!Array.isArray(parsed) || !parsed.every((s): s is string => typeof s === 'string')) {
    throw new InvalidArgumentError(
      'The steps attribute must be a JSON array of strings.',
      'Give a JSON array of strings, e.g. steps=\'["Step 1", "Step 2"]\'.',
    );
  }
  return parsed;
}
