/**
 * Bad text and random edit sequences against the real built-in model (fp32, WASM): every bad input is a
 * typed error or a documented policy, never a crash or a hang, and any sequence of appends, replaces,
 * aborts and ends leaves exactly the scores of one fresh one-shot scoring of the final text.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scorer } from './api.ts';
import { SteplightError } from './errors.ts';
import { loadPrm } from './model.ts';
import { splitSteps } from './steps.ts';
import { goldenRecords, maxAbsDiff, MODEL_DIR } from './testing/fixtures.ts';

let model: Scorer;
const problem = 'Ava has 12 pens. She buys 7 more pens. How many pens does she have now?';

beforeAll(async () => {
  model = await loadPrm({ kind: 'dir', path: MODEL_DIR }, { variant: 'fp32', backend: 'wasm' });
});

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(SteplightError);
    return (error as SteplightError).code;
  }
}

describe('bad text', () => {
  it('empty problems and steps are invalid-argument errors', async () => {
    expect(await codeOf(model.score('   ', ['12 + 7 = 19.']))).toBe('invalid-argument');
    expect(await codeOf(model.score(problem, []))).toBe('invalid-argument');
    expect(await codeOf(model.score(problem, ['12 + 7 = 19.', '  ']))).toBe('invalid-argument');
    expect(await codeOf(model.open('', () => undefined))).toBe('invalid-argument');
  });

  it('text longer than the context is a context-overflow error, one-shot and streaming, and the session lives on', async () => {
    // steps, not one long step: the built-in model reads a step as its equation alone (`stepView`)
    const huge = '12 + 7 = 19.\n\n'.repeat(100_000 / 14);
    expect(await codeOf(model.score(problem, huge.trim().split('\n\n')))).toBe('context-overflow');
    const session = await model.open(problem, () => undefined);
    await session.append('12 + 7 = 19.\n\n');
    expect(await codeOf(session.append(huge))).toBe('context-overflow');
    const state = await session.append('The answer is 19.');
    expect(state.text).toBe('12 + 7 = 19.\n\nThe answer is 19.');
    await session.close();
  });

  it('control characters, emoji and right-to-left text are scored as text', async () => {
    for (const step of ['12 + 7 = 19.\u0000\u0007', 'Ava 🙂 has 12 + 7 = 19 pens. 🎉', 'مجموع 12 + 7 = 19 قلم']) {
      const result = await model.score(problem, [step, 'The answer is 19.']);
      expect(result.steps).toHaveLength(2);
      for (const t of result.tokens) expect(t.partialReward).toBeGreaterThanOrEqual(0);
    }
  });

  it('separators in odd places: extra blank lines and surrounding whitespace never make empty steps', async () => {
    const session = await model.open(problem, () => undefined);
    const state = await session.replace('\n\n\n12 + 7 = 19.\n\n\n\n\n  The answer is 19.  \n\n');
    const ended = await session.end();
    expect(ended.steps).toHaveLength(2);
    expect(state.text.startsWith('\n\n\n')).toBe(true);
    const oneShot = await model.score(problem, ['12 + 7 = 19.', 'The answer is 19.']);
    expect(
      maxAbsDiff(
        ended.steps.map((s) => s.score),
        oneShot.steps.map((s) => s.score),
      ),
    ).toBeLessThanOrEqual(1e-5);
    await session.close();
  });

  it("the model's special token in text is refused and the session keeps its text", async () => {
    const session = await model.open(problem, () => undefined);
    await session.append('12 + 7 = 19.');
    expect(await codeOf(session.append(' <extra_0> '))).toBe('invalid-argument');
    expect((await session.end()).text).toBe('12 + 7 = 19.');
    await session.close();
  });
});

/** One user action on a streaming session (an abort is followed by a new session given the text so far). */
type Action = { kind: 'append'; text: string } | { kind: 'replace'; text: string } | { kind: 'end' } | { kind: 'abort' };

const piece = fc.constantFrom('12', ' + ', '7', ' = ', '19', '.', '\n\n', 'The answer is ', ' pens', '3', '0', '\n', ' ');
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: piece.map((t) => ({ kind: 'append' as const, text: t })) },
  { weight: 2, arbitrary: text.map((t) => ({ kind: 'replace' as const, text: t })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'end' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'abort' as const }) },
);

