/**
 * A local server with the Hugging Face hub's URL layout, for tests (no request leaves the machine):
 * `/{owner}/{name}/resolve/{revision}/{file}` answers small files itself and redirects weights (`.onnx*`) to
 * `/cdn/...`, as the hub does for LFS files; file responses carry an ETag and honour `Range` and `If-None-Match`.
 * A repository listed in `gated` answers 401, an unknown one 404, as the hub does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

/** Repositories (`owner/name`) the server holds: their folder on disk. */
export interface HubRepos {
  repos: Record<string, string>;
  gated?: string[];
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Content-Length, Content-Range, Accept-Ranges',
};

function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const bytes = readFileSync(file);
  const etag = `"${createHash('sha256').update(bytes).digest('hex')}"`;
  const headers = { ...CORS, ETag: etag, 'Accept-Ranges': 'bytes', 'Content-Type': 'application/octet-stream' };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (range) {
    const start = Number(range[1]);
    const end = range[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
    const part = bytes.subarray(start, end + 1);
    res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${bytes.length}`, 'Content-Length': String(part.length) }).end(part);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': String(bytes.length) }).end(bytes);
}

function answer(hub: HubRepos, req: IncomingMessage, res: ServerResponse): void {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  const cdn = /^\/cdn\/([^/]+\/[^/]+)\/[^/]+\/(.+)$/.exec(path);
  const resolve = /^\/([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(path);
  const [, id = '', file = ''] = cdn ?? (resolve ? [resolve[0], resolve[1], resolve[3]] : []);
  if (hub.gated?.includes(id)) {
    res.writeHead(401, { ...CORS, 'X-Error-Code': 'GatedRepo', 'Content-Type': 'application/json' }).end('{"error":"Access to this model is restricted."}');
    return;
  }
  const dir = hub.repos[id];
  const onDisk = dir === undefined ? '' : join(dir, normalize(file));
  if (dir === undefined || !onDisk.startsWith(dir) || !existsSync(onDisk) || statSync(onDisk).isDirectory()) {
    res
      .writeHead(404, { ...CORS, 'X-Error-Code': dir === undefined ? 'RepoNotFound' : 'EntryNotFound', 'Content-Type': 'application/json' })
      .end('{"error":"not found"}');
    return;
  }
  if (resolve && /\.onnx(_data)?$/.test(file)) {
    res.writeHead(302, { ...CORS, Location: `/cdn/${id}/${resolve[2]}/${file}` }).end();
    return;
  }
  sendFile(req, res, onDisk);
}

/** Starts the server on a free loopback port; resolves with its base URL (no trailing slash) and `close`. */
export async function startHubServer(hub: HubRepos): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    answer(hub, req, res);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
