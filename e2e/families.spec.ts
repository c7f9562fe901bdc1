/**
 * Converted PRM families in a real Chromium, on WASM and WebGPU (SwiftShader): each tiny random-weight
 * family model made by `npm run prepare:families` scores its parity records like the authors' procedure.
 */
import { expect, test } from '@playwright/test';
import { familyFixtures, hasFamily } from '../src/testing/families.ts';

const families = familyFixtures().map(({ fixture }) => fixture);
/** WASM scores every record (the input classes where the authors' code departs from a plain layout too); WebGPU runs
 * on SwiftShader here (a CPU emulation), so it scores one record per family in larger chunks. */
const plan = { wasm: { records: Number.POSITIVE_INFINITY, chunk: 9 }, webgpu: { records: 1, chunk: 24 } };

for (const backend of ['wasm', 'webgpu'] as const) {
  for (const fixture of families) {
    test(`${fixture.family} matches its reference step scores on ${backend}`, async ({ page }) => {
      test.setTimeout(240_000);
      const records = fixture.records.slice(0, plan[backend].records);
      await page.goto('harness.html');
      await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
      const got = await page.evaluate(
        async ({ backend, family, records, chunk }) => {
          const client = window.steplight.createSteplight();
          const model = await client.load({ kind: 'url', url: `families/${family}/` }, { backend, variant: 'fp32' });
          const oneShot: number[][] = [];
          const streamed: (number[] | null)[] = [];
          const firstErrors: number[] = [];
          for (const record of records) {
            const result = await model.score(record.problem, record.steps);
            oneShot.push(result.steps.map((s) => s.score));
            firstErrors.push(result.firstError?.stepIndex ?? -1);
            const text = record.text;
            if (text === null) {
              streamed.push(null); // a multi-line step of a family whose steps are lines: no stream writes it
              continue;
            }
            const session = await model.open(record.problem, () => undefined);
            for (let i = 0; i < text.length; i += chunk) await session.append(text.slice(i, i + chunk));
            streamed.push((await session.end()).steps.map((s) => s.score));
            await session.close();
          }
          const used = model.info.backend;
          await model.dispose();
          return { backend: used, oneShot, streamed, firstErrors };
        },
        { backend, family: fixture.family, records, chunk: plan[backend].chunk },
      );
      expect(got.backend).toBe(backend);
      records.forEach((record, i) => {
        for (const scores of [got.oneShot[i]!, got.streamed[i] ?? got.oneShot[i]!]) {
          expect(scores.length).toBe(record.step_scores.length);
          scores.forEach((s, j) => {
            expect(Math.abs(s - record.step_scores[j]!), `step ${j}`).toBeLessThanOrEqual(1e-4);
          });
        }
        expect(got.firstErrors[i]).toBe(record.first_error);
      });
    });
  }
}

test("the widget joins its steps with the model's separator: a line-based family (Skywork) scores one step per given step", async ({ page }) => {
  test.skip(!hasFamily('skywork-prm'), 'needs the family fixtures (npm run prepare:families)');
  test.setTimeout(120_000);
  await page.goto('harness.html');
  await page.addScriptTag({ type: 'module', url: 'steplight-widget.js' });
  await page.evaluate(() => {
    const widget = document.createElement('steplight-steps');
    widget.id = 'line-based';
    widget.setAttribute('model', new URL('families/skywork-prm/', location.href).href);
    widget.setAttribute('variant', 'fp32');
    widget.setAttribute('backend', 'wasm');
    widget.setAttribute('problem', 'Ava has 3 pens and buys 2 more. How many pens?');
    widget.setAttribute('steps', JSON.stringify(['Ava has 3 pens.', 'She buys 2 more.', '3 + 2 = 5']));
    document.body.append(widget);
  });
  const widget = page.locator('#line-based');
  await expect(widget.locator('[data-step-index]')).toHaveCount(3, { timeout: 90_000 });
  await expect(widget).toHaveAttribute('data-state', 'ready');
  expect(await widget.evaluate((el) => (el as unknown as { solution: string }).solution)).toBe('Ava has 3 pens.\nShe buys 2 more.\n3 + 2 = 5');
});
