/** Loads the model named on the command line (WASM backend, this thread). */
import type { Scorer } from '../api.ts';
import { InvalidArgumentError } from '../errors.ts';
import { VARIANTS } from '../manifest.ts';
import { loadPrm } from '../model.ts';
import type { Variant } from '../types.ts';
import type { CliOptions } from './main.ts';

/** The model of `--model` / `--variant`. */
export async function loadCliModel(options: CliOptions): Promise<Scorer> {
  if (options.variant !== undefined && !(VARIANTS as readonly string[]).includes(options.variant)) {
    throw new InvalidArgumentError(`Unknown variant "${options.variant}".`, `Use one of ${VARIANTS.join(', ')}.`);
  }
  const variant = options.variant as Variant | undefined;
  const model = await loadPrm({ kind: 'dir', path: options.model }, { backend: 'wasm', ...(variant ? { variant } : {}) });
  const [low, high] = model.info.scoreRange;
  if (options.threshold !== undefined && !(options.threshold >= low && options.threshold <= high)) {
    await model.dispose();
    throw new InvalidArgumentError(
      `--threshold must be a number between ${low} and ${high} for this model.`,
      `For example --threshold ${model.info.threshold}.`,
    );
  }
  return model;
}
