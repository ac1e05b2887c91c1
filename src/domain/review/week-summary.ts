import type { Checkin } from '../episodes';
import type { Episode } from '../episodes';
import { shiftDay } from '../common';
import type { DayOf } from '../episodes';
import type { Plan } from '../plan';
import { addSorted, exerciseWeek, PAIN_LIMIT } from './exercise-week';
import type { DaySets, ExerciseWeek } from './exercise-week';
import type { ExerciseSet, Session } from '../plan';
import { assertPain, assertSet } from './input-door';

export { PAIN_LIMIT };
export type { ExerciseWeek };

/** The records a weekly review reads; any may hold other weeks too, they are filtered by day. */
export type WeekRecords = {
  plan: Plan;
  /** First day of the week, 'YYYY-MM-DD'; the week is this day and the six after it. */
  weekOf: string;
  sessions: readonly Session[];
  sets: readonly ExerciseSet[];
  /**
   * Check-ins from the week's first day (its morning answer is about the last session of the week
   * before) to the morning after the week (about the week's last session).
   */
  checkins: readonly Checkin[];
  episodes: readonly Episode[];
  /** Maps an episode's start instant to the person's local day. */
  dayOf: DayOf;
  /**
   * When the review before this one ran (its createdAt). A "worse" morning for an earlier week,
   * entered or changed after that, was never read by a review: this one reads it (docs/domain.md §5b rule 10).
   */
  lateSince?: string | undefined;
};

export type WorseMorning = {
  day: string;
  sessionDay: string;
  /** Exercises of the session the day before, in this week; empty for every exercise. */
  exerciseIds: string[];
  /** The week's first morning, answering about the last session of the week before. */
  aboutWeekBefore: boolean;
  /** Entered after its own week's review (about an earlier week): read by this review. */
  late?: boolean;
};

/** Everything a weekly review decides from, independent of the order records came in. */
export type WeekSummary = {
  weekOf: string;
  /** The day after the week (weekOf + 7): the first day its review can run. */
  dayAfter: string;
  planned: number;
  /** Days with at least one set of any exercise done (a set of 0 reps is no session). */
  sessionDays: string[];
  /** Days of the week itself with a check-in (docs/domain.md §5b rule 3: fewer than 3 and no session is empty). */
  checkinDays: string[];
  exercises: Record<string, ExerciseWeek>;
  spasmDays: string[];
  /** Sets of any exercise with pain during above 5/10: day, score, exercise. */
  painSets: { day: string; pain: number; exerciseId: string }[];
  worseMornings: WorseMorning[];
  /** The first day with a flare signal, or undefined for a calm week. */
  flareStart: string | undefined;
};

/**
 * The facts of one week for the weekly review. Deleted records never count; sets count only
 * through a live session of the week; a "worse" next-morning answer counts for the week of the
 * session the day before and, when it falls on a week's first day, for that week too. That
 * morning is one of the next week's mornings, and its answer may come after the review of the
 * session's week has run (the review is due that morning): read by both reviews, it can never be
 * lost. Invariant: the result depends on the records, not on their order.
 *
 * Also the week's sets of live sessions grouped by day (days in order, sets in
 * record order), which the baseline week reads. Kept out of the summary, which must not depend
 * on record order.
 */
