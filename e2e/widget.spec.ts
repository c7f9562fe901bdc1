/**
 * The embeddable widget on a plain HTML host page (demo/embed.html, one module script, two widgets):
 * both share one worker and one model download, events arrive in order with typed details, the
 * markup contract and ::part / custom-property theming reach into the shadow root, and HTML or
 * script payloads in problems and steps stay inert text.
 */
import { expect, test, type Page } from '@playwright/test';
import { goldenRecords } from '../src/testing/fixtures.ts';
import { countPageWorkers, pageWorkers } from './page-workers.ts';

/** The two solutions embed.html shows, with the model's own first-error step for each. */
const golden = goldenRecords('models/tiny-arith-prm');
const staticRecord = golden.find((r) => r.problem.startsWith('Today, Sam had 929 hats in the'))!;
const streamRecord = golden.find((r) => r.problem.startsWith('Freya holds 317 shells. By eve'))!;

interface Seen {
  widget: string;
  type: string;
  detail: { stepIndex?: number; tokenIndex?: number; code?: string; backend?: string };
}

/** Records every steplight-* event of the page in order, and counts the workers it starts, before any widget script runs. */
async function recordEvents(page: Page): Promise<void> {
  await countPageWorkers(page);
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    const types = ['ready', 'token', 'step', 'first-error', 'rollback', 'error'];
    for (const type of types) {
      document.addEventListener(`steplight-${type}`, (event) => {
        const target = event.target as HTMLElement;
        seen.push({ widget: target.id, type, detail: (event as CustomEvent).detail });
      });
    }
  });
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);
const widget = (page: Page, id: string) => page.locator(`#${id}`);

test('two widgets on a plain page: one worker, one model load, ordered events, the first error marked', async ({ page }) => {
  test.setTimeout(300_000);
  const modelDownloads: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/onnx/')) modelDownloads.push(r.url());
  });
  await recordEvents(page);
  await page.goto('embed.html');
  expect(await page.locator('script').count()).toBe(1);

  const staticWidget = widget(page, 'static-widget');
  const streamWidget = widget(page, 'stream-widget');
  await expect(staticWidget.locator('[data-step-index]')).toHaveCount(staticRecord.steps.length, { timeout: 120_000 });
  await expect(staticWidget.locator('[data-first-error="true"]')).toHaveAttribute('data-step-index', String(staticRecord.first_error_step));
  await expect(staticWidget.locator('[part~="verdict"]')).toContainText(`First error at step ${staticRecord.first_error_step + 1}`);
  await expect(streamWidget.locator('[part~="verdict"]')).toContainText('No error found', { timeout: 240_000 });
  await expect(streamWidget.locator('[data-step-index]')).toHaveCount(streamRecord.steps.length);
  await expect(streamWidget.locator('[data-first-error]')).toHaveCount(0);
  for (const score of await staticWidget.locator('[data-step-index]').evaluateAll((els) => els.map((e) => e.getAttribute('data-score')))) {
    expect(score).toMatch(/^\d\.\d{4}$/);
  }

  expect(await pageWorkers(page)).toBe(1);
  // On WebGPU: the model's weights once, and gpu_buffers.onnx (no weights) that allocates its key/value buffers.
  expect(modelDownloads.filter((url) => !url.includes('/gpu_buffers.onnx'))).toHaveLength(1);
  expect(new Set(modelDownloads).size).toBe(modelDownloads.length);

  const events = await seen(page);
  for (const id of ['static-widget', 'stream-widget']) {
    const mine = events.filter((e) => e.widget === id);
    expect(mine[0]?.type, `${id} starts with steplight-ready`).toBe('ready');
    expect(mine.filter((e) => e.type === 'ready')).toHaveLength(1);
    expect(mine.some((e) => e.type === 'error')).toBe(false);
    const steps = mine.filter((e) => e.type === 'step').map((e) => e.detail.stepIndex);
    expect(steps).toEqual([0, 1, 2]);
    // Each step event comes after the tokens of its step, and the first error right after its step.
    mine.forEach((event, i) => {
      if (event.type !== 'step') return;
      const before = mine.slice(0, i).filter((e) => e.type === 'token' && e.detail.stepIndex === event.detail.stepIndex);
      expect(before.length, `${id} tokens before step ${event.detail.stepIndex}`).toBeGreaterThan(0);
    });
  }
  const staticEvents = events.filter((e) => e.widget === 'static-widget');
  const firstErrorAt = staticEvents.findIndex((e) => e.type === 'first-error');
  const lastStepAt = staticEvents.findIndex((e) => e.type === 'step' && e.detail.stepIndex === staticRecord.first_error_step);
  expect(firstErrorAt).toBeGreaterThan(lastStepAt);
  expect(staticEvents[firstErrorAt]!.detail.stepIndex).toBe(staticRecord.first_error_step);
  expect(events.some((e) => e.widget === 'stream-widget' && e.type === 'first-error')).toBe(false);
  await page.screenshot({ path: 'e2e/artifacts/widget-embed.png', fullPage: true });
});

