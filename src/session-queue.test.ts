import { describe, expect, it } from 'vitest';
import { CoalescingRunner } from './session-queue.ts';

describe('CoalescingRunner', () => {
  it('folds the requests made before a call starts into that call, and those made during it into the next', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const runner = new CoalescingRunner(async () => {
      calls++;
      const call = calls;
      if (call === 1) await new Promise<void>((resolve) => (release = resolve));
      return call;
    });
    const first = [runner.request(), runner.request()];
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = [runner.request(), runner.request(), runner.request()];
    release();
    expect(await Promise.all([...first, ...second])).toEqual([1, 1, 2, 2, 2]);
    expect(calls).toBe(2);
  });

  it('goes on after a call fails, and settles once every call has', async () => {
    let calls = 0;
    const runner = new CoalescingRunner(async () => {
      calls++;
      if (calls === 1) throw new Error('first call fails');
      return calls;
    });
    const failed = runner.request();
    await expect(failed).rejects.toThrow('first call fails');
    const next = runner.request();
    await runner.settled();
    expect(await next).toBe(2);
  });
});
