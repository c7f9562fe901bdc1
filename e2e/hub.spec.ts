/**
 * Models by hub id, in the demo and the widget. Requests to https://huggingface.co are answered by a local server
 * with the hub's URL layout (redirects to a file store, ETags, ranges): no request leaves the machine.
 */
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { startHubServer } from '../src/testing/hub-server.ts';

let hub: Awaited<ReturnType<typeof startHubServer>>;
test.beforeAll(async () => {
  hub = await startHubServer({ repos: { 'steplight/tiny-arith-prm': resolve('models/tiny-arith-prm') }, gated: ['meta-llama/gated-prm'] });
});
test.afterAll(() => hub.close());

/** Routes the page's (and its workers') requests for the hub to the local server, following its redirects. */
async function routeHub(page: Page): Promise<void> {
  await page.context().route('https://huggingface.co/**', async (route) => {
    const { pathname } = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${hub.url}${pathname}`, maxRedirects: 3 }) });
  });
}

const problem = 'Ava has 12 pens. She buys 7 more. How many pens does she have?';
const solution = '12 + 7 = 19.\n\nThe answer is 19.';

test('the demo loads a model by hub id; an unknown and a gated id are explained and the page stays usable', async ({ page }) => {
  await routeHub(page);
  await page.goto(`index.html?${new URLSearchParams({ backend: 'wasm', problem, solution })}`);
  const app = page.locator('#app');
  await expect(app).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  await page.locator('.model-picker summary').click();

  await page.locator('#model-url').fill('steplight/tiny-arith-prm');
  await page.locator('#load-url').click();
  await expect(app).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  await expect(page.locator('#error')).toBeHidden();
  await expect(page.locator('[data-step-index]')).toHaveCount(2);
  expect(hub.requests).toContain('GET /steplight/tiny-arith-prm/resolve/main/prm.json');
  expect(hub.requests.some((r) => r.startsWith('GET /cdn/steplight/tiny-arith-prm/main/onnx/'))).toBe(true);

  await page.locator('#model-url').fill('nobody/no-such-prm');
  await page.locator('#load-url').click();
  await expect(page.locator('#error')).toContainText('does not exist');
  await page.locator('#model-url').fill('meta-llama/gated-prm@main');
  await page.locator('#load-url').click();
  await expect(page.locator('#error')).toContainText('gated or private');
  await expect(page.locator('#error')).toContainText('credentials');
  await expect(page.locator('#solution')).toHaveValue(solution);

  await page.locator('#load-builtin').click();
  await expect(app).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  await expect(page.locator('#error')).toBeHidden();
});

test('a widget loads its model by hub id, and a gated one reports model-access-denied', async ({ page }) => {
  await routeHub(page);
  await page.goto('embed.html');
  const codes = await page.evaluate(
    ({ problem, steps }) =>
      new Promise<{ ready: string[]; errors: string[] }>((done) => {
        const seen = { ready: [] as string[], errors: [] as string[] };
        for (const [id, model] of [
          ['from-hub', 'hf:steplight/tiny-arith-prm'],
          ['gated', 'hf:meta-llama/gated-prm'],
        ] as const) {
          const widget = document.createElement('steplight-steps');
          Object.assign(widget, { id });
          widget.setAttribute('model', model);
          widget.setAttribute('backend', 'wasm');
          widget.setAttribute('problem', problem);
          widget.setAttribute('steps', JSON.stringify(steps));
          widget.addEventListener('steplight-ready', () => seen.ready.push(id));
          widget.addEventListener('steplight-error', (event) => {
            seen.errors.push((event as CustomEvent<{ code: string }>).detail.code);
            done(seen);
          });
          document.body.append(widget);
        }
      }),
    { problem, steps: solution.split('\n\n') },
  );
  expect(codes.errors).toEqual(['model-access-denied']);
  await expect(page.locator('#from-hub [data-score]')).toHaveCount(2, { timeout: 90_000 });
  await expect(page.locator('#gated')).toContainText('gated or private');
});

test('the notebook loads a model by hub id from its model field', async ({ page }) => {
  await routeHub(page);
  await page.goto('notebook.html?backend=wasm');
  const app = page.locator('#app');
  await expect(app).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  const before = hub.requests.length;
  await page.locator('#model-ref').fill('steplight/tiny-arith-prm@main');
  await page.locator('#model-form button').click();
  await expect(page).toHaveURL(/model=steplight%2Ftiny-arith-prm%40main/);
  await expect(app).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
  await expect(page.locator('#model-ref')).toHaveValue('steplight/tiny-arith-prm@main');
  expect(hub.requests.slice(before)).toContain('GET /steplight/tiny-arith-prm/resolve/main/prm.json');
});
