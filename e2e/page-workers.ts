/** Counts the workers a page starts itself (onnxruntime's thread workers start inside the scoring worker, not here). */
import type { Page } from '@playwright/test';

/** Installs the count before any page script runs. */
export async function countPageWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { pageWorkers: number };
    state.pageWorkers = 0;
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        state.pageWorkers += 1;
      }
    };
  });
}

/** How many workers the page has started so far. */
export function pageWorkers(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { pageWorkers: number }).pageWorkers);
}