export function summarizeWeekWithSets(records: WeekRecords): {
  summary: WeekSummary;
  days: DaySets[];
} {
  assertWeekRecords(records);
  const { plan, weekOf } = records;
  // Plain loops over small arrays and one date sum: the replay of ten years runs this 520 times.
  // Days compare as text, so "in the week" is weekOf <= day < dayAfter, and the mornings read are
  // weekOf <= day <= dayAfter: the week's own mornings, and the one after its last day.
  const dayAfter = shiftDay(weekOf, 7);
  const inWeek = (day: string) => day >= weekOf && day < dayAfter;
  const sessions = records.sessions.filter((s) => s.deletedAt === undefined && inWeek(s.day));
  // The week's sets grouped by the day of their session, days in order (at most seven groups):
  // every exercise and the worse-morning check read the groups instead of all the sets again.
  const days: DaySets[] = [];
  for (const set of records.sets) {
    const session = set.deletedAt === undefined && sessions.find((s) => s.id === set.sessionId);
    if (session) setsOfDay(days, session.day).push(set);
  }
  // A session of 0-rep sets is not a session (docs/domain.md §5b rule 10); its pain still counts below.
  const sessionDays = days.filter((d) => d.sets.some((s) => s.reps > 0)).map((d) => d.day);
  const painSets: WeekSummary['painSets'] = [];
  for (const { day, sets } of days) {
    for (const set of sets) {
      if (set.painDuring > PAIN_LIMIT)
        painSets.push({ day, pain: set.painDuring, exerciseId: set.exerciseId });
    }
  }
  painSets.sort(
    (a, b) =>
      a.day.localeCompare(b.day) || a.exerciseId.localeCompare(b.exerciseId) || a.pain - b.pain,
  );
  const exercises: Record<string, ExerciseWeek> = {};
  for (const exercise of plan.exercises) {
    exercises[exercise.exerciseId] = exerciseWeek(exercise, days);
  }
  const spasmDays: string[] = [];
  for (const e of records.episodes) {
    const day = e.deletedAt === undefined ? records.dayOf(e.startedAt) : '';
    if (inWeek(day)) addSorted(spasmDays, day);
  }
  const mornings: string[] = [];
  const late: string[] = [];
  const checkinDays: string[] = [];
  for (const c of records.checkins) {
    if (c.deletedAt === undefined && inWeek(c.day)) addSorted(checkinDays, c.day);
    const live = c.deletedAt === undefined && c.morningAfterSession === 'worse';
    if (live && c.day >= weekOf && c.day <= dayAfter) addSorted(mornings, c.day);
    const lateSince = records.lateSince;
    if (live && c.day < weekOf && lateSince !== undefined && c.updatedAt > lateSince) {
      addSorted(late, c.day);
    }
  }
  const worseMornings = mornings.map((day) => {
    const before = shiftDay(day, -1);
    const exerciseIds: string[] = [];
    for (const set of days.find((d) => d.day === before)?.sets ?? []) {
      addSorted(exerciseIds, set.exerciseId);
    }
    return { day, sessionDay: before, exerciseIds, aboutWeekBefore: day === weekOf };
  });
  // A late morning is about a session of a week already reviewed: it acts on the whole plan
  // (no exercise list), and like the week's first morning it is about the week before.
  const lateMornings: WorseMorning[] = late.map((day) => ({
    day,
    sessionDay: shiftDay(day, -1),
    exerciseIds: [],
    aboutWeekBefore: true,
    late: true,
  }));
  worseMornings.unshift(...lateMornings);
  const signalDays = [
    ...spasmDays,
    ...painSets.map((p) => p.day),
    ...worseMornings.map((w) => w.sessionDay),
  ].sort();
  const summary: WeekSummary = {
    weekOf,
    dayAfter,
    planned: plan.daysPerWeek,
    sessionDays,
    checkinDays,
    exercises,
    spasmDays,
    painSets,
    worseMornings,
    flareStart: signalDays[0],
  };
  return { summary, days };
}

/** The sets list of `day` in `days` (kept sorted by day), added empty if the day is new. */
function setsOfDay(days: DaySets[], day: string): ExerciseSet[] {
  const found = days.find((d) => d.day === day);
  if (found) return found.sets;
  const group: DaySets = { day, sets: [] };
  let at = days.length;
  while (at > 0 && (days[at - 1]?.day ?? '') > day) at -= 1;
  days.splice(at, 0, group);
  return group.sets;
}

/** The domain's own door (docs/domain.md §5b): impossible sets or check-ins are refused with a clear error. */
function assertWeekRecords(records: WeekRecords): void {
  for (const set of records.sets) assertSet(set);
  for (const c of records.checkins) assertPain(c.backPain, `Check-in ${c.id}: back pain`);
  for (const e of records.episodes) assertPain(e.severity, `Spasm ${e.id}: severity`);
}
