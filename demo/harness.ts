/**
 * Exposes the Steplight client on `window.steplight` for e2e tests, benchmarks and the console, and the demo's policy
 * generator (the tiny policy LM under transformers.js) on `window.steplightPolicy`.
 */
import * as steplight from '../src/index.ts';
import { PolicyGenerator } from './policy/policy-generator.ts';

declare global {
  interface Window {
    steplight: typeof steplight;
    steplightPolicy: { PolicyGenerator: typeof PolicyGenerator };
  }
}

window.steplight = steplight;
window.steplightPolicy = { PolicyGenerator };
document.body.dataset.ready = 'true';
