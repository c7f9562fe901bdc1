/** One line for any failure the pages show: a Steplight error's message and hint, anything else as an internal error. */
import { toSteplightError } from '../../src/index.ts';

export function errorText(error: unknown): string {
  const { message, hint } = toSteplightError(error);
  return `${message} ${hint}`;
}
