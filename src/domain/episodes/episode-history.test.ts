import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  durationMinutes,
  formatDuration,
  groupByWeek,
  recentCounts,
  unfinishedEpisodes,
  weekStart,
} from './episode-history';
import { buildEpisode } from '../../../tests/support/domain/test-builders';

// Tests run in UTC terms: the local day is the instant's date.
const dayOf = (instant: string) => instant.slice(0, 10);
const at = (day: string, time = '08:00') => `${day}T${time}:00.000Z`;

describe('calendar helpers', () => {
  it('counts whole days and steps across months and years', () => {
    expect(daysBetween('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('finds the start of the week for Monday and Sunday weeks', () => {
    // 2026-11-25 is a Wednesday.
    expect(weekStart('2026-11-25', 1)).toBe('2026-11-23');
    expect(weekStart('2026-11-25', 0)).toBe('2026-11-22');
    expect(weekStart('2026-11-22', 1)).toBe('2026-11-16');
    expect(weekStart('2026-11-22', 0)).toBe('2026-11-22');
  });
});

describe('recentCounts', () => {
  it('says nothing logged yet with null', () => {
    expect(recentCounts([], '2026-11-25', dayOf)).toEqual({ daysSinceLast: null, inLast30Days: 0 });
  });

  it('counts days since the newest spasm and spasms in the last 30 days, ignoring deleted ones', () => {
    const episodes = [
      buildEpisode({ startedAt: at('2026-10-20'), endedAt: undefined }),
      buildEpisode({ startedAt: at('2026-10-27'), endedAt: undefined }),
      buildEpisode({ startedAt: at('2026-11-20'), endedAt: undefined }),
      buildEpisode({ startedAt: at('2026-11-20', '18:00'), endedAt: undefined }),
      buildEpisode({
        startedAt: at('2026-11-24'),
        endedAt: undefined,
        deletedAt: at('2026-11-24'),
      }),
    ];
    expect(recentCounts(episodes, '2026-11-25', dayOf)).toEqual({
      daysSinceLast: 5,
      inLast30Days: 3,
    });
  });

  it('does not depend on the order episodes arrive in', () => {
    const days = fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 30 });
    fc.assert(
      fc.property(days, fc.boolean(), (offsets, reverse) => {
        const episodes = offsets.map((o) =>
          buildEpisode({ startedAt: at(addDays('2026-11-25', -o)), endedAt: undefined }),
        );
        const shuffled = reverse
          ? [...episodes].reverse()
          : [...episodes].sort((a, b) => a.id.localeCompare(b.id));
        expect(recentCounts(shuffled, '2026-11-25', dayOf)).toEqual(
          recentCounts(episodes, '2026-11-25', dayOf),
        );
        const counts = recentCounts(episodes, '2026-11-25', dayOf);
        expect(counts.inLast30Days).toBe(offsets.filter((o) => o < 30).length);
        expect(counts.daysSinceLast).toBe(offsets.length ? Math.min(...offsets) : null);
      }),
    );
  });
});

describe('groupByWeek', () => {
  const wed = buildEpisode({
    startedAt: at('2026-11-25'),
    endedAt: undefined,
    movement: 'lifting',
  });
  const mon = buildEpisode({
    startedAt: at('2026-11-23'),
    endedAt: undefined,
    movement: 'twisting',
  });
  const sun = buildEpisode({
    startedAt: at('2026-11-22'),
    endedAt: undefined,
    movement: 'lifting',
    activityId: 'cat-gardening',
  });

  it('puts newest weeks and newest episodes first', () => {
    const weeks = groupByWeek([sun, wed, mon], {}, 1, dayOf);
    expect(weeks.map((w) => [w.weekOf, w.episodes.map((e) => e.id)])).toEqual([
      ['2026-11-23', [wed.id, mon.id]],
      ['2026-11-16', [sun.id]],
    ]);
  });

  it('filters by movement and by activity, and leaves out deleted episodes', () => {
    const deleted = { ...wed, id: 'deleted-one', deletedAt: at('2026-11-25') };
    expect(
      groupByWeek([sun, wed, mon, deleted], { movement: 'lifting' }, 0, dayOf).flatMap((w) =>
        w.episodes.map((e) => e.id),
      ),
    ).toEqual([wed.id, sun.id]);
    expect(
      groupByWeek([sun, wed, mon], { activityId: 'cat-gardening' }, 0, dayOf).flatMap((w) =>
        w.episodes.map((e) => e.id),
      ),
    ).toEqual([sun.id]);
  });
});

describe('durations and unfinished episodes', () => {
  it('lists only episodes still going, newest first', () => {
    const ended = buildEpisode({
      startedAt: at('2026-11-25', '07:00'),
      endedAt: at('2026-11-25', '09:00'),
    });
    const going = buildEpisode({ startedAt: at('2026-11-25', '10:00'), endedAt: undefined });
    const older = buildEpisode({ startedAt: at('2026-11-24', '10:00'), endedAt: undefined });
    expect(unfinishedEpisodes([older, ended, going]).map((e) => e.id)).toEqual([
      going.id,
      older.id,
    ]);
  });

  it('measures and words durations', () => {
    expect(
      durationMinutes({ startedAt: at('2026-11-25', '07:00'), endedAt: at('2026-11-25', '08:30') }),
    ).toBe(90);
    expect(durationMinutes({ startedAt: at('2026-11-25'), endedAt: undefined })).toBeNull();
    expect([45, 60, 125, 1440, 1560, 2880].map(formatDuration)).toEqual([
      '45 min',
      '1 h',
      '2 h 5 min',
      '1 day',
      '1 day 2 h',
      '2 days',
    ]);
  });
});
