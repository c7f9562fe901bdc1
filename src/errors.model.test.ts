import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scorer } from './api.ts';
import { ContextOverflowError, InvalidArgumentError, ModelLoadError, SessionClosedError, SteplightError } from './errors.ts';
import { loadPrm } from './model.ts';
import { goldenRecords, MODEL_DIR } from './testing/fixtures.ts';

const record = goldenRecords()[0]!;

/** A copy of the model folder with one file changed. */
function brokenCopy(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'steplight-'));
  cpSync(MODEL_DIR, dir, { recursive: true, filter: (src) => !src.includes('/work') });
  writeFileSync(join(dir, file), content);
  return dir;
}

async function loadError(path: string, options = {}): Promise<SteplightError> {
  const error = await loadPrm({ kind: 'dir', path }, { backend: 'wasm', ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SteplightError);
  return error as SteplightError;
}

describe('loading errors are typed, with a code and a hint', () => {
  it('a missing folder is model-not-found', async () => {
    const error = await loadError('/nonexistent/model');
    expect(error).toBeInstanceOf(ModelLoadError);
    expect(error.code).toBe('model-not-found');
    expect(error.hint).toMatch(/prm\.json/);
  });

  it('a broken manifest is manifest-invalid and names the field', async () => {
    const error = await loadError(brokenCopy('prm.json', JSON.stringify({ format: 'steplight-prm@1', head: { kind: 'regression' } })));
    expect(error.code).toBe('manifest-invalid');
    expect(error.message).toMatch(/head\.kind/);
  });

  it('a head that reads another width than the graph outputs is model-invalid', async () => {
    const manifest = JSON.parse(readFileSync(join(MODEL_DIR, 'prm.json'), 'utf8')) as { head: object; resultCheck?: object };
    manifest.head = { kind: 'value', score: 'sigmoid' };
    delete manifest.resultCheck;
    const error = await loadError(brokenCopy('prm.json', JSON.stringify(manifest)));
    expect(error.code).toBe('model-invalid');
    expect(error.message).toMatch(/12 values per token.*read 1/);
  });

  it('a label-token head whose ids the tokenizer does not resolve is tokenizer-mismatch', async () => {
    const manifest = JSON.parse(readFileSync(join(MODEL_DIR, 'prm.json'), 'utf8')) as { head: object };
    manifest.head = { kind: 'label-tokens', tokens: { positive: '+', negative: '-' }, tokenIds: { positive: 1, negative: 2 }, score: 'softmax' };
    const error = await loadError(brokenCopy('prm.json', JSON.stringify(manifest)));
    expect(error.code).toBe('tokenizer-mismatch');
    expect(error.hint).toMatch(/Convert/);
  });

  it('a changed file is checksum-mismatch', async () => {
    const error = await loadError(brokenCopy('tokenizer_config.json', '{}'));
    expect(error.code).toBe('checksum-mismatch');
    expect(error.message).toMatch(/tokenizer_config\.json/);
  });

  it('a truncated graph is model-invalid (when not stopped earlier by its checksum)', async () => {
    const dir = brokenCopy('README.md', '');
    const graph = readFileSync(join(dir, 'onnx/model_q4.onnx'));
    writeFileSync(join(dir, 'onnx/model_q4.onnx'), graph.subarray(0, graph.length >> 1));
    expect((await loadError(dir, { variant: 'q4' })).code).toBe('checksum-mismatch');
    const error = await loadError(dir, { variant: 'q4', verify: false });
    expect(error.code).toBe('model-invalid');
    expect(error.hint).toMatch(/ONNX/);
  });

  it("a tokenizer without the model's step token is tokenizer-mismatch", async () => {
    const renamed = readFileSync(join(MODEL_DIR, 'tokenizer.json'), 'utf8').replaceAll('<extra_0>', '<extra_9>');
    const error = await loadError(brokenCopy('tokenizer.json', renamed), { verify: false });
    expect(error.code).toBe('tokenizer-mismatch');
    expect(error.message).toMatch(/<extra_0>/);
  });

  it('an unknown variant is invalid-argument listing the shipped ones', async () => {
    const error = await loadError(MODEL_DIR, { variant: 'bnb4' });
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.hint).toMatch(/fp32/);
  });
});

