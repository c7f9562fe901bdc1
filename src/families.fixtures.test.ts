import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorer } from './api.ts';
import { InvalidArgumentError } from './errors.ts';
import { parseManifest } from './manifest.ts';
import { layoutBuilder, loadPrm } from './model.ts';
import { runInputs } from './steps.ts';
import { familyFixtures, NO_FAMILIES, type ParityRecord } from './testing/families.ts';
import { maxAbsDiff } from './testing/fixtures.ts';
import { PrmTokenizer } from './tokenizer.ts';

const families = familyFixtures();
/** `input.trimSteps` per family: only RLHFlow trims (its script strips steps, its template trims turns); null for the
 * implicit family's whole-response input. */
const TRIMMED: Record<string, boolean | null> = {
  'qwen2.5-math-prm': false,
  'skywork-prm': false,
  'math-shepherd': false,
  rlhflow: true,
  trl: false,
  pure: false,
  implicit: null,
};
if (families.length === 0) console.warn(`PRM family parity tests skipped: ${NO_FAMILIES}.`);
describe.skipIf(families.length > 0)(`PRM family parity (${NO_FAMILIES})`, () => {
  it.skip('needs the family fixtures', () => {});
});

/** Splits text into pieces of 1..7 characters (deterministic). */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0, n = 0; i < text.length; n++) {
    const size = 1 + ((n * 5 + 3) % 7);
    out.push(text.slice(i, i + size));
    i += size;
  }
  return out;
}

function layoutOf(dir: string, record: ParityRecord): { ids: number[]; positions: number[] } {
  const manifest = parseManifest(readFileSync(join(dir, 'prm.json'), 'utf8'));
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const tokenizer = PrmTokenizer.fromJson(read('tokenizer.json'), read('tokenizer_config.json'), manifest.input);
  const builder = layoutBuilder(tokenizer, manifest.input);
  const prompt = builder.promptIds(record.problem);
  const layout = builder.fromSteps(record.steps);
  const positions = layout.flatMap((t, i) => (t.scoresStep === undefined ? [] : [prompt.length + i]));
  return { ids: runInputs(prompt, layout).ids, positions };
}

describe.each(families)("$fixture.family: parity with the authors' scoring procedure", ({ dir, fixture }) => {
  let model: Scorer;
  beforeAll(async () => {
    model = await loadPrm({ kind: 'dir', path: dir }, { variant: 'fp32', backend: 'wasm' });
  });
  afterAll(() => model.dispose());

  it('lays out exactly the reference token ids and reads scores at the same positions', () => {
    for (const record of fixture.records) {
      const { ids, positions } = layoutOf(dir, record);
      expect(positions).toEqual(record.positions);
      expect(ids).toEqual(record.input_ids.slice(0, ids.length));
    }
  });

  it('one-shot and streamed step scores match the reference within 1e-4 (fp32, WASM), with the same first error', async () => {
    for (const record of fixture.records) {
      const oneShot = await model.score(record.problem, record.steps);
      expect(
        maxAbsDiff(
          oneShot.steps.map((s) => s.score),
          record.step_scores,
        ),
      ).toBeLessThanOrEqual(1e-4);
      expect(oneShot.firstError?.stepIndex ?? -1).toBe(record.first_error);
      if (record.text === null) continue;
      const session = await model.open(record.problem, () => {});
      for (const piece of pieces(record.text)) await session.append(piece);
      const streamed = await session.end();
      await session.close();
      expect(
        maxAbsDiff(
          streamed.steps.map((s) => s.score),
          record.step_scores,
        ),
      ).toBeLessThanOrEqual(1e-4);
      expect(streamed.firstError?.stepIndex ?? -1).toBe(record.first_error);
      expect(
        maxAbsDiff(
          streamed.tokens.map((t) => t.partialReward),
          oneShot.tokens.map((t) => t.partialReward),
        ),
      ).toBeLessThanOrEqual(1e-5);
    }
  });

  it("states the authors' input rules in prm.json and ModelInfo", () => {
    const { input, scoring } = parseManifest(readFileSync(join(dir, 'prm.json'), 'utf8'));
    const family = fixture.family.replace('-external-data', '');
    const rules = input.kind === 'steps' ? input : null;
    expect(rules?.trimSteps ?? null).toBe(TRIMMED[family]);
    expect(rules?.trimProblemStart ?? false).toBe(family === 'rlhflow');
    expect(rules?.splitGivenSteps ?? false).toBe(family === 'skywork-prm');
    expect(rules?.scoreTagsInText ?? false).toBe(family === 'math-shepherd');
    expect(scoring.thresholdRule).toBe(family === 'pure' ? 'at-or-below' : 'below');
    expect(model.info.thresholdRule).toBe(scoring.thresholdRule);
    expect(model.info.stepRules.splitGivenSteps ?? false).toBe(family === 'skywork-prm');
  });

  it("a score equal to the threshold is an error only under the family's rule (PURE: a reward of 0 is wrong)", async () => {
    const record = fixture.records[0]!;
    const first = (await model.score(record.problem, record.steps)).steps[0]!.score;
    const atThreshold = await model.score(record.problem, record.steps, { threshold: first });
    expect(atThreshold.firstError?.stepIndex === 0).toBe(model.info.thresholdRule === 'at-or-below');
  });

  it('refuses user text holding a special token (it would fake a step or turn boundary)', async () => {
    const manifest = parseManifest(readFileSync(join(dir, 'prm.json'), 'utf8'));
    const added = (JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8')) as { added_tokens: { content: string; special: boolean }[] }).added_tokens;
    const tokens = [
      ...(manifest.input.specialTokens ?? []),
      ...added
        .filter((t) => t.special)
        .slice(0, 3)
        .map((t) => t.content),
    ];
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) {
      await expect(model.score('Add 1 and 2.', [`1 + 2 = 3 ${token} 4`])).rejects.toBeInstanceOf(InvalidArgumentError);
    }
  });

  it("the q4 variant loads and scores every step in the family's range", async () => {
    const model = await loadPrm({ kind: 'dir', path: dir }, { variant: 'q4', backend: 'wasm' });
    const [low, high] = fixture.family === 'pure' ? [-1, 1] : [0, 1];
    for (const record of fixture.records) {
      const result = await model.score(record.problem, record.steps);
      expect(result.steps).toHaveLength(record.step_scores.length);
      for (const step of result.steps) expect(step.score >= low && step.score <= high).toBe(true);
    }
    await model.dispose();
  });
});
