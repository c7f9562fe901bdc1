import { beforeAll, describe, expect, it } from 'vitest';
import type { Scorer } from './api.ts';
import { loadPrm } from './model.ts';
import { goldenRecords, maxAbsDiff, MODEL_DIR } from './testing/fixtures.ts';
import type { SessionEvent, SessionState } from './types.ts';

const records = goldenRecords();
let fp32: Scorer;

beforeAll(async () => {
  fp32 = await loadPrm({ kind: 'dir', path: MODEL_DIR }, { variant: 'fp32', backend: 'wasm' });
});

/** Deterministic pseudo-random chunk sizes. */
function chunks(text: string, seed: number, maxSize: number): string[] {
  let state = seed;
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const size = 1 + (state % maxSize);
    out.push(text.slice(i, i + size));
    i += size;
  }
  return out;
}

async function stream(problem: string, pieces: string[], events: SessionEvent[] = []): Promise<SessionState> {
  const session = await fp32.open(problem, (batch) => events.push(...batch));
  for (const piece of pieces) await session.append(piece);
  const state = await session.end();
  await session.close();
  return state;
}

describe('one-shot scoring (fp32, WASM) against the PyTorch golden fixtures', () => {
  it('matches every per-token probability and step score within 1e-4', async () => {
    for (const record of records) {
      const result = await fp32.score(record.problem, record.steps);
      const expected = record.probs.slice(record.prompt_length);
      expect(
        maxAbsDiff(
          result.tokens.map((t) => t.partialReward),
          expected,
        ),
        record.id,
      ).toBeLessThanOrEqual(1e-4);
      expect(
        maxAbsDiff(
          result.steps.map((s) => s.score),
          record.step_scores,
        ),
        record.id,
      ).toBeLessThanOrEqual(1e-4);
      expect(result.firstError?.stepIndex ?? -1, record.id).toBe(record.first_error_step);
    }
  });
});

describe('streaming sessions', () => {
  const sample = records.slice(0, 6);

  it('token by token and in random chunks equal one-shot within 1e-5', async () => {
    for (const [n, record] of sample.entries()) {
      const oneShot = await fp32.score(record.problem, record.steps);
      const text = record.steps.join('\n\n');
      const pieceSets = [[...text], chunks(text, n + 1, 7), chunks(text, n + 99, 23)];
      for (const pieces of pieceSets) {
        const state = await stream(record.problem, pieces);
        expect(state.tokens.map((t) => t.tokenIndex)).toEqual(oneShot.tokens.map((t) => t.tokenIndex));
        expect(
          maxAbsDiff(
            state.tokens.map((t) => t.partialReward),
            oneShot.tokens.map((t) => t.partialReward),
          ),
        ).toBeLessThanOrEqual(1e-5);
        expect(state.firstError).toEqual(oneShot.firstError);
        expect(state.aggregate).toBeCloseTo(oneShot.aggregate, 5);
      }
    }
  });

  it('streams tokens, steps, first error and aggregate as events; rollbacks keep the event log consistent', async () => {
    const record = sample.find((r) => r.label !== -1) ?? sample[0]!;
    const events: SessionEvent[] = [];
    const state = await stream(record.problem, [...record.steps.join('\n\n')], events);
    const live = new Map<number, number>();
    for (const event of events) {
      if (event.type === 'rollback') for (const k of [...live.keys()]) if (k >= event.tokenIndex) live.delete(k);
      if (event.type === 'token') live.set(event.tokenIndex, event.partialReward);
    }
    expect([...live.values()]).toEqual(state.tokens.map((t) => t.partialReward));
    expect(events.filter((e) => e.type === 'step').length).toBeGreaterThanOrEqual(record.steps.length);
    expect(events.some((e) => e.type === 'run')).toBe(true);
    const firstErrors = events.filter((e) => e.type === 'first-error');
    if (state.firstError) expect(firstErrors.at(-1)).toMatchObject(state.firstError);
  });

  it('replace() equals fresh scoring of the new text, after edits in the middle and at the end', async () => {
    const [a, b] = [sample[0]!, sample[1]!];
    const session = await fp32.open(a.problem, () => {});
    await session.append(a.steps.join('\n\n'));
    const edited = a.steps.map((s, i) => (i === 0 ? s.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10)) : s));
    for (const text of [edited.join('\n\n'), b.steps.join('\n\n'), b.steps.slice(0, 1).join('\n\n')]) {
      const state = await session.replace(text);
      const fresh = await stream(a.problem, [text]);
      expect(
        maxAbsDiff(
          state.tokens.map((t) => t.partialReward),
          fresh.tokens.slice(0, state.tokens.length).map((t) => t.partialReward),
        ),
      ).toBeLessThanOrEqual(1e-5);
    }
    const ended = await session.end();
    const reference = await fp32.score(a.problem, b.steps.slice(0, 1));
    expect(
      maxAbsDiff(
        ended.tokens.map((t) => t.partialReward),
        reference.tokens.map((t) => t.partialReward),
      ),
    ).toBeLessThanOrEqual(1e-5);
    await session.close();
  });

  it('coalesces appends made while a run is in flight into one run', async () => {
    const record = sample[2]!;
    const events: SessionEvent[] = [];
    const session = await fp32.open(record.problem, (batch) => events.push(...batch));
    const text = record.steps.join('\n\n');
    await Promise.all([...text].map((ch) => session.append(ch)));
    const runs = events.filter((e) => e.type === 'run');
    expect(runs.length).toBeLessThanOrEqual(2);
    await session.close();
  });
});

describe('batches', () => {
  it('scoreBatch equals scoring each solution alone, in order', async () => {
    const batch = records.slice(0, 4);
    const results = await fp32.scoreBatch(batch.map((r) => ({ problem: r.problem, steps: r.steps })));
    expect(results.length).toBe(4);
    for (const [i, r] of batch.entries()) {
      const alone = await fp32.score(r.problem, r.steps);
      expect(results[i]!.steps.map((s) => s.score)).toEqual(alone.steps.map((s) => s.score));
    }
  });
});

describe('variants', () => {
  it('q4 and int8 load and stay close to fp32 on the fixtures', async () => {
    for (const variant of ['q4', 'int8'] as const) {
      const model = await loadPrm({ kind: 'dir', path: MODEL_DIR }, { variant, backend: 'wasm' });
      expect(model.info).toMatchObject({ variant, backend: 'wasm' });
      const record = records[0]!;
      const result = await model.score(record.problem, record.steps);
      expect(
        maxAbsDiff(
          result.tokens.map((t) => t.partialReward),
          record.probs.slice(record.prompt_length),
        ),
      ).toBeLessThan(0.2);
      await model.dispose();
    }
  });
});
