/**
 * The notebook page in a real Chromium: cells scored live and kept in IndexedDB across reloads,
 * ProcessBench import with the metrics the PyTorch fixtures predict, CSV export, a bad file that
 * names its line and loses nothing, a cancelled evaluation, and the whole page working offline.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { processBenchMetrics } from '../src/aggregate.ts';
import { goldenRecords, type GoldenRecord } from '../src/testing/fixtures.ts';

const golden = goldenRecords('models/tiny-arith-prm');
const wrong = golden.find((r) => r.label >= 0 && r.first_error_step === r.label)!;

function jsonl(records: readonly GoldenRecord[]): { name: string; mimeType: string; buffer: Buffer } {
  const text = records.map((r) => JSON.stringify({ id: r.id, problem: r.problem, steps: r.steps, label: r.label })).join('\n');
  return { name: 'golden.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(text) };
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
}

/** Opens the notebook on WASM with the built-in model's 400-record test split imported. */
async function openTestSplit(page: Page): Promise<void> {
  await page.goto('notebook.html?backend=wasm');
  await ready(page);
  await page.locator('#load-test-split').click();
  await expect(page.locator('#cell-count')).toHaveText('400');
}

async function saved(page: Page): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-saving', 'false');
}

const cells = (page: Page) => page.locator('.cell');

async function typeCell(page: Page, record: { problem: string; steps: string[] }): Promise<void> {
  await page.locator('#add-cell').click();
  const cell = cells(page).last();
  await cell.locator('.cell-problem').fill(record.problem);
  await cell.locator('.cell-solution').fill(record.steps.join('\n\n'));
}

async function evaluateAll(page: Page): Promise<void> {
  await page.locator('#evaluate').click();
  await expect(page.locator('#progress-text')).toContainText('Done', { timeout: 180_000 });
}

test("cells are scored live, persist across reloads, import and evaluate to the fixtures' metrics, export CSV", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('notebook.html?backend=wasm&variant=fp32');
  await ready(page);
  await typeCell(page, wrong);
  const typed = cells(page).first();
  await expect(typed.locator('[data-step-index]')).toHaveCount(wrong.steps.length);
  await expect(typed.locator('[data-first-error="true"]')).toHaveAttribute('data-step-index', String(wrong.first_error_step));
  await expect(typed.locator('canvas').first()).toBeVisible();

  await page.locator('#import-file').setInputFiles(jsonl(golden));
  await expect(page.locator('#message')).toContainText(`Imported ${golden.length} records`);
  await expect(page.locator('#cell-count')).toHaveText(String(golden.length + 1));
  await evaluateAll(page);
  const expected = processBenchMetrics(
    golden.map((r) => r.label),
    golden.map((r) => r.first_error_step),
  );
  await expect(page.locator('#metric-n')).toHaveText(String(golden.length));
  await expect(page.locator('#metrics')).toHaveAttribute('data-f1', expected.f1.toFixed(4));
  await expect(page.locator('#metric-exact')).toHaveText(`${(100 * expected.first_error_exact).toFixed(1)}%`);
  await page.screenshot({ path: 'e2e/artifacts/notebook.png' });

  const download = page.waitForEvent('download');
  await page.locator('#export-csv').click();
  const csv = readFileSync((await (await download).path())!, 'utf8')
    .trim()
    .split('\n');
  expect(csv[0]).toBe('id,label,predicted_first_error,threshold,step_scores');
  expect(csv).toHaveLength(golden.length + 2);
  const predicted = csv.slice(2).map((row) => Number(row.split(',')[2]));
  expect(predicted).toEqual(golden.map((r) => r.first_error_step));

  // A broken file names its bad line and changes nothing.
  const lines = jsonl(golden.slice(0, 3)).buffer.toString().split('\n');
  lines[1] = '{"problem": "half a record"';
  await page.locator('#import-file').setInputFiles({ name: 'broken.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(lines.join('\n')) });
  await expect(page.locator('#error')).toContainText('Line 2');
  await expect(page.locator('#cell-count')).toHaveText(String(golden.length + 1));

  // Delete, undo, reload: every cell is still there, in order, with its text.
  await cells(page).nth(1).getByRole('button', { name: 'Delete cell' }).click();
  await expect(page.locator('#cell-count')).toHaveText(String(golden.length));
  await page.locator('#undo').click();
  await expect(page.locator('#cell-count')).toHaveText(String(golden.length + 1));
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.locator('#cell-count')).toHaveText(String(golden.length + 1));
  await expect(cells(page).first().locator('.cell-solution')).toHaveValue(wrong.steps.join('\n\n'));
  await expect(cells(page).nth(1).locator('.cell-problem')).toHaveValue(golden[0]!.problem);
  await expect(page.locator('#metrics')).toHaveAttribute('data-f1', expected.f1.toFixed(4));
});

