/** Loads the model named on the command line (WASM backend, this thread). */
import type { Scorer } from '../api.ts';
import { InvalidArgumentError } from '../errors.ts';
import { loadPrm } from '../model.ts';
import type { Variant } from '../types.ts';
import type { CliOptions } from './main.ts';

const VARIANTS: readonly string[] = ['fp32', 'fp16', 'int8', 'q4'];

/** The model of `--model` / `--variant`. */
export async function loadCliModel(options: CliOptions): Promise<Scorer> {
  if (options.variant !== undefined && !VARIANTS.includes(options.variant)) {
    throw new InvalidArgumentError(`Unknown variant "${options.variant}".`, `Use one of ${VARIANTS.join(', ')}.`);
  }
  const variant = options.variant as Variant | undefined;
  const model = await loadPrm({ kind: 'dir', path: options.model }, { backend: 'wasm', ...(variant ? { variant } : {}) });
  const [low, high] = model.info.scoreRange;
  if (options.threshold !== undefined && !(options.threshold >= low && options.threshold <= high)) {
    await model.dispose();
    throw new InvalidArgumentError(`--threshold must be a number between ${low} and ${high} for this model.`, `For example --threshold ${model.info.threshold}.`);
  }
  return model;
}
