import { describe, expect, it } from 'vitest';
import { settlePreloads, trackPreload } from './screen-preload';

describe('code fetched ahead of need, when an update is taken', () => {
  it('settles only once every fetch on its way has arrived or failed', async () => {
    let arrive!: () => void;
    let fail!: (error: Error) => void;
    void trackPreload(new Promise<void>((resolve) => (arrive = resolve)));
    trackPreload(new Promise<void>((_, reject) => (fail = reject))).catch(() => undefined);
    let settled = false;
    const settling = settlePreloads().then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    arrive();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    fail(new Error('chunk gone'));
    await settling;
    expect(settled).toBe(true);
    // Nothing on its way: at once.
    await expect(settlePreloads()).resolves.toBeUndefined();
  });
});
