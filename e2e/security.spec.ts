/**
 * The built pages under the strict Content-Security-Policy of `vite preview`: the demo, the widget page and the
 * notebook load the model and score with no policy violation, eval and injected inline scripts are refused,
 * and model files are fetched without credentials.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { contentSecurityPolicy } from '../vite.config.ts';

/** Collects CSP violations from the first script on. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

const pages = [
  { path: 'index.html?backend=wasm', ready: (p: Page) => expect(p.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 }) },
  { path: 'embed.html', ready: (p: Page) => expect(p.locator('#static-widget [data-first-error="true"]')).toHaveCount(1, { timeout: 90_000 }) },
  { path: 'notebook.html?backend=wasm', ready: (p: Page) => expect(p.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 }) },
];

for (const { path, ready } of pages) {
  test(`${path.split('?')[0]} runs under the strict CSP with no violation; eval and inline scripts are refused`, async ({ page, baseURL }) => {
    await watchViolations(page);
    const modelRequests: Request[] = [];
    page.context().on('request', (r) => {
      if (/\/models\/.*(\/onnx\/|prm\.json)/.test(r.url())) modelRequests.push(r);
    });
    await page.context().addCookies([{ name: 'session', value: 'secret', url: baseURL! }]);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy);
    await ready(page);
    expect(await violations(page)).toEqual([]);

    // Code the page itself would run (a string timer is compiled like eval, an inline script element as inline
    // script); Playwright's own evaluate is exempt from the CSP, so the probes are scheduled from it.
    await page.evaluate(() => {
      setTimeout('window.__evalRan = 1', 0);
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = 1';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toHaveLength(2);
    const ran = await page.evaluate(() => {
      const w = window as unknown as { __evalRan?: number; __inlineRan?: number };
      return { evalRan: w.__evalRan === 1, inlineRan: w.__inlineRan === 1 };
    });
    expect(ran).toEqual({ evalRan: false, inlineRan: false });
    expect((await violations(page)).every((v) => v.startsWith('script-src'))).toBe(true);
    expect(modelRequests.length).toBeGreaterThan(0);
    for (const request of modelRequests) expect((await request.allHeaders()).cookie, request.url()).toBeUndefined();
  });
}
