/** Runs the shipped CLI bundle (`dist/cli/steplight.mjs`, built by {@link buildCli}) in tests. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MODEL_DIR } from './fixtures.ts';

const run = promisify(execFile);

/** Builds the CLI bundle `npm run build` makes (tests run the shipped artifact). */
export async function buildCli(): Promise<void> {
  await run('npx', ['vite', 'build', '--mode', 'cli', '--logLevel', 'error']);
}

/** Runs the CLI on `model` with `args`; never throws, the exit code is in `code`. */
export async function cliOn(model: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['dist/cli/steplight.mjs', ...args, '--model', model]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Runs the CLI on the built-in model. */
export const cli = (...args: string[]) => cliOn(MODEL_DIR, ...args);
