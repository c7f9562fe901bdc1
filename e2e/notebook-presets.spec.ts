/**
 * The notebook under a converted model's ProcessBench preset (PRIME's implicit PRM: the script's "Step {n}: "
 * prefixes, its threshold at its own coef): the scores are the library's on the prefixed steps, the threshold is the
 * preset's, and scores made under another protocol are not counted until scored again.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { familyFixtures, hasFamily, NO_FAMILIES } from '../src/testing/families.ts';

const family = 'implicit';
/** Cells per notebook page (demo/notebook/main.ts): cells past it are scored only by "Evaluate all". */
const pageSize = 20;

/** The fixture's records whose steps come back unchanged from a cell's text, repeated to fill more than a page. */
function records(): { id: string; problem: string; steps: string[]; label: number }[] {
  const fixture = familyFixtures().find((f) => f.fixture.family === family)!.fixture;
  const plain = fixture.records.filter((r) => r.steps.every((s) => s === s.trim() && !s.includes('\n')));
  return Array.from({ length: pageSize + 5 }, (_, i) => {
    const r = plain[i % plain.length]!;
    return { id: `r${i}`, problem: r.problem, steps: r.steps, label: r.first_error };
  });
}

async function evaluateAll(page: Page): Promise<void> {
  await page.locator('#evaluate').click();
  await expect(page.locator('#progress-text')).toContainText('Done', { timeout: 120_000 });
}

async function exportedResults(page: Page): Promise<{ id: string; predicted: number; stepScores: number[]; threshold: number }[]> {
  const download = page.waitForEvent('download');
  await page.locator('#export-jsonl').click();
  return readFileSync((await (await download).path())!, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

test("a model's ProcessBench preset scores with the authors' step prefixes and threshold", async ({ page, baseURL }) => {
  test.skip(!hasFamily(family), NO_FAMILIES);
  test.setTimeout(300_000);
  const cells = records();
  const modelUrl = new URL(`families/${family}/`, baseURL).href;

  // What the library gives for the preset's steps, in a page of its own.
  await page.goto('harness.html');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  const expected = await page.evaluate(
    async ({ modelUrl, cells }) => {
      const { createSteplight, presetOf, presetRun } = window.steplight;
      const model = await createSteplight().load({ kind: 'url', url: modelUrl }, { backend: 'wasm', variant: 'fp32' });
      const run = presetRun(presetOf(model.info, 'processbench'), model.info);
      const scores = [];
      for (const cell of cells.slice(0, 5)) scores.push((await model.score(cell.problem, run.steps(cell.steps))).steps.map((s) => s.score));
      await model.dispose();
      return { threshold: run.threshold, scores };
    },
    { modelUrl, cells },
  );

  await page.goto(`notebook.html?backend=wasm&variant=fp32&model=${encodeURIComponent(modelUrl)}`);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  await expect(page.locator('#preset-field')).toBeVisible();
  const text = cells.map((c) => JSON.stringify(c)).join('\n');
  await page.locator('#import-file').setInputFiles({ name: 'implicit.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(text) });
  await expect(page.locator('#cell-count')).toHaveText(String(cells.length));
  await evaluateAll(page);
  await expect(page.locator('#metric-n')).toHaveText(String(cells.length));
  const own = await exportedResults(page);

  await page.locator('#preset').selectOption('processbench');
  await expect(page).toHaveURL(/preset=processbench/);
  await expect(page.locator('#preset-notes')).toContainText('Qwen2.5-7B-Instruct');
  expect(Number(await page.locator('#threshold').inputValue())).toBeCloseTo(expected.threshold, 9);
  // The shown page is scored again under the preset; the cells past it keep scores of the model's own settings.
  await expect(page.locator('#metrics-note')).toContainText('5 cells hold scores made by another model, variant or protocol');
  await expect(page.locator('#metric-n')).toHaveText(String(pageSize));
  await evaluateAll(page);
  await expect(page.locator('#metrics-note')).toBeHidden();
  await expect(page.locator('#metric-n')).toHaveText(String(cells.length));
  await page.screenshot({ path: 'e2e/artifacts/notebook-preset.png', fullPage: false });

  const preset = await exportedResults(page);
  preset.forEach((row, i) => {
    const want = expected.scores[i % expected.scores.length]!;
    expect(row.threshold).toBeCloseTo(expected.threshold, 9);
    expect(row.stepScores).toHaveLength(want.length);
    row.stepScores.forEach((s, j) => {
      expect(Math.abs(s - want[j]!)).toBeLessThan(1e-5);
    });
  });
  // The prefixes change what the model reads: the preset's scores are not the model's own.
  expect(preset.some((row, i) => row.stepScores.some((s, j) => Math.abs(s - own[i]!.stepScores[j]!) > 1e-4))).toBe(true);

  // The choice survives a reload, and an unknown preset says which ones the model has.
  await page.reload();
  await expect(page.locator('#preset')).toHaveValue('processbench');
  await page.goto(`notebook.html?backend=wasm&variant=fp32&model=${encodeURIComponent(modelUrl)}&preset=gsm8k`);
  await expect(page.locator('#error')).toContainText('has no "gsm8k" preset');
  await expect(page.locator('#preset')).toHaveValue('');
  await expect(page.locator('#cell-count')).toHaveText(String(cells.length));
});
