/**
 * The page-side client against the worker host, in one Node process: a MessageChannel stands in for the worker, so
 * the protocol (Comlink, structured cloning, the session deltas) is the one pages use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expose } from 'comlink';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scorer, ScoringSession } from '../src/api.ts';
import { startClient, type SteplightClient } from '../src/client.ts';
import { InvalidArgumentError, WorkerCrashedError } from '../src/errors.ts';
import { SessionDeltaWriter } from '../src/session-delta.ts';
import { StreamingSession } from '../src/session.ts';
import { goldenRecords, MODEL_DIR } from '../src/testing/fixtures.ts';
import type { SessionDelta } from '../src/protocol.ts';
import type { SessionState } from '../src/types.ts';
import type { WorkerFactory } from '../src/worker-connection.ts';
import { createWorkerHost } from './host.ts';

const records = goldenRecords();
const record = records[0]!;
/** A solution as an LLM streams it: word by word. */
const wordsOf = (steps: string[]) => steps.join('\n\n').match(/\S+\s*/g)!;
const pieces = wordsOf(record.steps);

/** The model folder's files (fp32 graph only), as a page passes picked files. */
function modelFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = { 'onnx/model.onnx': readFileSync(join(MODEL_DIR, 'onnx/model.onnx')) };
  for (const name of readdirSync(MODEL_DIR).filter((n) => n.endsWith('.json'))) files[name] = readFileSync(join(MODEL_DIR, name));
  return files;
}

/** Starts a worker host in this process, behind a MessageChannel, each time the client starts a worker. */
const inProcessWorker: WorkerFactory = () => {
  const { port1, port2 } = new MessageChannel();
  expose(createWorkerHost(), port2);
  const terminate = () => {
    port1.close();
    port2.close();
  };
  return Object.assign(port1, { terminate }) as unknown as Worker;
};

let files: Record<string, Uint8Array>;
let client: SteplightClient;
let model: Scorer;
/** What the sessions in the host resolved with, and the deltas the host sent, call by call. */
let workerStates: SessionState[];
let deltas: SessionDelta[];

beforeAll(() => {
  files = modelFiles();
});

async function start(): Promise<void> {
  workerStates = [];
  deltas = [];
  for (const method of ['append', 'replace', 'end'] as const) {
    const original = StreamingSession.prototype[method] as (this: StreamingSession, ...args: string[]) => Promise<SessionState>;
    vi.spyOn(StreamingSession.prototype, method).mockImplementation(async function (this: StreamingSession, ...args: string[]) {
      const state = await original.apply(this, args);
      workerStates.push(state);
      return state;
    });
  }
  const next = SessionDeltaWriter.prototype.next;
  vi.spyOn(SessionDeltaWriter.prototype, 'next').mockImplementation(function (this: SessionDeltaWriter, state: SessionState) {
    const delta = next.call(this, state);
    deltas.push(delta);
    return delta;
  });
  client = startClient({ createWorker: inProcessWorker });
  model = await client.load({ kind: 'files', files }, { backend: 'wasm', variant: 'fp32' });
}

afterEach(() => {
  client.terminate();
  vi.restoreAllMocks();
});

describe('a session through the worker protocol', () => {
  it('rebuilds every state the worker reported from deltas that carry only what changed', async () => {
    await start();
    const longest = records.reduce((a, b) => (b.input_ids.length > a.input_ids.length ? b : a));
    const words = wordsOf(longest.steps);
    const session = await model.open(longest.problem, () => undefined);
    const states: SessionState[] = [];
    for (const word of words) states.push(await session.append(word));
    states.push(await session.replace(`${words.slice(0, 5).join('')}7 `));
    states.push(await session.end());
    expect(states).toEqual(workerStates);
    expect(session.text).toBe(states.at(-1)!.text);
    const tokens = Math.max(...states.map((s) => s.tokens.length));
    const sent = deltas.reduce((sum, d) => sum + d.tokens.tail.length, 0);
    // O(n) tokens cross for n tokens streamed (a few again at re-tokenized word boundaries and the edit), not O(n^2).
    expect(sent).toBeLessThan(2 * tokens);
    await session.close();
  });

  it("hands a change's events to the listener before the change resolves", async () => {
    await start();
    const seen: string[] = [];
    const session = await model.open(record.problem, (batch) => seen.push(...batch.map((e) => e.type)));
    // each piece changes what the model reads (it reads a step's equation as it is written: `stepView`)
    for (const piece of ['12 +', ' 7', ' =', ' 1', '9', '.\n\n']) {
      const before = seen.length;
      await session.append(piece);
      expect(seen.length, `events of "${piece}" arrived with its reply`).toBeGreaterThan(before);
    }
    expect(seen).toContain('token');
    await session.close();
  });

  it('holds the text: changes not yet scored count, an earlier failure does not undo a later change, the latest does', async () => {
    await start();
    const session = await model.open(record.problem, () => undefined);
    await session.append(pieces[0]!);
    const appends = pieces.slice(1, 6).map((piece) => session.append(piece));
    const refused = session.append(' <extra_0>');
    expect(session.text).toBe(`${pieces.slice(0, 6).join('')} <extra_0>`);
    const replaced = session.replace('12 + 7 = 19');
    await Promise.allSettled([...appends, refused]);
    expect((await replaced).text).toBe('12 + 7 = 19');
    expect(session.text).toBe('12 + 7 = 19');
    await expect(session.append(' <extra_0>')).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(session.text).toBe('12 + 7 = 19');
    await session.close();
  });

  it('survives a worker crash: the text held, pending changes included, is replayed into the new worker', async () => {
    await start();
    const events: string[] = [];
    const session: ScoringSession = await model.open(record.problem, (batch) => events.push(...batch.map((e) => e.type)));
    await session.append(pieces.slice(0, 4).join(''));
    const pending = session.append(pieces[4]!);
    client.terminate();
    await expect(pending).rejects.toBeInstanceOf(WorkerCrashedError);
    expect(session.text).toBe(pieces.slice(0, 5).join(''));
    const state = await session.append(pieces.slice(5).join(''));
    expect(state.text).toBe(pieces.join(''));
    expect(events).toContain('rollback');
    const ended = await session.end();
    const fresh = await model.open(record.problem, () => undefined);
    await fresh.replace(pieces.join(''));
    const reference = await fresh.end();
    expect(ended.tokens.map((t) => t.text)).toEqual(reference.tokens.map((t) => t.text));
    expect(ended.steps.length).toBe(reference.steps.length);
    await session.close();
    await fresh.close();
  });
});
