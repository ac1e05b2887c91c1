import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db';
import { resetDatabase } from '../test-reset';
import { startOpeningForToday } from './today-queries';

// A file of its own: startOpeningForToday opens once per page (module state), as src/main.tsx
// calls it once. docs/architecture.md §3: a page put away holds nothing.
afterEach(() => {
  vi.restoreAllMocks();
});

describe("Today's first read when the page is hidden", () => {
  it('closes a connection that opens after the page was hidden, so nothing is held while it is away', async () => {
    await resetDatabase();
    db.close();
    try {
      const close = vi.spyOn(IDBDatabase.prototype, 'close');
      startOpeningForToday();
      window.dispatchEvent(new Event('pagehide'));
      expect(close).not.toHaveBeenCalled();
      await vi.waitFor(() => {
        expect(close).toHaveBeenCalledOnce();
      });
    } finally {
      await db.open();
    }
  });
});
