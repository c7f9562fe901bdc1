/**
 * The notebook's test-time scaling section in Chromium: it plots a `steplight search` results file (picked, or the
 * committed one beside the policy when it exists, and says so quietly when it does not), refuses a file that is not
 * one, and measures in the browser with the tiny policy LM (WASM; the demo's search panel covers WebGPU).
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const results = {
  n_problems: 4,
  results: [
    { strategy: 'pass@1', n: 1, early_reject: false, accuracy: 0.25, tokens_generated: 160 },
    { strategy: 'majority', n: 2, early_reject: false, accuracy: 0.5, tokens_generated: 320 },
    { strategy: 'best-of-n', n: 2, early_reject: false, accuracy: 0.5, tokens_generated: 320 },
    { strategy: 'best-of-n', n: 4, early_reject: false, accuracy: 0.75, tokens_generated: 640 },
    { strategy: 'best-of-n', n: 4, early_reject: true, accuracy: 0.75, tokens_generated: 420 },
  ],
};

// The notebook's service worker would answer the page's fetches itself, out of reach of page.route.
test.use({ serviceWorkers: 'block' });

async function open(page: Page): Promise<void> {
  page.on('pageerror', (error) => console.log(`[page] ${error.message}`));
  await page.goto('notebook.html?backend=wasm');
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
}

/** Lines the charts drew: uPlot draws on canvas, so its legend (labels only, without the x axis) names the series. */
const legend = (page: Page) => page.locator('#scaling-chart-n .u-legend .u-series .u-label');

test('plots a results file; the committed one is offered and plotted', async ({ page }) => {
  await open(page);
  const committed = JSON.parse(readFileSync('models/tiny-arith-policy/search-results.json', 'utf8')) as { n_problems: number };

  await page.locator('#scaling-file').setInputFiles({ name: 'results.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(results)) });
  await expect(page.locator('#scaling')).toHaveAttribute('data-source', 'file');
  await expect(page.locator('#scaling')).toHaveAttribute('data-rows', '5');
  await expect(legend(page)).toHaveText(['pass@1', 'majority', 'best-of-n', 'best-of-n + early rejection']);
  await expect(page.locator('#scaling-chart-tokens canvas')).toBeVisible();
  await page.locator('#scaling').screenshot({ path: 'e2e/artifacts/scaling-file.png' });

  await page.locator('#scaling-file').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<!doctype html>') });
  await expect(page.locator('#scaling-source')).toContainText('Not a steplight search results file');
  await expect(page.locator('#scaling')).toHaveAttribute('data-rows', '5');

  // The committed file beside the policy (models/tiny-arith-policy/search-results.json).
  await expect(page.locator('#scaling-committed')).toHaveText(`Load the committed results (${committed.n_problems} problems)`);
  await page.locator('#scaling-committed').click();
  await expect(page.locator('#scaling')).toHaveAttribute('data-source', 'committed');
  await expect(page.locator('#scaling-source')).toContainText(`over ${committed.n_problems} problems`);
});

test('measures accuracy against N in the browser with the tiny LLM, in the results format', async ({ page }) => {
  test.setTimeout(300_000);
  await open(page);
  await page.locator('.measure summary').click();
  await page.locator('#measure-k').fill('2');
  await page.locator('#measure-n').fill('2');
  await page.locator('#measure-max').fill('16');
  await page.locator('#measure-run').click();
  await expect(page.locator('#scaling')).toHaveAttribute('data-state', 'measuring');
  await expect(page.locator('#measure-status')).toContainText('Done: 2 problems', { timeout: 240_000 });
  await expect(page.locator('#scaling')).toHaveAttribute('data-source', 'measured');
  // pass@1, and three voting strategies at n = 1 and 2, without and with early rejection.
  await expect(page.locator('#scaling')).toHaveAttribute('data-rows', String(1 + 3 * 2 * 2));
  const voting = ['majority', 'best-of-n', 'weighted-vote'];
  await expect(legend(page)).toHaveText(['pass@1', ...voting, ...voting.map((s) => `${s} + early rejection`)]);
  const download = page.waitForEvent('download');
  await page.locator('#measure-download').click();
  const saved = JSON.parse(await (await download).createReadStream().then((s) => new Response(s as unknown as ReadableStream).text())) as typeof results;
  expect(saved.n_problems).toBe(2);
  for (const row of saved.results) {
    expect(row.accuracy).toBeGreaterThanOrEqual(0);
    expect(row.accuracy).toBeLessThanOrEqual(1);
    expect(row.tokens_generated).toBeGreaterThan(0);
  }
  await page.locator('#scaling').screenshot({ path: 'e2e/artifacts/scaling-measured.png' });
});
