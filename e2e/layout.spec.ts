/** The pages fit a phone: nothing overflows sideways at 390 px, in light and dark mode (screenshots kept). */
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
