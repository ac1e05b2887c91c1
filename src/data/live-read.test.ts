import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildCheckin } from '../../tests/support/domain/test-builders';
import { db } from './db';
import { useLiveRead } from './live-read';
import { resetDatabase } from './test-reset';

beforeEach(resetDatabase);

const painOn = (day: string) => async () => (await db.checkins.get({ day }))?.backPain ?? null;

describe('a live read of one key', () => {
  it('is loading, never the last key’s value, while a new key is read', async () => {
    await db.checkins.bulkPut([
      buildCheckin({ id: 'a', day: '2026-11-23', backPain: 7 }),
      buildCheckin({ id: 'b', day: '2026-11-24', backPain: 1 }),
    ]);
    const { result, rerender } = renderHook((day: string) => useLiveRead(painOn(day), [day]), {
      initialProps: '2026-11-23',
    });
    await waitFor(() => {
      expect(result.current).toBe(7);
    });
    rerender('2026-11-24');
    expect(result.current).toBeUndefined();
    await waitFor(() => {
      expect(result.current).toBe(1);
    });
  });

  it('keeps showing its value while the same key is read again after a write', async () => {
    await db.checkins.put(buildCheckin({ id: 'a', day: '2026-11-23', backPain: 7 }));
    const seen: (number | null | undefined)[] = [];
    const { result } = renderHook(() => {
      const value = useLiveRead(painOn('2026-11-23'), ['2026-11-23']);
      seen.push(value);
      return value;
    });
    await waitFor(() => {
      expect(result.current).toBe(7);
    });
    await db.checkins.update('a', { backPain: 3 });
    await waitFor(() => {
      expect(result.current).toBe(3);
    });
    // Loading only before the first value: a write never blanks the screen.
    expect(seen.slice(seen.indexOf(7))).not.toContain(undefined);
  });
});
