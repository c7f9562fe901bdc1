/**
 * Converted PRM families in a real Chromium, on WASM and WebGPU (SwiftShader): each tiny random-weight
 * family model made by `npm run prepare:families` scores its parity records like the authors' procedure.
 */
import { expect, test } from '@playwright/test';
import { familyFixtures } from '../src/testing/families.ts';

const families = familyFixtures().map(({ fixture }) => fixture);

for (const backend of ['wasm', 'webgpu'] as const) {
  test(`every converted family matches its reference step scores on ${backend}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('harness.html');
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    const outcome = await page.evaluate(
      async ({ backend, families }) => {
        const client = window.steplight.createSteplight();
        const results: { family: string; backend: string; oneShot: number[][]; streamed: number[][]; firstErrors: number[] }[] = [];
        for (const fixture of families) {
          const model = await client.load({ kind: 'url', url: `families/${fixture.family}/` }, { backend, variant: 'fp32' });
          const oneShot: number[][] = [];
          const streamed: number[][] = [];
          const firstErrors: number[] = [];
          for (const record of fixture.records.slice(0, 2)) {
            const result = await model.score(record.problem, record.steps);
            oneShot.push(result.steps.map((s) => s.score));
            firstErrors.push(result.firstError?.stepIndex ?? -1);
            const session = await model.open(record.problem, () => undefined);
            for (let i = 0; i < record.text.length; i += 9) await session.append(record.text.slice(i, i + 9));
            streamed.push((await session.end()).steps.map((s) => s.score));
            await session.close();
          }
          results.push({ family: fixture.family, backend: model.info.backend, oneShot, streamed, firstErrors });
          await model.dispose();
        }
        return results;
      },
      { backend, families },
    );
    for (const [f, fixture] of families.entries()) {
      const got = outcome[f]!;
      expect(got.backend).toBe(backend);
      fixture.records.slice(0, 2).forEach((record, i) => {
        for (const scores of [got.oneShot[i]!, got.streamed[i]!]) {
          expect(scores.length, fixture.family).toBe(record.step_scores.length);
          scores.forEach((s, j) => expect(Math.abs(s - record.step_scores[j]!), `${fixture.family} step ${j}`).toBeLessThanOrEqual(1e-4));
        }
        expect(got.firstErrors[i], fixture.family).toBe(record.first_error);
      });
    }
  });
}
