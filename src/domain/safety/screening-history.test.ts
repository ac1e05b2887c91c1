import { describe, expect, it } from 'vitest';
import { pendingDoctorVisit, screeningsNewestFirst } from './screening-history';
import { buildScreening } from '../../../tests/support/domain/test-builders';

const soon = (takenAt: string, seenDoctorOn?: string) =>
  buildScreening({
    outcome: 'see-doctor-soon',
    takenAt,
    ...(seenDoctorOn ? { seenDoctorOn } : {}),
  });

describe('screening history', () => {
  it('lists checks newest first without deleted ones', () => {
    const old = buildScreening({ takenAt: '2026-11-01T09:00:00.000Z' });
    const recent = buildScreening({ takenAt: '2026-11-20T09:00:00.000Z' });
    const deleted = buildScreening({ deletedAt: '2026-11-21T09:00:00.000Z' });
    expect(screeningsNewestFirst([old, deleted, recent])).toEqual([recent, old]);
  });

  it('keeps a see-a-doctor result pending until a visit is marked, even after a later check', () => {
    const pending = soon('2026-11-10T09:00:00.000Z');
    const later = buildScreening({ takenAt: '2026-11-20T09:00:00.000Z' });
    expect(pendingDoctorVisit([])).toBeNull();
    expect(pendingDoctorVisit([later])).toBeNull();
    expect(pendingDoctorVisit([pending, later])).toBe(pending);
    expect(pendingDoctorVisit([{ ...pending, seenDoctorOn: '2026-11-12' }, later])).toBeNull();
  });

  it('takes the newest see-a-doctor result; its visit covers earlier ones', () => {
    const first = soon('2026-11-01T09:00:00.000Z');
    const second = soon('2026-11-10T09:00:00.000Z');
    expect(pendingDoctorVisit([second, first])).toBe(second);
    expect(pendingDoctorVisit([first, soon('2026-11-10T09:00:00.000Z', '2026-11-11')])).toBeNull();
  });
});
