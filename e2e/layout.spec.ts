/** The pages fit a phone: nothing overflows sideways at 390 px, in light and dark mode (screenshots kept). */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const page of ['index.html?backend=wasm', 'notebook.html', 'embed.html']) {
    test(`${page.split('?')[0]} fits a 390 px phone screen (${colorScheme})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme, isMobile: true, hasTouch: true });
      const tab = await context.newPage();
      await tab.goto(page);
      await tab.waitForLoadState('networkidle');
      await tab.waitForTimeout(1_000);
      const width = await tab.evaluate(() => document.documentElement.scrollWidth);
      await tab.screenshot({ path: `e2e/artifacts/phone-${page.split('.')[0]}-${colorScheme}.png`, fullPage: true });
      expect(width, 'page width at a 390 px viewport').toBeLessThanOrEqual(390);
      await context.close();
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violation once scores show (axe, ${colorScheme})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ colorScheme });
    const tab = await context.newPage();
    const found: string[] = [];
    const problem = 'Maria baked 24 cookies. Her brother ate 5 of them. How many were left?';
    const pages: [string, string][] = [
      [
        `index.html?${new URLSearchParams({ problem, solution: '24 - 5 = 18 cookies.\n\nSo 18 cookies were left.', backend: 'wasm' })}`,
        '#steps [data-step-index]',
      ],
      ['embed.html', 'steplight-steps [data-step-index]'],
      ['notebook.html?backend=wasm', '#app[data-state="ready"]'],
    ];
    for (const [url, shown] of pages) {
      await tab.goto(url);
      await expect(tab.locator(shown).first()).toBeVisible({ timeout: 90_000 });
      if (url.startsWith('notebook')) await tab.locator('#add-cell').click(); // a cell, with its buttons
      const { violations } = await new AxeBuilder({ page: tab }).analyze();
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        found.push(`${url.split('?')[0]}: ${v.id} (${v.nodes.length}): ${v.nodes[0]?.failureSummary?.split('\n')[1] ?? ''} ${v.nodes[0]?.target.join(' ')}`);
      }
    }
    await context.close();
    expect(found).toEqual([]);
  });
}
