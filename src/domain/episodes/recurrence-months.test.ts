import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEpisode } from '../../../tests/support/domain/test-builders';
import { addDays } from './episode-history';
import { spasmsByMonth } from './recurrence-months';

const today = '2026-11-25';
const dayOf = (instant: string) => instant.slice(0, 10);
const on = (day: string, id = `e-${day}`) =>
  buildEpisode({ id, startedAt: `${day}T08:00:00.000Z` });

describe('spasmsByMonth', () => {
  it('counts every month from the first spasm to this month, a month without spasms as 0', () => {
    const months = spasmsByMonth(
      [on('2026-08-30', 'a'), on('2026-08-31', 'b'), on('2026-10-01', 'c'), on('2026-11-25', 'd')],
      today,
      dayOf,
    );
    expect(months).toEqual([
      { month: '2026-08', count: 2 },
      { month: '2026-09', count: 0 },
      { month: '2026-10', count: 1 },
      { month: '2026-11', count: 1 },
    ]);
  });

  it('runs on to this month after a spell without spasms, across years', () => {
    const months = spasmsByMonth([on('2024-12-31')], today, dayOf);
    expect(months).toHaveLength(24);
    expect(months[0]).toEqual({ month: '2024-12', count: 1 });
    expect(months[1]).toEqual({ month: '2025-01', count: 0 });
    expect(months.at(-1)).toEqual({ month: '2026-11', count: 0 });
  });

  it('gives 120 months for ten years of diary', () => {
    expect(spasmsByMonth([on('2016-12-01'), on(today)], today, dayOf)).toHaveLength(120);
  });

  it('counts by the local day the spasm began, through dayOf', () => {
    // 23:30 UTC on 31 October is already 1 November an hour east of UTC.
    const late = buildEpisode({ startedAt: '2026-10-31T23:30:00.000Z' });
    const east = (instant: string) =>
      new Date(Date.parse(instant) + 3_600_000).toISOString().slice(0, 10);
    expect(spasmsByMonth([late], today, east)).toEqual([{ month: '2026-11', count: 1 }]);
    expect(spasmsByMonth([late], today, dayOf)[0]).toEqual({ month: '2026-10', count: 1 });
  });

  it('leaves out deleted spasms and those dated after today; nothing logged gives no months', () => {
    const deleted = { ...on('2025-01-05', 'gone'), deletedAt: `${today}T09:00:00.000Z` };
    expect(spasmsByMonth([deleted, on('2026-11-26', 'future')], today, dayOf)).toEqual([]);
    expect(spasmsByMonth([], today, dayOf)).toEqual([]);
    expect(spasmsByMonth([deleted, on('2026-10-10')], today, dayOf)).toEqual([
      { month: '2026-10', count: 1 },
      { month: '2026-11', count: 0 },
    ]);
  });

  it('has every month in range once, in order, and counts add up to the spasms (property)', () => {
    // Days up to 12 years back, some a little after today, some deleted.
    const spasm = fc.record({
      ago: fc.integer({ min: -40, max: 4400 }),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(spasm, { maxLength: 60 }), (planned) => {
        const episodes = planned.map(({ ago, deleted }, i) => ({
          ...on(addDays(today, -ago), `p${String(i)}`),
          ...(deleted ? { deletedAt: `${today}T09:00:00.000Z` } : {}),
        }));
        const counted = planned.filter((p) => !p.deleted && p.ago >= 0);
        const months = spasmsByMonth(episodes, today, dayOf);
        expect(months.reduce((sum, m) => sum + m.count, 0)).toBe(counted.length);
        if (counted.length === 0) {
          expect(months).toEqual([]);
          return;
        }
        const oldest = addDays(today, -Math.max(...counted.map((p) => p.ago)));
        expect(months[0]?.month).toBe(oldest.slice(0, 7));
        expect(months.at(-1)?.month).toBe(today.slice(0, 7));
        // Consecutive calendar months, each once: the next month of one is the one after it.
        months.slice(1).forEach((m, i) => {
          const previous = months[i]?.month ?? '';
          const [y, mo] = previous.split('-').map(Number) as [number, number];
          const next =
            mo === 12 ? `${String(y + 1)}-01` : `${String(y)}-${String(mo + 1).padStart(2, '0')}`;
          expect(m.month).toBe(next);
        });
        // Order of the diary does not matter.
        expect(spasmsByMonth([...episodes].reverse(), today, dayOf)).toEqual(months);
      }),
      { numRuns: 200 },
    );
  });
});
