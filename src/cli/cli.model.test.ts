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

describe('steplight search', () => {
  interface Row {
    strategy: string;
    n: number;
    early_reject: boolean;
    accuracy: number;
    tokens_generated: number;
  }
  const records = readFileSync(`${MODEL_DIR}/data/test.jsonl`, 'utf8').split('\n').slice(0, 3);
  const file = join(dir, 'search.jsonl');
  writeFileSync(file, `${records.join('\n')}\n`);
  const run = (...args: string[]) => cli('search', file, '--n', '1,2', '--limit', '2', ...args);

  it('prints each strategy at each n, with and without early rejection, as one JSON object on its last line; the same seed repeats it', async () => {
    const first = await run('--seed', '3');
    expect(first.code, first.stderr).toBe(0);
    const last = first.stdout.trim().split('\n').at(-1)!;
    const { n_problems, results } = JSON.parse(last) as { n_problems: number; results: Row[] };
    expect(n_problems).toBe(2);
    const keys = results.map((r) => `${r.strategy}@${r.n}${r.early_reject ? '+reject' : ''}`);
    const voting = (n: number, reject: string) => ['majority', 'best-of-n', 'weighted-vote'].map((s) => `${s}@${n}${reject}`);
    expect(keys).toEqual(['pass@1@1', ...voting(1, ''), ...voting(2, ''), ...voting(1, '+reject'), ...voting(2, '+reject')]);
    for (const row of results) {
      expect(Object.keys(row).sort()).toEqual(['accuracy', 'early_reject', 'n', 'strategy', 'tokens_generated']);
      expect([0, 0.5, 1]).toContain(row.accuracy);
      expect(Number.isInteger(row.tokens_generated) && row.tokens_generated > 0).toBe(true);
    }
    const tokens = (key: string) => results[keys.indexOf(key)]!.tokens_generated;
    // n = 1 is candidate 0 alone, whatever the strategy; two candidates cost more; rejection stops candidates early.
    expect(tokens('majority@1')).toBe(tokens('pass@1@1'));
    expect(tokens('best-of-n@2')).toBeGreaterThan(tokens('best-of-n@1'));
    expect(tokens('best-of-n@2+reject')).toBeLessThanOrEqual(tokens('best-of-n@2'));
    expect(first.stderr).toMatch(/\[2\/2\] answer 25: /);
    const again = await run('--seed', '3');
    expect(again.stdout.trim().split('\n').at(-1)).toBe(last);
  }, 240_000);

  it('a record without an integer answer is an invalid-argument error naming its line; bad flags say which', async () => {
    const { answer: _, ...noAnswer } = JSON.parse(records[0]!) as Record<string, unknown>;
    const bad = join(dir, 'search-bad.jsonl');
    writeFileSync(bad, `${records[0]}\n\n${JSON.stringify({ ...noAnswer, answer: '6' })}\n`);
    const missing = await cli('search', bad, '--n', '1');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/error \[invalid-argument\]: Line 3 of the JSONL file is not a search record: "answer" must be an integer, got "6"/);
    const n = await run('--n', '1,17');
    expect(n.code).toBe(1);
    expect(n.stderr).toMatch(/--n must be an integer from 1 to 16, got "17"/);
    const rule = await run('--early-reject', 'low');
    expect(rule.stderr).toMatch(/--early-reject must be THRESHOLD\[,MIN_TOKENS\] or off/);
  }, 60_000);
});
