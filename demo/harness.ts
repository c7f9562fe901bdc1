/** Exposes the Steplight client on `window.steplight` for e2e tests, benchmarks and the console. */
import * as steplight from '../src/index.ts';

declare global {
  interface Window {
    steplight: typeof steplight;
  }
}

window.steplight = steplight;
document.body.dataset.ready = 'true';
