// The seed's promise (issue 9): ten years through the app's own repositories, with the counts the
// issue asks for, ending on the given day, and a backup file the app's own restore accepts.
// Runs on fake-indexeddb (tests/setup/vitest-setup.ts); no timings here.
import { beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../src/data/test-reset';
import { parseBackup } from '../../src/domain/backup/backup-format';
import { replayReviews } from '../../src/domain/review/review-history';
import { seedBackup } from './seed-backup';
import { utcDay } from './synthetic-diary';
import type { SeedCounts } from './seed-repositories';
import { syntheticYears } from './synthetic-years';

const lastDay = '2026-11-25';
const clock = { now: `${lastDay}T20:00:00.000Z`, today: lastDay };

describe('syntheticYears', () => {
  const years = syntheticYears({ lastDay });

  it('holds ten years: a check-in a day, 1,000 spasms, about 1,500 sessions', () => {
    expect(years.checkins).toHaveLength(3650);
    expect(new Set(years.checkins.map((c) => c.day)).size).toBe(3650);
    expect(years.checkins.at(-1)?.day).toBe(lastDay);
    expect(years.episodes).toHaveLength(1000);
    expect(years.sessions.length).toBeGreaterThan(1400);
    expect(years.sessions.length).toBeLessThan(1600);
    expect(years.reviews.length).toBeGreaterThan(510);
  });

  it('replays to the plan and history the week-by-week generator reached', () => {
    // What `npm run bench` times (domain-cases.ts) is the real replay of these ten years.
    const replayed = replayReviews({
      plan: years.plan,
      firstWeekOf: years.plan.createdAt.slice(0, 10),
      weeks: years.reviews.length,
      sessions: years.sessions,
      sets: years.sets,
      checkins: years.checkins,
      episodes: years.episodes,
      dayOf: utcDay,
    });
    expect(replayed.changes).toEqual(years.reviews.map((r) => r.change));
    expect(replayed.plan).toEqual(years.reviews.at(-1)?.plan);
  });

  it('is the same every time for the same seed and day', () => {
    expect(syntheticYears({ lastDay })).toEqual(years);
  });

  it('leaves no weekly review due: the last one covers the last week that is over', () => {
    const lastWeekOf = years.reviews.at(-1)?.change.weekOf ?? '';
    const days = (Date.parse(lastDay) - Date.parse(lastWeekOf)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(7);
    expect(days).toBeLessThan(14);
  });
});

describe('seedBackup', () => {
  let counts: SeedCounts;
  let text: string;
  beforeAll(async () => {
    await resetDatabase();
    const seeded = await seedBackup(clock, '0.1.0');
    counts = seeded.counts;
    text = JSON.stringify(seeded.backup);
  }, 120_000);

  it('writes every generated record through the repositories', () => {
    const years = syntheticYears({ lastDay });
    expect(counts).toMatchObject({
      checkins: 3650,
      episodes: 1000,
      sessions: years.sessions.length,
      exerciseSets: years.sets.length,
      planChanges: years.reviews.length,
      plans: 1,
      settings: 1,
    });
    for (const table of ['medications', 'beliefs', 'experiments', 'outcomes', 'screenings']) {
      expect(counts[table as keyof SeedCounts]).toBeGreaterThan(0);
    }
  });

  it('exports a backup the app restores, with every record it wrote', () => {
    const parsed = parseBackup(text, text.length, clock.now);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const inFile = Object.fromEntries(
      Object.entries(parsed.value.tables).map(([name, rows]) => [name, rows.length]),
    );
    expect(inFile).toEqual(counts);
  });
});
