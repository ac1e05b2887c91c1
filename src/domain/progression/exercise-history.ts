import { shiftDay } from '../common';
import { weekStart } from '../episodes';
import type { Effort, ExerciseSet } from '../plan';

// One exercise's history, for its page and for "last time" beside a set in a session.

/** The sets of one exercise done on one day, in the order done. */
export type ExerciseDay = { day: string; sets: readonly ExerciseSet[] };

/** What one day of an exercise amounted to, in the words of its page. */
export type ExerciseDaySummary = {
  day: string;
  sets: number;
  /** Reps per set, in order ("10, 10, 8"). */
  reps: readonly number[];
  /** The heaviest load of the day in kg, when the exercise is loaded. */
  topLoadKg: number | undefined;
  /** The longest hold of the day in seconds, for holds. */
  longestHoldSeconds: number | undefined;
  highestPain: number;
  /** The hardest effort rated that day. */
  hardestEffort: Effort;
};

const effortOrder: Record<Effort, number> = { easy: 0, moderate: 1, hard: 2 };

const maxOf = (values: readonly number[]) =>
  values.length === 0 ? undefined : Math.max(...values);

export function summarizeExerciseDay({ day, sets }: ExerciseDay): ExerciseDaySummary {
  const loads = sets.flatMap((s) => (s.loadKg === undefined ? [] : [s.loadKg]));
  const holds = sets.flatMap((s) => (s.holdSeconds === undefined ? [] : [s.holdSeconds]));
  const hardest = sets.reduce<Effort>(
    (top, s) => (effortOrder[s.effort] > effortOrder[top] ? s.effort : top),
    'easy',
  );
  return {
    day,
    sets: sets.length,
    reps: sets.map((s) => s.reps),
    topLoadKg: maxOf(loads),
    longestHoldSeconds: maxOf(holds),
    highestPain: maxOf(sets.map((s) => s.painDuring)) ?? 0,
    hardestEffort: hardest,
  };
}

/**
 * The work of one set, comparable week to week for one exercise (docs/domain.md §5): reps x load
 * for a loaded exercise, reps x seconds for a hold, reps alone for bodyweight.
 */
export function setVolume(set: Pick<ExerciseSet, 'reps' | 'loadKg' | 'holdSeconds'>): number {
  if (set.loadKg !== undefined && set.loadKg > 0) return set.reps * set.loadKg;
  if (set.holdSeconds !== undefined) return set.reps * set.holdSeconds;
  return set.reps;
}

export type WeeklyVolume = { weekOf: string; volume: number; sessions: number };

/**
 * Weekly volume of one exercise, oldest week first, one entry per week from the first week with a
 * set to the week of `today`, weeks without a set included as 0 (a gap shows as a gap).
 */
export function weeklyVolumes(
  days: readonly ExerciseDay[],
  today: string,
  weekStartsOn: 0 | 1,
): WeeklyVolume[] {
  if (days.length === 0) return [];
  const byWeek = new Map<string, WeeklyVolume>();
  for (const { day, sets } of days) {
    const weekOf = weekStart(day, weekStartsOn);
    const entry = byWeek.get(weekOf) ?? { weekOf, volume: 0, sessions: 0 };
    entry.volume += sets.reduce((sum, s) => sum + setVolume(s), 0);
    entry.sessions += 1;
    byWeek.set(weekOf, entry);
  }
  const first = [...byWeek.keys()].sort()[0] ?? today;
  const last = weekStart(today, weekStartsOn);
  const weeks: WeeklyVolume[] = [];
  for (let week = first; week <= last; week = shiftDay(week, 7)) {
    weeks.push(byWeek.get(week) ?? { weekOf: week, volume: 0, sessions: 0 });
  }
  return weeks;
}

/** The most recent day before `today` on which the exercise was done, if any. */
export function lastTimeBefore(
  days: readonly ExerciseDay[],
  today: string,
): ExerciseDay | undefined {
  return days
    .filter((d) => d.day < today && d.sets.length > 0)
    .reduce<ExerciseDay | undefined>(
      (latest, d) => (latest && latest.day > d.day ? latest : d),
      undefined,
    );
}
