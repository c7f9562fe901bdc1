/**
 * Models on the Hugging Face hub, found the way transformers.js finds them: `{host}/{id}/resolve/{revision}/{file}`
 * (the hub answers with a redirect to its file store). `host` is configurable for mirrors.
 */
import { InvalidArgumentError } from './errors.ts';
import type { ModelSource } from './types.ts';

/** The hub's public address. */
export const DEFAULT_HUB_URL = 'https://huggingface.co';

const REPO_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;

/** The folder URL of a hub model's files; the id and revision are checked, so they cannot leave the model's path. */
export function hubFolderUrl(source: Extract<ModelSource, { kind: 'hub' }>, defaultHost = DEFAULT_HUB_URL): string {
  const { id, revision = 'main' } = source;
  if (typeof id !== 'string' || !REPO_ID.test(id) || id.includes('..')) {
    throw new InvalidArgumentError(`"${String(id)}" is not a hub model id.`, 'Give the id as owner/name, e.g. Qwen/Qwen2.5-Math-PRM-7B.');
  }
  if (typeof revision !== 'string' || !REVISION.test(revision) || revision.includes('..')) {
    throw new InvalidArgumentError(`"${String(revision)}" is not a revision.`, 'Give a branch, tag or commit hash, e.g. main.');
  }
  const host = (source.host ?? defaultHost).replace(/\/+$/, '');
  return `${host}/${id}/resolve/${revision.split('/').map(encodeURIComponent).join('/')}/`;
}

/**
 * Reads what a person typed into a model picker: `builtin`, a URL or path of a model folder, or a hub id
 * (`owner/name`, optionally `@revision`; `hf:owner/name` when a folder path could be meant). Returns null for blank text.
 */
export function parseModelRef(text: string): ModelSource | null {
  const ref = text.trim();
  if (ref === '') return null;
  if (ref === 'builtin') return { kind: 'builtin' };
  const hub = /^(?:hf:)?([^@\s:]+\/[^@\s/:]+)(?:@(\S+))?$/.exec(ref);
  const looksLikePath = /^(\.|\/)/.test(ref) || ref.endsWith('/');
  if (hub?.[1] && (ref.startsWith('hf:') || !looksLikePath)) {
    return { kind: 'hub', id: hub[1], ...(hub[2] ? { revision: hub[2] } : {}) };
  }
  return { kind: 'url', url: ref };
}
