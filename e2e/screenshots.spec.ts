/**
 * Screenshots of every page at 390 and 1280 px, light and dark, into demo/screenshots/ (committed, looked at in
 * review). Runs only with STEPLIGHT_SCREENSHOTS=1: `STEPLIGHT_SCREENSHOTS=1 npx playwright test e2e/screenshots.spec.ts`.
 */
import { expect, test } from '@playwright/test';

const problem = 'Maria baked 24 cookies. Her brother ate 5 of them, and then she baked 12 more. How many cookies does she have now?';
const pages: [string, string, string][] = [
  [
    'demo',
    `index.html?${new URLSearchParams({ problem, solution: '24 - 5 = 19 cookies.\n\n19 + 12 = 32 cookies.\n\nSo she has 32 cookies now.', backend: 'wasm' })}`,
    '#steps [data-step-index]',
  ],
  ['widget', 'embed.html', '#static-widget [data-step-index]'],
  ['notebook', 'notebook.html?backend=wasm', '#app[data-state="ready"]'],
  // The search panel after a run (the tiny LLM writes 6 candidates, the PRM cuts and picks): the panel alone.
  [
    'search',
    `index.html?${new URLSearchParams({ backend: 'wasm', n: '6', max: '120', strategy: 'weighted-vote', reject: '0.2' })}`,
    '#app[data-state="ready"]',
  ],
];

test.skip(!process.env.STEPLIGHT_SCREENSHOTS, 'set STEPLIGHT_SCREENSHOTS=1 to write demo/screenshots/');

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    for (const [name, url, shown] of pages) {
      test(`${name} at ${width} px, ${colorScheme}`, async ({ browser }) => {
        test.setTimeout(300_000);
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(url);
        await expect(page.locator(shown).first()).toBeVisible({ timeout: 90_000 });
        if (name === 'notebook') {
          await page.locator('#load-test-split').click();
          await expect(page.locator('.cell').first()).toBeVisible();
          await expect(page.locator('.cell [data-step-index]').first()).toBeVisible({ timeout: 60_000 });
        }
        if (name === 'search') {
          await page.locator('#solve-run').click();
          await expect(page.locator('#solve')).toHaveAttribute('data-state', 'done', { timeout: 240_000 });
          await page.locator('#solve').screenshot({ path: `demo/screenshots/${name}-${width}-${colorScheme}.png` });
          await context.close();
          return;
        }
        await page.waitForTimeout(1_500);
        await page.screenshot({ path: `demo/screenshots/${name}-${width}-${colorScheme}.png`, fullPage: width === 390 });
        await context.close();
      });
    }
  }
}
