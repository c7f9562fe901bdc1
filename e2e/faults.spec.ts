/**
 * Faults a user can cause from the pages: a model URL that 404s or is not readable cross-origin (the demo and the
 * widget explain it, keep the text and can switch back), and two tabs scoring at the same time.
 */
import { expect, test, type Page } from '@playwright/test';
import { goldenRecords } from '../src/testing/fixtures.ts';

const record = goldenRecords('models/tiny-arith-prm').find((r) => r.label >= 0 && r.first_error_step === r.label)!;
const solution = record.steps.join('\n\n');

async function ready(page: Page): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
}

test('the demo explains a missing or unreadable model folder, keeps the text, and switches back', async ({ page, baseURL }) => {
  await page.goto(`index.html?backend=wasm&${new URLSearchParams({ problem: record.problem, solution })}`);
  await ready(page);
  await expect(page.locator('[data-first-error="true"]')).toHaveAttribute('data-step-index', String(record.label));
  await page.locator('.model-picker summary').click();

  await page.locator('#model-url').fill('models/no-such-model/');
  await page.locator('#load-url').click();
  // A static host answers a missing file with 404 or with its HTML fallback page: both are model-not-found.
  await expect(page.locator('#error')).toContainText(/does not exist|answered with a web page/);
  await expect(page.locator('#error')).toContainText('must contain prm.json');
  const otherOrigin = new URL('models/tiny-arith-prm/', baseURL!.replace('localhost', '127.0.0.1')).href;
  await page.locator('#model-url').fill(otherOrigin);
  await page.locator('#load-url').click();
  await expect(page.locator('#error')).toContainText('Could not download');
  await expect(page.locator('#error')).toContainText('CORS');

  await expect(page.locator('#problem')).toHaveValue(record.problem);
  await expect(page.locator('#solution')).toHaveValue(solution);
  await expect(page.locator('[data-first-error="true"]')).toHaveAttribute('data-step-index', String(record.label));
  await page.locator('#load-builtin').click();
  await ready(page);
  await expect(page.locator('#error')).toBeHidden();
  await expect(page.locator('[data-first-error="true"]')).toHaveAttribute('data-step-index', String(record.label));
});

test('a widget pointed at a missing model reports model-not-found and scores once pointed back', async ({ page }) => {
  await page.goto('embed.html');
  await expect(page.locator('#static-widget [data-step-index]')).toHaveCount(3, { timeout: 90_000 });
  const code = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const widget = document.getElementById('static-widget')!;
        widget.addEventListener('steplight-error', (e) => resolve(e.detail.code), { once: true });
        widget.setAttribute('model', 'models/no-such-model/');
      }),
  );
  expect(await code).toBe('model-not-found');
  await expect(page.locator('#static-widget [part~="error"]')).toContainText('must contain prm.json');
  await page.evaluate(() => document.getElementById('static-widget')!.setAttribute('model', 'builtin'));
  await expect(page.locator('#static-widget [part~="error"]')).toBeHidden();
  await expect(page.locator('#static-widget [data-first-error="true"]')).toHaveCount(1);
});

test('two tabs score at the same time, each in its own worker, with the same results', async ({ context }) => {
  test.setTimeout(180_000);
  const tabs = [await context.newPage(), await context.newPage()];
  await Promise.all(tabs.map((tab) => tab.goto('harness.html')));
  const scores = await Promise.all(
    tabs.map((tab) =>
      tab.evaluate(async (r) => {
        const client = window.steplight.createSteplight();
        const model = await client.load({ kind: 'builtin' }, { backend: 'wasm', variant: 'fp32' });
        const session = await model.open(r.problem, () => undefined);
        const text = r.steps.join('\n\n');
        for (let i = 0; i < text.length; i += 4) await session.append(text.slice(i, i + 4));
        const state = await session.end();
        return state.steps.map((s) => s.score);
      }, record),
    ),
  );
  expect(scores[0]).toEqual(scores[1]);
  scores[0]!.forEach((score, i) => {
    expect(Math.abs(score - record.step_scores[i]!)).toBeLessThanOrEqual(1e-4);
  });
});

test('the model chosen last wins: a slower load that finishes later is dropped', async ({ page, context }) => {
  test.setTimeout(180_000);
  let asked = 0;
  await context.route('**/slow-model/**', async (route) => {
    asked += 1;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    try {
      const response = await route.fetch({ url: route.request().url().replace('/slow-model/', '/models/tiny-arith-prm/') });
      await route.fulfill({ response });
    } catch {
      // The page cancelled this download (the later choice aborts the slow load): nothing to answer.
    }
  });
  await page.goto(`index.html?backend=wasm&${new URLSearchParams({ problem: record.problem, solution })}`);
  await ready(page);
  await page.locator('.model-picker summary').click();
  await page.locator('#model-url').fill('slow-model/');
  await page.locator('#load-url').click();
  await page.locator('#variant').selectOption('fp32');
  await page.locator('#load-builtin').click();
  await expect(page.locator('#status-model')).toContainText('fp32', { timeout: 90_000 });
  await expect.poll(() => asked, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
  await page.waitForTimeout(8_000); // long enough for the slow load to have finished, had it not been cancelled
  await expect(page.locator('#status-model')).toContainText('fp32');
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
});

test('the widget ends with the replaced text after un-awaited appends, even when they fail', async ({ page }) => {
  await page.goto('harness.html');
  await page.addScriptTag({ type: 'module', url: 'steplight-widget.js' });
  const outcome = await page.evaluate(async () => {
    const widget = document.createElement('steplight-steps');
    widget.setAttribute('mode', 'stream');
    widget.setAttribute('backend', 'wasm');
    widget.setAttribute('problem', 'Ava has 12 pens. She buys 7 more. How many pens?');
    document.body.append(widget);
    await widget.replace(''); // loads the model and opens the session
    for (let i = 0; i < 5000; i++) void widget.append('1 + 1 = 2 ');
    void widget.append(' <extra_0>'); // refused (the model's own step token): it fails after the replace below was sent
    const replaced = '12 + 7 = 19.\n\nThe answer is 19.';
    await widget.replace(replaced);
    await new Promise((settled) => setTimeout(settled, 500));
    return { replaced, solution: widget.solution, scored: widget.scores?.text ?? null };
  });
  expect(outcome.solution).toBe(outcome.replaced);
  expect(outcome.scored).toBe(outcome.replaced);
});

test('a load can be cancelled through the worker: it rejects with aborted at once, and the worker goes on', async ({ page, context }) => {
  await context.route('**/stalled-model/**', () => undefined); // never answers
  await page.goto('harness.html');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  const outcome = await page.evaluate(async () => {
    const client = window.steplight.createSteplight();
    const cancel = new AbortController();
    const started = performance.now();
    setTimeout(() => cancel.abort(), 300);
    const code = await client.load({ kind: 'url', url: 'stalled-model/' }, { backend: 'wasm', signal: cancel.signal }).then(
      () => 'loaded',
      (error: { code?: string }) => error.code ?? 'no code',
    );
    const ms = performance.now() - started;
    const model = await client.load({ kind: 'builtin' }, { backend: 'wasm' });
    return { code, ms, next: model.info.name };
  });
  expect(outcome.code).toBe('aborted');
  expect(outcome.ms).toBeLessThan(5_000);
  expect(outcome.next).toBe('tiny-arith-prm');
});