describe('random edit sequences (fast-check)', () => {
  it('append / replace / abort / end in any order, then end, equal one fresh one-shot scoring of the final text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 14 }), async (actions) => {
        let controller = new AbortController();
        let session = await model.open(problem, () => undefined, { signal: controller.signal });
        let expectedText = '';
        for (const a of actions) {
          if (a.kind === 'abort') {
            const pending = session.append(' 1').catch((e: unknown) => e);
            controller.abort();
            await pending;
            expect(await codeOf(session.append('x'))).toBe('aborted');
            await session.close();
            controller = new AbortController();
            session = await model.open(problem, () => undefined, { signal: controller.signal });
            await session.replace(expectedText);
          } else if (a.kind === 'end') await session.end();
          else if (a.kind === 'append') {
            expectedText += a.text;
            await session.append(a.text);
          } else {
            expectedText = a.text;
            await session.replace(a.text);
          }
        }
        const state = await session.end();
        await session.close();
        expect(state.text).toBe(expectedText);
        const steps = splitSteps(expectedText, { stepSplit: '\n\n' }, true).closed;
        if (steps.length === 0) {
          expect(state.steps).toHaveLength(0);
          return;
        }
        const oneShot = await model.score(problem, steps);
        expect(state.tokens.map((t) => t.text)).toEqual(oneShot.tokens.map((t) => t.text));
        expect(
          maxAbsDiff(
            state.tokens.map((t) => t.partialReward),
            oneShot.tokens.map((t) => t.partialReward),
          ),
        ).toBeLessThanOrEqual(1e-4);
        expect(state.firstError).toEqual(oneShot.firstError);
      }),
      { numRuns: 40, seed: 20261126 },
    );
  });

  it('an aborted session rejects further calls with "aborted"; a new session scores the same text exactly', async () => {
    const controller = new AbortController();
    const session = await model.open(problem, () => undefined, { signal: controller.signal });
    const pending = session.append('12 + 7 = 19.\n\nThe answer is 19.');
    controller.abort();
    const outcome = await codeOf(pending);
    expect(['ok', 'aborted']).toContain(outcome);
    expect(await codeOf(session.append(' more'))).toBe('aborted');
    const fresh = await model.open(problem, () => undefined);
    const state = await fresh.replace('12 + 7 = 19.\n\nThe answer is 19.');
    const ended = await fresh.end();
    const oneShot = await model.score(problem, ['12 + 7 = 19.', 'The answer is 19.']);
    expect(state.text).toBe(ended.text);
    expect(
      maxAbsDiff(
        ended.steps.map((s) => s.score),
        oneShot.steps.map((s) => s.score),
      ),
    ).toBeLessThanOrEqual(1e-5);
    await fresh.close();
  });
});

describe('KV cache memory budget', () => {
  it('past the budget, idle sessions drop their caches and recompute them: scores stay exact', async () => {
    // 6 layers x 2 x 2 KV heads x 40 x 4 bytes = 3840 bytes per slot: about 150 slots, less than three sessions hold.
    const small = await loadPrm({ kind: 'dir', path: MODEL_DIR }, { variant: 'fp32', backend: 'wasm', cacheBudgetBytes: 150 * 3840 });
    const records = goldenRecords().slice(0, 3);
    const runs: number[][] = records.map(() => []);
    const sessions = await Promise.all(
      records.map((r, i) =>
        small.open(r.problem, (events) => {
          for (const e of events) if (e.type === 'run') runs[i]!.push(e.tokenCount);
        }),
      ),
    );
    const texts = records.map((r) => r.steps.join('\n\n'));
    const longest = Math.max(...texts.map((t) => t.length));
    for (let at = 0; at < longest; at += 10) {
      for (const [i, session] of sessions.entries()) if (at < texts[i]!.length) await session.append(texts[i]!.slice(at, at + 10));
    }
    for (const [i, session] of sessions.entries()) {
      const state = await session.end();
      const oneShot = await small.score(records[i]!.problem, records[i]!.steps);
      expect(
        maxAbsDiff(
          state.tokens.map((t) => t.partialReward),
          oneShot.tokens.map((t) => t.partialReward),
        ),
      ).toBeLessThanOrEqual(1e-4);
      expect(state.firstError).toEqual(oneShot.firstError);
      await session.close();
    }
    // A recomputed cache shows as a run over the prompt and every kept token, far more than one 10-character piece.
    const promptLengths = records.map((r) => r.prompt_length);
    expect(runs.some((counts, i) => counts.slice(1).some((n) => n > promptLengths[i]!))).toBe(true);
    await small.dispose();
  });
});
