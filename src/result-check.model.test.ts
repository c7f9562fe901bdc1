import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorer } from './api.ts';
import { loadPrm } from './model.ts';
import { MODEL_DIR } from './testing/fixtures.ts';

/** A test-split problem whose first step the score head alone passes with a digit between changed (0.997 for 473). */
const PROBLEM =
  'Caleb stores 245 oranges in the garage. Later on, they collect 218 more oranges and then find 79 oranges, then receive 15 oranges, and after that sell 433 oranges. How many oranges do they have in the end?';

let q4: Scorer;
beforeAll(async () => {
  q4 = await loadPrm({ kind: 'dir', path: MODEL_DIR }, { variant: 'q4', backend: 'wasm' });
});
afterAll(async () => {
  await q4.dispose();
});

describe('the built-in judge reads the digits between a result’s first and last (result check)', () => {
  it('passes 245 + 218 = 463 and flags 473 from the wrong digit on, streamed one piece at a time', async () => {
    const right = await q4.score(PROBLEM, ['Calculation: 245 + 218 = 463.']);
    expect(right.steps[0]!.score).toBeGreaterThan(0.9);
    const session = await q4.open(PROBLEM, () => {});
    await session.append('Calculation: 245 + 218 = 4');
    const beforeSlip = await session.append('7');
    const state = await session.append('3.');
    await session.close();
    const seven = beforeSlip.tokens.at(-1)!;
    expect(seven.text).toBe('7');
    expect(seven.partialReward).toBeLessThan(0.5);
    expect(state.tokens.at(-2)!.partialReward).toBe(seven.partialReward); // the step stays capped
    const wrong = await q4.score(PROBLEM, ['Calculation: 245 + 218 = 473.']);
    expect(wrong.firstError?.stepIndex).toBe(0);
    expect(wrong.tokens[wrong.firstError!.tokenIndex]!.text).toBe('7');
  });
});
