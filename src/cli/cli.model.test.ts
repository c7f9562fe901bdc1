import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli } from '../testing/cli.ts';
import { MODEL_DIR } from '../testing/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'steplight-cli-'));

beforeAll(buildCli);

describe('steplight CLI', () => {
  it('eval prints ProcessBench metrics as one JSON object on its last line', async () => {
    const lines = readFileSync(`${MODEL_DIR}/data/test.jsonl`, 'utf8').split('\n').slice(0, 30).join('\n');
    writeFileSync(join(dir, 'small.jsonl'), lines);
    const { code, stdout } = await cli('eval', join(dir, 'small.jsonl'), '--variant', 'fp32');
    expect(code).toBe(0);
    const last = JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number>;
    expect(last.n).toBe(30);
    for (const key of ['acc_error', 'acc_correct', 'f1', 'first_error_exact']) expect(last[key]).toBeGreaterThanOrEqual(0);
  });

  it('eval names the malformed line', async () => {
    const good = readFileSync(`${MODEL_DIR}/data/test.jsonl`, 'utf8').split('\n')[0]!;
    writeFileSync(join(dir, 'bad.jsonl'), `${good}\n${good}\n{"problem": "x", "steps": []}\n`);
    const { code, stderr } = await cli('eval', join(dir, 'bad.jsonl'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/error \[invalid-argument\]: Line 3 /);
  });

  it('score --json one-shot and --incremental agree', async () => {
    const record = JSON.parse(readFileSync(`${MODEL_DIR}/data/test.jsonl`, 'utf8').split('\n')[1]!) as { problem: string; steps: string[] };
    writeFileSync(join(dir, 'steps.txt'), record.steps.join('\n\n'));
    const base = ['score', '--problem', record.problem, '--steps-file', join(dir, 'steps.txt'), '--json', '--variant', 'fp32'];
    const oneShot = JSON.parse((await cli(...base)).stdout) as { tokens: { partialReward: number }[]; steps: unknown[] };
    const streamed = JSON.parse((await cli(...base, '--incremental')).stdout) as typeof oneShot;
    expect(oneShot.steps.length).toBe(record.steps.length);
    expect(streamed.tokens.length).toBe(oneShot.tokens.length);
    streamed.tokens.forEach((t, i) => {
      expect(Math.abs(t.partialReward - oneShot.tokens[i]!.partialReward)).toBeLessThanOrEqual(1e-5);
    });
  });

  it('human output numbers steps from 1 and names the first error and its token; reads steps from stdin; --version; an unknown command says so', async () => {
    const problem = 'Ava has 12 pens. She buys 7 more. How many pens?';
    const { stdout } = await promisify(execFile)('sh', [
      '-c',
      `printf '12 + 7 = 19.\\n\\nThe answer is 19.\\n' | node dist/cli/steplight.mjs score --problem "${problem}" --steps-file -`,
    ]);
    expect(stdout).toMatch(/^step 1 {2}\d\.\d{4} {2}[✓✗] {2}12 \+ 7 = 19\./m);
    expect(stdout).toMatch(/^step 2 /m);
    expect(stdout).toMatch(/first error: (none|step \d)/);
    expect((await cli('--version')).stdout).toMatch(/^steplight \d+\.\d+\.\d+/);
    const unknown = await cli('scroe');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "scroe"/);
  });
});
