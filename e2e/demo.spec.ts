/**
 * The demo page in a real Chromium: it loads the built-in model, streams a wrong sample and marks the
 * labelled step, shows no marker on a correct one, follows typed edits, and keeps the text on errors.
 */
import { expect, test, type Page } from '@playwright/test';
import { goldenRecords, type GoldenRecord } from '../src/testing/fixtures.ts';

/** The page loads the built-in model, so its fixtures are the reference. */
const golden = goldenRecords('models/tiny-arith-prm');
/** Records the model judges as labelled (the demo must show what the model says). */
const wrong = golden.find((r) => r.label >= 0 && r.first_error_step === r.label)!;
const correct = golden.find((r) => r.label === -1 && r.first_error_step === -1)!;

function link(record: GoldenRecord, params: Record<string, string>): string {
  const query = new URLSearchParams({ problem: record.problem, solution: record.steps.join('\n\n'), ...params });
  return `index.html?${query}`;
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
}

const firstError = (page: Page) => page.locator('[data-first-error="true"]');

for (const backend of ['wasm', 'webgpu'] as const) {
  test(`streams a wrong sample and marks the labelled step (${backend})`, async ({ page }, info) => {
    test.setTimeout(300_000);
    await page.goto(link(wrong, { mode: 'stream', backend }));
    await ready(page);
    await expect(page.locator('#status-backend')).toContainText(backend === 'webgpu' ? 'WebGPU' : 'WASM');
    await page.locator('#speed').fill('200');
    await expect(page.locator('#stop')).toBeDisabled({ timeout: 240_000 });
    await expect(page.locator('[data-step-index]')).toHaveCount(wrong.steps.length, { timeout: 60_000 });
    await expect(page.locator('#verdict')).toContainText(`First error at step ${wrong.label + 1}`, { timeout: 60_000 });
    await expect(firstError(page)).toHaveCount(1);
    await expect(firstError(page)).toHaveAttribute('data-step-index', String(wrong.label));
    await expect(page.locator('#solution')).toHaveValue(wrong.steps.join('\n\n'));
    const score = await page.locator('[data-step-index="0"]').getAttribute('data-score');
    expect(score).toMatch(/^\d\.\d{4}$/);
    await page.screenshot({ path: `e2e/artifacts/demo-wrong-${backend}.png`, fullPage: true });
    await info.attach(`demo-${backend}`, { path: `e2e/artifacts/demo-wrong-${backend}.png`, contentType: 'image/png' });
  });
}

test('a correct sample shows no first-error marker; typing an edit moves the marker', async ({ page }) => {
  await page.goto(link(correct, { backend: 'wasm' }));
  await ready(page);
  await expect(page.locator('[data-step-index]')).toHaveCount(correct.steps.length);
  await expect(page.locator('#verdict')).toContainText('No error found');
  await expect(firstError(page)).toHaveCount(0);
  await page.screenshot({ path: 'e2e/artifacts/demo-correct.png', fullPage: true });

  await page.locator('#solution').fill(wrong.steps.join('\n\n'));
  await page.locator('#problem').fill(wrong.problem);
  await expect(firstError(page)).toHaveAttribute('data-step-index', String(wrong.label));

  const steps = [...wrong.steps];
  steps.splice(wrong.label);
  const answer = 'The answer is 987654.';
  const edited = [...steps, answer].join('\n\n');
  await page.locator('#solution').fill(edited);
  await expect(page.locator('[data-step-index]')).toHaveCount(steps.length + 1);
  await expect(firstError(page)).toHaveAttribute('data-step-index', String(steps.length));
  await expect(page.locator('#solution')).toHaveValue(edited);
});

test("text outside the built-in model's domain is said to be so, not painted right or wrong", async ({ page }) => {
  const query = new URLSearchParams({ problem: 'Solve for x: 2x + 3 = 11.', solution: '2x = 8\n\nx = 4', backend: 'wasm' });
  await page.goto(`index.html?${query}`);
  await ready(page);
  await expect(page.locator('[data-step-index]')).toHaveCount(2);
  await expect(page.locator('#verdict')).toContainText('Not judged');
  await expect(page.locator('#verdict')).toHaveAttribute('data-kind', 'out-of-domain');
  await expect(page.locator('[data-out-of-domain]')).toHaveCount(1);
  await expect(page.getByRole('note')).toContainText('looks like algebra');
  await expect(firstError(page)).toHaveCount(0);
  await expect(page.locator('[data-status="unjudged"]')).toHaveCount(2);
  await page.screenshot({ path: 'e2e/artifacts/demo-out-of-domain.png', fullPage: true });

  await page.locator('#problem').fill(correct.problem);
  await page.locator('#solution').fill(correct.steps.join('\n\n'));
  await expect(page.locator('#verdict')).toContainText('No error found');
  await expect(page.locator('[data-out-of-domain]')).toHaveCount(0);
});

