import { describe, expect, it } from 'vitest';
import { dedent, LoadProgress, verdictOf } from './widget-status.ts';

const token = { tokenIndex: 0, text: 'x', stepIndex: 0, partialReward: 0.9, isSeparator: false };
const step = { stepIndex: 0, score: 0.8, start: 0, end: 2 };

describe('widget status', () => {
  it('takes slotted text without the host page indentation', () => {
    expect(dedent('\n    Step 1\n    Step 2\n  ')).toBe('Step 1\nStep 2');
  });

  it('words the verdict: nothing, pending, first error, no error with the aggregate, not judged', () => {
    const base = { tokens: [token], steps: [step], threshold: 0.5, firstError: null, ended: false, domainIssues: [] };
    expect(verdictOf({ ...base, tokens: [] }, 'min')).toEqual({ text: '', kind: 'pending' });
    expect(verdictOf(base, 'min')).toEqual({ text: 'No error so far…', kind: 'pending' });
    expect(verdictOf({ ...base, firstError: { stepIndex: 1, tokenIndex: 3 } }, 'min')).toEqual({ text: '▲ First error at step 2', kind: 'error' });
    expect(verdictOf({ ...base, ended: true }, 'min')).toEqual({ text: '✓ No error found (min 0.800)', kind: 'ok' });
    const outside = { ...base, domainIssues: [{ code: 'numbers-too-large' as const, message: 'Numbers past 1000.' }] };
    expect(verdictOf(outside, 'min')).toEqual({ text: 'Not judged: outside what this model judges', kind: 'out-of-domain' });
  });

  it('sums the bytes of every file into one percentage once all sizes are known', () => {
    const progress = new LoadProgress();
    const event = (file: string, loadedBytes: number, totalBytes: number | null) => ({
      type: 'progress' as const,
      file,
      loadedBytes,
      totalBytes,
      fromCache: false,
    });
    expect(progress.update(event('a', 10, 100))).toBe('Loading model… 10%');
    expect(progress.update(event('b', 0, null))).toBe('Loading model…');
    expect(progress.update(event('b', 100, 100))).toBe('Loading model… 55%');
    expect(progress.update(event('runtime', 0, null))).toBe('Starting the runtime…');
    progress.clear();
    expect(progress.update(event('c', 1, 4))).toBe('Loading model… 25%');
  });
});