test('"Evaluate all" on the 400-record test split shows progress and can be cancelled', async ({ page }) => {
  test.setTimeout(180_000);
  await openTestSplit(page);
  await page.locator('#evaluate').click();
  await expect(page.locator('#progress')).toBeVisible();
  await expect(page.locator('#progress-text')).toContainText(/^\d+ \/ 400 records/);
  await page.locator('#cancel').click();
  await expect(page.locator('#progress-text')).toContainText('Cancelled');
  const scored = Number((await page.locator('#progress-text').textContent())!.match(/Cancelled: (\d+) of 400/)![1]);
  expect(scored).toBeGreaterThan(0);
  expect(scored).toBeLessThan(400);
  await expect(page.locator('#cell-count')).toHaveText('400');
  await expect(page.locator('#evaluate')).toBeEnabled();
});

test('after one visit the notebook works offline: reload, score a cell, evaluate a file', async ({ page, context }) => {
  test.setTimeout(300_000);
  await page.goto('notebook.html?backend=wasm');
  await ready(page);
  await expect(page.locator('#app')).toHaveAttribute('data-offline', 'ready', { timeout: 120_000 });

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await typeCell(page, wrong);
  await expect(cells(page).first().locator('[data-first-error="true"]')).toHaveCount(1);
  await page.locator('#import-file').setInputFiles(jsonl(golden.slice(0, 5)));
  await expect(page.locator('#cell-count')).toHaveText('6');
  await evaluateAll(page);
  await expect(page.locator('#metric-n')).toHaveText('5');
  await page.screenshot({ path: 'e2e/artifacts/notebook-offline.png' });
  await context.setOffline(false);
});

test('HTML and script payloads in an imported file stay text', async ({ page }) => {
  await page.goto('notebook.html?backend=wasm');
  await ready(page);
  const record = {
    problem: '<img src=x onerror="window.__xss = 1"> Ava has 12 pens. She buys 7 more. How many pens?',
    steps: ['<script>window.__xss = 2</script> 12 + 7 = 19.', '<b onmouseover="window.__xss = 3">The answer is 19.</b>'],
    label: -1,
  };
  await page.locator('#import-file').setInputFiles({ name: 'xss.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(JSON.stringify(record)) });
  const cell = cells(page).first();
  await expect(cell.locator('[data-step-index]')).toHaveCount(2);
  await expect(cell.locator('.cell-problem')).toHaveValue(record.problem);
  // the step as typed, shown above the equation the model read (`stepView`)
  await expect(cell.locator('[data-step-index="0"] .sl-typed')).toHaveText(record.steps[0]!);
  await expect(cell.locator('[data-step-index="0"] .sl-text')).toHaveText('12 + 7 = 19.');
  await expect(page.locator('#cells img, #cells script, #cells b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
});

test('two tabs: an evaluation in one never undoes an edit or a delete made in the other; finished scores survive a reload', async ({ context }) => {
  test.setTimeout(240_000);
  const a = await context.newPage();
  await a.goto('notebook.html?backend=wasm');
  await ready(a);
  const three = golden.slice(0, 3);
  await a.locator('#import-file').setInputFiles(jsonl(three));
  await expect(a.locator('#cell-count')).toHaveText('3');
  await saved(a);
  const b = await context.newPage();
  await b.goto('notebook.html?backend=wasm');
  await ready(b);
  await expect(b.locator('#cell-count')).toHaveText('3');

  const edited = 'Ava has 12 pens. She buys 7 more. How many pens?';
  await cells(a).first().locator('.cell-problem').fill(edited);
  await cells(a).nth(2).getByRole('button', { name: 'Delete cell' }).click();
  await saved(a);
  await evaluateAll(b);

  await a.reload();
  await ready(a);
  await expect(a.locator('#cell-count')).toHaveText('2');
  await expect(cells(a).first().locator('.cell-problem')).toHaveValue(edited);
  // Both cells are scored: the untouched one by tab B's run, the edited one by tab A as it was typed.
  await expect(a.locator('#metric-n')).toHaveText('2');
});

test('a reload during "Evaluate all" keeps every score finished before it', async ({ page }) => {
  test.setTimeout(240_000);
  await openTestSplit(page);
  await saved(page);
  await page.locator('#evaluate').click();
  await expect.poll(async () => Number(await page.locator('#metric-n').textContent()), { timeout: 120_000 }).toBeGreaterThanOrEqual(40);
  const before = Number(await page.locator('#metric-n').textContent());
  await page.reload();
  await ready(page);
  await expect.poll(async () => Number(await page.locator('#metric-n').textContent())).toBeGreaterThanOrEqual(before);
});

test('an edit made while "Evaluate all" runs keeps its own scores, not the run\'s scores of the old text', async ({ page }) => {
  test.setTimeout(240_000);
  await openTestSplit(page);
  await saved(page);
  const first = cells(page).first();
  await page.locator('#evaluate').click();
  await first.locator('.cell-solution').fill('The answer is 7.');
  await expect(page.locator('#progress-text')).toContainText('Done', { timeout: 180_000 });
  await expect(first.locator('[data-step-index]')).toHaveCount(1);
  await page.reload();
  await ready(page);
  await expect(cells(page).first().locator('.cell-solution')).toHaveValue('The answer is 7.');
  await expect(cells(page).first().locator('[data-step-index]')).toHaveCount(1);
});