test('a problem typed in plain English is judged: the correct solution passes, the slip is marked', async ({ page }) => {
  const problem = 'Maria baked 24 cookies. Her brother ate 5 of them. How many were left?';
  const correctSolution = '24 - 5 = 19 cookies.\n\nSo 19 cookies were left.';
  await page.goto(`index.html?${new URLSearchParams({ problem, solution: correctSolution, backend: 'wasm' })}`);
  await ready(page);
  await expect(page.locator('[data-step-index]')).toHaveCount(2);
  await expect(page.locator('[data-out-of-domain]')).toHaveCount(0);
  await expect(page.locator('#verdict')).toContainText('No error found');
  await page.screenshot({ path: 'e2e/artifacts/demo-plain-english-correct.png', fullPage: true });

  await page.locator('#solution').fill('24 - 5 = 18 cookies.\n\nSo 18 cookies were left.');
  await expect(page.locator('#verdict')).toContainText('First error at step 1');
  await expect(firstError(page)).toHaveAttribute('data-step-index', '0');
  await page.screenshot({ path: 'e2e/artifacts/demo-plain-english-slip.png', fullPage: true });
});

test("a chat model's answer in LaTeX and markdown is read as plain text: shown as read, the slip marked", async ({ page }) => {
  const problem = 'Maria baked 24 cookies. Her brother ate 5 of them. Then she baked 12 more. How many cookies does she have now?';
  const answer = (result: number) =>
    `## Step 1: Subtract what her brother ate\n$$24 - 5 = 19 \\text{ cookies}$$\n\n## Step 2: Add the new batch\n\\[ 19 + 12 = ${result} \\]\n\nThe final answer is $\\boxed{${result}}$.`;
  await page.goto(`index.html?${new URLSearchParams({ problem, solution: answer(31), backend: 'wasm' })}`);
  await ready(page);
  await expect(page.locator('[data-step-index]')).toHaveCount(3);
  await expect(page.locator('#verdict')).toContainText('No error found');
  await expect(page.locator('[data-step-index="1"]')).toContainText('Step 2: Add the new batch');
  await expect(page.locator('[data-step-index="1"]')).toContainText('19 + 12 = 31');
  await page.screenshot({ path: 'e2e/artifacts/demo-latex-correct.png', fullPage: true });

  await page.locator('#solution').fill(answer(32));
  await expect(page.locator('#verdict')).toContainText('First error at step 2');
  await expect(firstError(page)).toHaveAttribute('data-step-index', '1');
  await expect(page.locator('#solution')).toHaveValue(answer(32));
  await page.screenshot({ path: 'e2e/artifacts/demo-latex-slip.png', fullPage: true });
});

for (const backend of ['wasm', 'webgpu'] as const) {
  test(`a wrong digit between a result's first and last is marked at that digit, as it arrives (${backend})`, async ({ page }) => {
    test.setTimeout(180_000);
    const problem = 'Maria baked 245 cookies. Her brother ate 18 of them, and then she baked 132 more. How many cookies does she have now?';
    const right = '245 - 18 = 227 cookies.\n\n227 + 132 = 359 cookies.\n\nSo she has 359 cookies now.';
    await page.goto(`index.html?${new URLSearchParams({ problem, solution: right, backend })}`);
    await ready(page);
    await expect(page.locator('#verdict')).toContainText('No error found');
    // Typed text is scored as a finished solution, so the step "245 - 18 = 2" (read "245 - 18 = 2.") is rightly wrong
    // once it ends; the digit itself, the first of 227, keeps a passing partial reward.
    await page.locator('#solution').fill('245 - 18 = 2');
    const lastToken = page.locator('[data-step-index="0"] .sl-token').filter({ hasText: /\d/ }).last();
    await expect(lastToken).toHaveText(/2\s*$/);
    expect(Number(await lastToken.getAttribute('data-reward'))).toBeGreaterThanOrEqual(0.5);
    await page.locator('#solution').fill('245 - 18 = 21');
    await expect(page.locator('#verdict')).toContainText('First error at step 1');
    await expect(page.locator('[data-first-error-token="true"]')).toHaveText('1');
    await page.screenshot({ path: `e2e/artifacts/demo-inner-digit-${backend}.png`, fullPage: true });
  });
}

