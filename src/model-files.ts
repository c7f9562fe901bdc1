/**
 * Reads the files of a model folder from a URL (with Cache Storage and byte progress), from files the
 * user picked, or from a local directory (Node), and checks them against the manifest's sha256.
 */
import { InvalidArgumentError, loadCancelled, ModelLoadError } from './errors.ts';
import { hubFolderUrl } from './hub.ts';
import type { ModelSource, ProgressEvent } from './types.ts';

/** Reads one file of a model folder, by its path relative to the folder root. */
export type FileReader = (path: string, onProgress: (event: ProgressEvent) => void) => Promise<Uint8Array>;

const CACHE_NAME = 'steplight-models-v1';

/** Resolves after `ms`, with `null`: a read that loses this race has stalled. */
function stall(ms: number): { promise: Promise<null>; clear: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

async function readBody(response: Response, file: string, onProgress: (event: ProgressEvent) => void, fromCache: boolean, stallMs = DEFAULT_STALL_MS) {
  const header = response.headers.get('content-length');
  const totalBytes = header === null ? null : Number(header);
  if (response.body === null) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loadedBytes = 0;
  onProgress({ type: 'progress', file, loadedBytes, totalBytes, fromCache });
  for (;;) {
    const timeout = stall(stallMs);
    const next = await Promise.race([reader.read(), timeout.promise]);
    timeout.clear();
    if (next === null) {
      await reader.cancel().catch(() => undefined);
      throw new ModelLoadError(
        'model-fetch-failed',
        `Downloading ${file} stalled: no data arrived for ${Math.round(stallMs / 1000)} s (${loadedBytes} bytes received).`,
        'Check the network and retry; LoadOptions.stallTimeoutMs sets how long to wait.',
      );
    }
    const { done, value } = next;
    if (done) break;
    chunks.push(value);
    loadedBytes += value.byteLength;
    onProgress({ type: 'progress', file, loadedBytes, totalBytes, fromCache });
  }
  const bytes = new Uint8Array(loadedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** How long a download may go without a byte before it fails (`LoadOptions.stallTimeoutMs`). */
export const DEFAULT_STALL_MS = 30_000;
const MODEL_URL_SCHEMES = ['http:', 'https:', 'blob:'];

/**
 * `url` resolved against `base`, when it is a place a model folder can be read from (http, https, or a blob: of
 * picked files); anything else (`javascript:`, `data:`, `file:`, not a URL at all) is an `invalid-argument` error.
 */
export function modelFolderUrl(url: string, base: string | undefined): URL {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    throw new InvalidArgumentError(`"${url}" is not a valid URL.`, 'Give an http(s) URL of a model folder, or a path relative to this page.');
  }
  if (!MODEL_URL_SCHEMES.includes(resolved.protocol)) {
    throw new InvalidArgumentError(
      `A model folder cannot be read from a "${resolved.protocol}" URL.`,
      'Give an http(s) URL of a model folder, or pick the folder\'s files (kind "files").',
    );
  }
  return resolved;
}

/** The files of a model folder served at `base` (a folder URL). */
function folderReader(base: string, useCache: boolean, stallMs: number, signal: AbortSignal | undefined): FileReader {
  const relative = base.endsWith('/') ? base : `${base}/`;
  // A page-relative URL resolves against this thread's location (a page, or the worker script's own URL).
  const folder = modelFolderUrl(relative, typeof location === 'undefined' ? undefined : location.href).href;
  return fetchReader((path) => new URL(path, folder).href, useCache, stallMs, signal);
}

/** A model whose files lie at separate URLs (a bundler copied and renamed them): path -> URL. */
function fileUrlsReader(urls: Record<string, string>, useCache: boolean, stallMs: number, signal: AbortSignal | undefined): FileReader {
  const base = typeof location === 'undefined' ? undefined : location.href;
  const located = new Map(Object.entries(urls).map(([path, url]) => [path, fileUrl(url, base)]));
  return fetchReader(
    (path) => {
      const url = located.get(path);
      if (url === undefined) {
        throw new ModelLoadError('model-not-found', `The model's file list has no ${path}.`, `List every file prm.json names, ${path} included.`);
      }
      return url;
    },
    useCache,
    stallMs,
    signal,
  );
}

/** One file's URL: http(s), blob:, or data: (bundlers inline small files as data: URLs). */
function fileUrl(url: unknown, base: string | undefined): string {
  if (typeof url !== 'string') {
    throw new InvalidArgumentError('A model file URL is not a string.', 'Give { kind: "urls", files: { "prm.json": "https://…", … } }.');
  }
  if (url.startsWith('data:')) return url;
  return modelFolderUrl(url, base).href;
}

function fetchReader(locate: (path: string) => string, useCache: boolean, stallMs: number, signal: AbortSignal | undefined): FileReader {
  return async (path, onProgress) => {
    const url = locate(path);
    const cache = useCache && !url.startsWith('data:') && typeof caches !== 'undefined' ? await caches.open(CACHE_NAME).catch(() => null) : null;
    const cached = await cache?.match(url);
    if (cached) return readBody(cached, path, onProgress, true, stallMs);
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw loadCancelled();
      throw new ModelLoadError('model-fetch-failed', `Could not download ${url}.`, 'Check the network and that the server allows this origin (CORS).', {
        cause: error,
      });
    }
    if (response.status === 401 || response.status === 403) {
      throw new ModelLoadError(
        'model-access-denied',
        `${url} refused access (HTTP ${response.status}): the model is gated or private.`,
        'Steplight downloads without credentials: use a public model, or download this one and load it from your own host or as picked files.',
      );
    }
    if (response.status === 404) {
      throw new ModelLoadError('model-not-found', `${url} does not exist (HTTP 404).`, `Check the model folder URL; it must contain ${path}.`);
    }
    if (!path.endsWith('.html') && (response.headers.get('content-type') ?? '').includes('text/html')) {
      throw new ModelLoadError(
        'model-not-found',
        `${url} answered with a web page, not the model file.`,
        `Check the model folder URL; it must contain ${path}.`,
      );
    }
    if (!response.ok) {
      throw new ModelLoadError('model-fetch-failed', `Downloading ${url} failed with HTTP ${response.status}.`, 'Retry later or check the server.');
    }
    const bytes = await readBody(response, path, onProgress, false, stallMs);
    await cache?.put(url, new Response(bytes, { headers: { 'content-length': String(bytes.byteLength) } })).catch(() => undefined);
    return bytes;
  };
}

/** Strips a common top folder (a picked directory's own name) from the keys when `prm.json` is not at the root. */
function normalizeKeys(files: Record<string, Blob | ArrayBuffer | Uint8Array>) {
  if ('prm.json' in files) return files;
  const manifestKey = Object.keys(files).find((key) => key.endsWith('/prm.json'));
  if (manifestKey === undefined) return files;
  const prefix = manifestKey.slice(0, -'prm.json'.length);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

function filesReader(picked: Record<string, Blob | ArrayBuffer | Uint8Array>): FileReader {
  const files = normalizeKeys(picked);
  return async (path, onProgress) => {
    const entry = files[path];
    if (entry === undefined) {
      throw new ModelLoadError('model-not-found', `The chosen folder has no ${path}.`, 'Pick the model folder itself (the one holding prm.json).');
    }
    const bytes = entry instanceof Uint8Array ? entry : new Uint8Array(entry instanceof Blob ? await entry.arrayBuffer() : entry);
    onProgress({ type: 'progress', file: path, loadedBytes: bytes.byteLength, totalBytes: bytes.byteLength, fromCache: false });
    return bytes;
  };
}

function dirReader(dir: string): FileReader {
  return async (path, onProgress) => {
    const fsModule = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ /* webpackIgnore: true */ fsModule)) as typeof import('node:fs/promises');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(`${dir.replace(/\/$/, '')}/${path}`));
    } catch (error) {
      throw new ModelLoadError('model-not-found', `${dir}/${path} cannot be read.`, 'Pass the model folder (the one holding prm.json).', { cause: error });
    }
    onProgress({ type: 'progress', file: path, loadedBytes: bytes.byteLength, totalBytes: bytes.byteLength, fromCache: false });
    return bytes;
  };
}