test('theming reaches the shadow root through ::part and --steplight-* properties', async ({ page }) => {
  await page.goto('embed.html');
  const first = widget(page, 'static-widget').locator('[data-first-error="true"]');
  await expect(first).toHaveCount(1, { timeout: 120_000 });
  // A constructed style sheet: the page runs under a CSP without 'unsafe-inline' styles.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`#static-widget::part(first-error) { outline: 3px solid rgb(255, 0, 0); }
                       #static-widget { --steplight-bad: rgb(1, 2, 3); }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  await expect(first).toHaveCSS('outline-color', 'rgb(255, 0, 0)');
  await expect(first.locator('.sl-badge')).toHaveCSS('background-color', 'rgb(1, 2, 3)');
  await expect(widget(page, 'stream-widget').locator('.sl-container')).toHaveCSS('background-color', 'rgb(27, 32, 41)');
});

const payloads = {
  problem: '<img src=x onerror="window.__xss = \'problem\'"> Ava has 12 pens. She buys 7 more. How many pens?',
  steps: ['<script>window.__xss = "step"</script> 12 + 7 = 19.', '<b onmouseover="window.__xss=1">The answer is 19.</b>'],
  appended: '\n\n<svg onload="window.__xss = \'append\'"></svg> Answer: 19',
};

test('HTML and script payloads are shown as text and never run; bad input keeps the text', async ({ page }) => {
  test.setTimeout(180_000);
  await recordEvents(page);
  await page.goto('embed.html');
  await expect(widget(page, 'static-widget').locator('[data-step-index]')).toHaveCount(3, { timeout: 120_000 });
  await page.evaluate((p) => {
    const element = document.createElement('steplight-steps');
    element.id = 'xss-widget';
    element.problem = p.problem;
    element.steps = p.steps;
    document.querySelector('main')!.append(element);
  }, payloads);
  const xss = widget(page, 'xss-widget');
  await expect(xss.locator('[data-step-index]')).toHaveCount(2, { timeout: 60_000 });
  await page.evaluate((text) => (document.getElementById('xss-widget') as HTMLElementTagNameMap['steplight-steps']).append(text), payloads.appended);
  await expect(xss.locator('[data-step-index]')).toHaveCount(3, { timeout: 60_000 });

  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(xss.locator('img, script, svg, b')).toHaveCount(0);
  await expect(xss.locator('[part~="problem"]')).toHaveText(payloads.problem);
  // each step as typed, above what the model read (`stepView`), both as text
  await expect(xss.locator('[data-step-index="0"] [part~="typed"]')).toHaveText(payloads.steps[0]!);
  await expect(xss.locator('[data-step-index="0"] [part~="text"]')).toHaveText('12 + 7 = 19.');
  await expect(xss.locator('[data-step-index="2"] [part~="typed"]')).toContainText('<svg onload=');

  // A special token in appended text is refused with a typed error; the widget keeps its text and scores.
  const before = await page.evaluate(() => (document.getElementById('xss-widget') as HTMLElementTagNameMap['steplight-steps']).solution);
  await page.evaluate(() => (document.getElementById('xss-widget') as HTMLElementTagNameMap['steplight-steps']).append(' <extra_0> sneaky'));
  await expect(xss.locator('[part~="error"]')).toBeVisible();
  await expect(xss.locator('[part~="error"]')).toContainText('<extra_0>');
  expect(await page.evaluate(() => (document.getElementById('xss-widget') as HTMLElementTagNameMap['steplight-steps']).solution)).toBe(before);
  await expect(xss.locator('[data-step-index]')).toHaveCount(3);
  // A steps attribute that is not JSON is reported the same way, and the last scores stay on screen.
  await page.evaluate(() => document.querySelector('#xss-widget')!.setAttribute('steps', '[not json'));
  await expect(xss.locator('[part~="error"]')).toContainText('not valid JSON');
  await expect(xss.locator('[data-step-index]')).toHaveCount(3);
  const errors = (await seen(page)).filter((e) => e.widget === 'xss-widget' && e.type === 'error').map((e) => e.detail.code);
  expect(errors).toEqual(['invalid-argument', 'invalid-argument']);
});
