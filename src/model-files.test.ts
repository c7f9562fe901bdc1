import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError, InvalidArgumentError, ModelLoadError, toSteplightError } from './errors.ts';
import { modelFolderUrl, readerFor } from './model-files.ts';

/** A loopback server whose prm.json starts and then never sends another byte. */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    response.write('{"format":');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/model/`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('model files', () => {
  it('a download that stalls fails with model-fetch-failed after stallTimeoutMs, naming the file', async () => {
    const started = Date.now();
    const error = await readerFor(
      { kind: 'url', url: base },
      false,
      300,
    )('prm.json', () => {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ModelLoadError);
    expect((error as ModelLoadError).code).toBe('model-fetch-failed');
    expect((error as Error).message).toMatch(/prm\.json stalled/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a cancelled download stops at once with an aborted error', async () => {
    const cancel = new AbortController();
    setTimeout(() => cancel.abort(), 100);
    const error = await readerFor(
      { kind: 'url', url: base },
      false,
      10_000,
      cancel.signal,
    )('prm.json', () => {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(toSteplightError(error)).toBeInstanceOf(AbortedError);
  });

  it('model folders are read only from http(s) and blob: URLs', () => {
    expect(modelFolderUrl('models/x/', 'https://example.org/app/').href).toBe('https://example.org/app/models/x/');
    for (const url of ['javascript:alert(1)', 'data:text/plain,hi', 'file:///etc/', 'not a url']) {
      expect(() => modelFolderUrl(url, undefined)).toThrow(InvalidArgumentError);
    }
  });

  it('a model whose files lie at separate URLs (renamed by a bundler) reads each from its own URL, data: included', async () => {
    const manifest = '{"format":1}';
    const read = readerFor({ kind: 'urls', files: { 'prm.json': `data:application/json,${encodeURIComponent(manifest)}` } }, false);
    expect(new TextDecoder().decode(await read('prm.json', () => {}))).toBe(manifest);
    const missing = await read('config.json', () => {}).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ModelLoadError);
    expect((missing as ModelLoadError).code).toBe('model-not-found');
    expect(() => readerFor({ kind: 'urls', files: { 'prm.json': 'javascript:alert(1)' } }, false)).toThrow(InvalidArgumentError);
    expect(() => readerFor({ kind: 'urls', files: { 'prm.json': 42 as unknown as string } }, false)).toThrow(InvalidArgumentError);
  });
});