describe('hostile model folders and URLs', () => {
  const manifest = () => JSON.parse(readFileSync(join(MODEL_DIR, 'prm.json'), 'utf8')) as { graph: Record<string, number> };

  it.each([
    ['numLayers', 5, /5 cached layers|numLayers/],
    ['numKvHeads', 1, /numKvHeads 1/],
    ['headDim', 80, /headDim 80/],
  ])('a graph.%s that disagrees with the graph is model-invalid, named', async (key, value, message) => {
    const edited = manifest();
    edited.graph[key] = value;
    const error = await loadError(brokenCopy('prm.json', JSON.stringify(edited)), { variant: 'fp32' });
    expect(error.code).toBe('model-invalid');
    expect(error.message).toMatch(message);
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/'])('a model URL %s is invalid-argument', async (url) => {
    const error = await loadPrm({ kind: 'url', url }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('manifest fuzz through a real load', () => {
  it('any value in any prm.json field loads a working model or fails with a typed error other than internal, quickly', async () => {
    const shipped = JSON.parse(readFileSync(join(MODEL_DIR, 'prm.json'), 'utf8')) as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      if (path.length > 0 && path[0] !== 'files') paths.push(path);
      if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(shipped, []);
    const values: unknown[] = [0, -1, 1e9, 2.5, '', 'x', '{problem}', '<extra_0>', null, true, [], {}, [1, 2], { a: { b: 1 } }];
    const dir = brokenCopy('prm.json', '{}');
    for (let run = 0; run < 30; run++) {
      const path = paths[(run * 7919) % paths.length]!;
      const value = values[(run * 31) % values.length];
      const copy = structuredClone(shipped);
      let node = copy as Record<string, unknown>;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
      node[path.at(-1)!] = value;
      writeFileSync(join(dir, 'prm.json'), JSON.stringify(copy));
      const started = Date.now();
      const outcome = await loadPrm({ kind: 'dir', path: dir }, { backend: 'wasm', variant: 'fp32' }).then(
        async (model) => {
          await model.score(record.problem, record.steps);
          await model.dispose();
          return null;
        },
        (e: unknown) => e,
      );
      expect(Date.now() - started, `${path.join('.')} = ${JSON.stringify(value)}`).toBeLessThan(20_000);
      if (outcome !== null) {
        expect(outcome, `${path.join('.')} = ${JSON.stringify(value)}`).toBeInstanceOf(SteplightError);
        expect((outcome as SteplightError).code, `${path.join('.')} = ${JSON.stringify(value)}: ${(outcome as Error).message}`).not.toBe('internal');
      }
    }
  }, 300_000);
});

describe('scoring errors leave the model and the session usable', () => {
  let model: Scorer;
  beforeAll(async () => {
    model = await loadPrm({ kind: 'dir', path: MODEL_DIR }, { backend: 'wasm', variant: 'fp32' });
  });

  it('rejects an empty problem, empty steps and a bad threshold', async () => {
    await expect(model.score('  ', ['1 + 1 = 2'])).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(model.score(record.problem, [])).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(model.score(record.problem, record.steps, { threshold: 2 })).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('rejects text holding the step separator token', async () => {
    await expect(model.score(record.problem, ['1 + 1 = 2 <extra_0>'])).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('a too long solution is context-overflow; the session keeps its earlier text and goes on', async () => {
    const session = await model.open(record.problem, () => {});
    const before = await session.append(record.steps[0]!);
    const overflow = session.append('\n\n1 + 1 = 2'.repeat(200));
    expect(session.text).toBe(before.text + '\n\n1 + 1 = 2'.repeat(200));
    await expect(overflow).rejects.toBeInstanceOf(ContextOverflowError);
    expect(session.text).toBe(before.text);
    const after = await session.append('\n\n');
    expect(after.text).toBe(`${before.text}\n\n`);
    const ended = await session.end();
    expect(ended.steps.length).toBe(1);
    await session.close();
    await expect(session.append('x')).rejects.toBeInstanceOf(SessionClosedError);
  });

  it('an aborted session rejects further calls with code aborted', async () => {
    const abort = new AbortController();
    const session = await model.open(record.problem, () => {}, { signal: abort.signal });
    await session.append('1 + 1');
    abort.abort();
    await expect(session.append(' = 2')).rejects.toMatchObject({ code: 'aborted' });
  });
});
