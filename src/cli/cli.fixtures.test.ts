import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, cli, cliOn } from '../testing/cli.ts';
import { FAMILIES_DIR, hasFamily, NO_FAMILIES } from '../testing/families.ts';
import { MODEL_DIR } from '../testing/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'steplight-cli-families-'));
/** The ProcessBench settings of each family's authors' script (models/convert/presets.py names the sources): threshold
 * on the model's scores and rule. The implicit stand-in is converted at coef 0.2, PRIME's script uses 0.005 and
 * thresholds sigmoid(value) at 0.5005. */
const PROCESSBENCH: Record<string, { threshold: number; thresholdRule: string }> = {
  'qwen2.5-math-prm': { threshold: 0.5, thresholdRule: 'below' },
  'skywork-prm': { threshold: 0.5, thresholdRule: 'below' },
  'math-shepherd': { threshold: 0.5, thresholdRule: 'below' },
  rlhflow: { threshold: 0.5, thresholdRule: 'below' },
  trl: { threshold: 0.5, thresholdRule: 'below' },
  pure: { threshold: 0, thresholdRule: 'at-or-below' },
  implicit: { threshold: 1 / (1 + Math.exp(-Math.log(0.5005 / 0.4995) * (0.2 / 0.005))), thresholdRule: 'below' },
};
const built = hasFamily('pure') && hasFamily('skywork-prm');
if (!built) console.warn(`CLI family tests skipped: ${NO_FAMILIES}.`);

beforeAll(async () => {
  if (built) await buildCli();
});

describe.skipIf(!built)('steplight CLI on converted PRM families', () => {
  it("--threshold follows the model's score range (PURE-style p1 - p0 scores lie in [-1, 1])", async () => {
    writeFileSync(join(dir, 'two.jsonl'), readFileSync(`${MODEL_DIR}/data/test.jsonl`, 'utf8').split('\n').slice(0, 2).join('\n'));
    const pure = join(FAMILIES_DIR, 'pure');
    expect((await cliOn(pure, 'eval', join(dir, 'two.jsonl'), '--threshold=-0.5')).code).toBe(0);
    const { code, stderr } = await cliOn(pure, 'eval', join(dir, 'two.jsonl'), '--threshold', '2');
    expect(code).toBe(1);
    expect(stderr).toMatch(/between -1 and 1/);
    expect((await cli('eval', join(dir, 'two.jsonl'), '--threshold=-0.5')).stderr).toMatch(/between 0 and 1/);
  });

  it('score --steps-file cuts steps as the model does (Skywork: one step a line)', async () => {
    writeFileSync(join(dir, 'lines.txt'), 'Ava has 3 pens.\nShe buys 2 more.\n3 + 2 = 5\n');
    const { code, stdout } = await cliOn(
      join(FAMILIES_DIR, 'skywork-prm'),
      'score',
      '--problem',
      'Ava has 3 pens and buys 2. How many?',
      '--steps-file',
      join(dir, 'lines.txt'),
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { steps: unknown[]; model: { stepRules: { stepSplit: string } } };
    expect(result.model.stepRules.stepSplit).toBe('\n');
    expect(result.steps).toHaveLength(3);
  });

  it("score --steps-file scores every line of a JSON step holding a newline, as Skywork's authors do", async () => {
    writeFileSync(join(dir, 'steps.json'), JSON.stringify(['Ava has 3 pens.\nShe buys 2 more.', '3 + 2 = 5']));
    const args = ['score', '--problem', 'Ava has 3 pens and buys 2. How many?', '--steps-file', join(dir, 'steps.json')];
    const json = await cliOn(join(FAMILIES_DIR, 'skywork-prm'), ...args, '--json');
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { steps: unknown[] }).steps).toHaveLength(3);
    const text = await cliOn(join(FAMILIES_DIR, 'skywork-prm'), ...args);
    expect(text.stdout).toMatch(/^step 2 .* She buys 2 more\./m);
    expect(text.stdout).toMatch(/^step 3 .* 3 \+ 2 = 5/m);
  });
});

describe.skipIf(!built)('steplight eval --preset processbench', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'pb.jsonl'), readFileSync(`${MODEL_DIR}/data/test.jsonl`, 'utf8').split('\n').slice(0, 2).join('\n'));
  });

  it.each(Object.entries(PROCESSBENCH))("%s: runs with its authors' script's settings", async (family, expected) => {
    const { code, stdout } = await cliOn(join(FAMILIES_DIR, family), 'eval', join(dir, 'pb.jsonl'), '--preset', 'processbench', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { threshold: number; thresholdRule: string; preset: string; n: number };
    expect(result).toMatchObject({ thresholdRule: expected.thresholdRule, preset: 'processbench', n: 2 });
    expect(result.threshold).toBeCloseTo(expected.threshold, 12);
  });

  it('an unknown preset is an invalid-argument error naming the known ones', async () => {
    const { code, stderr } = await cliOn(join(FAMILIES_DIR, 'pure'), 'eval', join(dir, 'pb.jsonl'), '--preset', 'nope');
    expect(code).toBe(1);
    expect(stderr).toMatch(/invalid-argument[\s\S]*processbench/);
  });
});