/** The reader for a model source. The built-in source must be resolved to a URL or directory first. */
export function readerFor(source: ModelSource, useCache: boolean, stallMs = DEFAULT_STALL_MS, signal?: AbortSignal): FileReader {
  switch (source.kind) {
    case 'url':
      return folderReader(source.url, useCache, stallMs, signal);
    case 'urls':
      return fileUrlsReader(source.files, useCache, stallMs, signal);
    case 'hub':
      return folderReader(hubFolderUrl(source), useCache, stallMs, signal);
    case 'files':
      return filesReader(source.files);
    case 'dir':
      return dirReader(source.path);
    case 'builtin':
      throw new InvalidArgumentError('The built-in model has no location here.', 'Pass { kind: "url" } or { kind: "dir" } pointing at models/tiny-arith-prm.');
  }
}

/** Lowercase hex sha256 of `bytes`. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Throws `checksum-mismatch` when `bytes` do not hash to the manifest's digest for `path`. */
export async function verifyFile(path: string, bytes: Uint8Array, expected: string | undefined): Promise<void> {
  if (expected === undefined) {
    throw new ModelLoadError(
      'manifest-invalid',
      `prm.json lists no sha256 for ${path}.`,
      'Regenerate prm.json with the conversion recipe: its "files" lists every file the model reads.',
    );
  }
  const actual = await sha256Hex(bytes);
  if (actual !== expected) {
    throw new ModelLoadError(
      'checksum-mismatch',
      `${path} does not match prm.json (sha256 ${actual.slice(0, 12)}…, expected ${expected.slice(0, 12)}…).`,
      'The file is corrupt or from another build: download the folder again or regenerate prm.json.',
    );
  }
}
