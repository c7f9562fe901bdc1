import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from './errors.ts';
import { hubFolderUrl, parseModelRef } from './hub.ts';

describe('hub ids', () => {
  it('a picker reads builtin, folder URLs and paths, and hub ids with an optional revision', () => {
    expect(parseModelRef('  ')).toBeNull();
    expect(parseModelRef('builtin')).toEqual({ kind: 'builtin' });
    expect(parseModelRef('Qwen/Qwen2.5-Math-PRM-7B')).toEqual({ kind: 'hub', id: 'Qwen/Qwen2.5-Math-PRM-7B' });
    expect(parseModelRef('Skywork/Skywork-o1-PRM@v1.1')).toEqual({ kind: 'hub', id: 'Skywork/Skywork-o1-PRM', revision: 'v1.1' });
    expect(parseModelRef('hf:models/tiny')).toEqual({ kind: 'hub', id: 'models/tiny' });
    expect(parseModelRef('https://host/my-prm/')).toEqual({ kind: 'url', url: 'https://host/my-prm/' });
    expect(parseModelRef('models/tiny-arith-prm/')).toEqual({ kind: 'url', url: 'models/tiny-arith-prm/' });
    expect(parseModelRef('./my-prm')).toEqual({ kind: 'url', url: './my-prm' });
  });

  it('resolves files the way transformers.js does, on any host, and refuses ids or revisions that leave the model', () => {
    expect(hubFolderUrl({ kind: 'hub', id: 'Qwen/Qwen2.5-Math-PRM-7B' })).toBe('https://huggingface.co/Qwen/Qwen2.5-Math-PRM-7B/resolve/main/');
    expect(hubFolderUrl({ kind: 'hub', id: 'a/b', revision: 'refs/pr/3', host: 'https://mirror.example/' })).toBe(
      'https://mirror.example/a/b/resolve/refs/pr/3/',
    );
    for (const id of ['../x', 'a/../b', 'a', 'a/b/c', 'a/b?x=1', '']) {
      expect(() => hubFolderUrl({ kind: 'hub', id }), id).toThrow(InvalidArgumentError);
    }
    expect(() => hubFolderUrl({ kind: 'hub', id: 'a/b', revision: '../main' })).toThrow(InvalidArgumentError);
  });
});
