/**
 * Converted PRM families in a real Chromium, on WASM and WebGPU (SwiftShader): each tiny random-weight
 * family model made by `npm run prepare:families` scores its parity records like the authors' procedure.
 */
import { expect, test } from '@playwright/test';
import { familyFixtures } from '../src/testing/families.ts';

const families = familyFixtures().map(({ fixture }) => fixture);
/** WebGPU runs on SwiftShader here (a CPU emulation), so it scores one record per family in larger chunks. */
const plan = { wasm: { records: 2, chunk: 9 }, webgpu: { records: 1, chunk: 24 } };

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
          const streamed: number[][] = [];
          const firstErrors: number[] = [];
          for (const record of records) {
            const result = await model.score(record.problem, record.steps);
            oneShot.push(result.steps.map((s) => s.score));
            firstErrors.push(result.firstError?.stepIndex ?? -1);
            const session = await model.open(record.problem, () => undefined);
            for (let i = 0; i < record.text.length; i += chunk) await session.append(record.text.slice(i, i + chunk));
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
        for (const scores of [got.oneShot[i]!, got.streamed[i]!]) {
          expect(scores.length).toBe(record.step_scores.length);
          scores.forEach((s, j) => expect(Math.abs(s - record.step_scores[j]!), `step ${j}`).toBeLessThanOrEqual(1e-4));
        }
        expect(got.firstErrors[i]).toBe(record.first_error);
      });
    });
  }
}
