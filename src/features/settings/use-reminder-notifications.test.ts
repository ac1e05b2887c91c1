import { describe, expect, it } from 'vitest';
import { msUntil } from './use-reminder-notifications';

describe('msUntil', () => {
  const now = new Date(2026, 10, 25, 8, 0, 0);

  it('counts down to a time later today', () => {
    expect(msUntil('08:30', now)).toBe(30 * 60 * 1000);
    expect(msUntil('08:00', now)).toBe(0);
  });

  it('is null once the time has passed (no catch-up reminder)', () => {
    expect(msUntil('07:59', now)).toBeNull();
  });
});
