/** `npx tsx e2e/consumers/warm-cache.ts`: fills npm's cache for the consumer-app tests (run by .ci/setup). */
import { warmNpmCache } from './apps.ts';

warmNpmCache();
console.log("setup: npm cache holds the consumer apps' packages");