test('bad input is explained in the page and the text is kept', async ({ page }) => {
  await page.goto(link(correct, { backend: 'wasm' }));
  await ready(page);
  // many steps: the model reads one long step as its first equation alone (`stepView`)
  const long = `${correct.steps.join('\n\n')}${'\n\n1 + 1 = 2'.repeat(150)}`;
  await page.locator('#solution').fill(long);
  await expect(page.locator('#error')).toContainText('at most');
  await expect(page.locator('#solution')).toHaveValue(long);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  // No contradictory screen: the verdict does not claim a result for text that was not scored.
  await expect(page.locator('#verdict')).toContainText('Not scored');
  await expect(page.locator('#steps')).toHaveAttribute('data-stale', '');
  await page.locator('#solution').fill(correct.steps.join('\n\n'));
  await expect(page.locator('#error')).toBeHidden();
  await expect(page.locator('#steps')).not.toHaveAttribute('data-stale');
  await expect(page.locator('[data-step-index]')).toHaveCount(correct.steps.length);

  await page.locator('.model-picker summary').click();
  await page.locator('#model-url').fill('no-such-model/');
  await page.locator('#load-url').click();
  await expect(page.locator('#error')).toContainText('Check the model folder URL');
  await expect(page.locator('#problem')).toHaveValue(correct.problem);
});

test('untrusted text is rendered as text, never as HTML', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.goto(
    `index.html?${new URLSearchParams({ problem: `Ava has 3 pens. ${payload}`, solution: `3 + 4 = 7 ${payload}\n\nThe answer is 7.`, backend: 'wasm' })}`,
  );
  await ready(page);
  await expect(page.locator('[data-step-index]')).toHaveCount(2);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.sl-steps img')).toHaveCount(0);
});

test('Stop keeps the whole solution and the focus; the verdict is written only when it changes', async ({ page }) => {
  await page.goto(link(wrong, { backend: 'wasm' }));
  await ready(page);
  await page.evaluate(() => {
    const verdict = document.getElementById('verdict')!;
    const counts = { verdict: 0, banner: 0 };
    (window as unknown as { counts: typeof counts }).counts = counts;
    new MutationObserver(() => (counts.verdict += 1)).observe(verdict, { childList: true, characterData: true, subtree: true });
    const banner = document.getElementById('early-reject')!;
    new MutationObserver(() => (counts.banner += 1)).observe(banner, { attributes: true, attributeFilter: ['hidden'] });
  });
  await page.locator('#speed').fill('20');
  await page.locator('#stream').click();
  await expect(page.locator('[data-step-index]').first()).toBeVisible({ timeout: 30_000 });
  await page.locator('#stop').click();
  await expect(page.locator('#solution')).toHaveValue(wrong.steps.join('\n\n'));
  await expect(page.locator('#stream')).toBeFocused();
  await expect(page.locator('[data-step-index]')).toHaveCount(wrong.steps.length);
  const counts = await page.evaluate(() => (window as unknown as { counts: { verdict: number; banner: number } }).counts);
  expect(counts.banner).toBe(0);
  expect(counts.verdict).toBeLessThanOrEqual(6);
});

test('a tapped token shows its partial reward (no hover on touch screens)', async ({ page }) => {
  await page.goto(link(wrong, { backend: 'wasm' }));
  await ready(page);
  const token = page.locator('[data-step-index="0"] .sl-token').first();
  await token.click();
  await expect(page.locator('[data-step-index="0"] .sl-token-value')).toContainText(`partial reward ${await token.getAttribute('data-reward')}`);
});

test('a long solution is shared in a deflated #z= fragment that opens the same text (no server sees it)', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(link(correct, { backend: 'wasm' }));
  await ready(page);
  const long = Array.from({ length: 300 }, (_, i) => `${i} + 1 = ${i + 1}.`).join('\n\n');
  await page.locator('#solution').fill(long);
  await page.locator('#copy-link').click();
  await expect(page.locator('#copy-status')).toContainText('Link copied');
  const href = await page.evaluate(() => navigator.clipboard.readText());
  expect(href).toContain('#z=');
  expect(href.length).toBeLessThan(long.length);
  const shared = await context.newPage();
  await shared.goto(href);
  await expect(shared.locator('#solution')).toHaveValue(long);
  await expect(shared.locator('#problem')).toHaveValue(correct.problem);
});
