import { addDays, weekStart } from '../episodes';
import type { Plan } from '../plan';

/** Where a planned (or extra) session day stands: done, missed, today, or still to come. */
export const trainingDayStatuses = ['done', 'missed', 'today', 'upcoming'] as const;
export type TrainingDayStatus = (typeof trainingDayStatuses)[number];
export type TrainingDay = { day: string; status: TrainingDayStatus; planned: boolean };

// Spread evenly when a stored plan has no weekdays: Monday, Wednesday, Friday, Saturday.
const spread = [1, 3, 5, 6];

/** The plan's training weekdays (0 Sunday to 6 Saturday), or an even spread of daysPerWeek. */
export function trainingWeekdays(plan: Pick<Plan, 'daysPerWeek' | 'trainingDays'>): number[] {
  return plan.trainingDays ?? spread.slice(0, plan.daysPerWeek);
}

const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** True when `day` ('YYYY-MM-DD') is one of the plan's training weekdays. */
export function isTrainingDay(plan: Pick<Plan, 'daysPerWeek' | 'trainingDays'>, day: string) {
  return trainingWeekdays(plan).includes(weekdayOf(day));
}

/**
 * The week from `weekOf`: each planned day and each extra day trained, with its status, today's
 * first and the rest in date order (the Plan tab shows what to do now before anything else).
 * A day counts as done when it has at least one set, as in the weekly review. Planned days
 * before `planStart` (the day the plan was set up) are left out untrained: a plan set up on a
 * Saturday never shows that week's Monday to Friday as missed (issue 20).
 */
export function weekSchedule(
  plan: Pick<Plan, 'daysPerWeek' | 'trainingDays'>,
  weekOf: string,
  today: string,
  trainedDays: readonly string[],
  planStart = '',
): TrainingDay[] {
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekOf, i));
  const trained = new Set(trainedDays);
  const status = (day: string): TrainingDayStatus => {
    if (trained.has(day)) return 'done';
    if (day === today) return 'today';
    return day < today ? 'missed' : 'upcoming';
  };
  const entries = days
    .filter((day) => trained.has(day) || (isTrainingDay(plan, day) && day >= planStart))
    .map((day) => ({ day, status: status(day), planned: isTrainingDay(plan, day) }));
  return [...entries.filter((e) => e.day === today), ...entries.filter((e) => e.day !== today)];
}

/** The next training day after `today`, within a week (undefined only for a plan with no days). */
export function nextTrainingDay(plan: Pick<Plan, 'daysPerWeek' | 'trainingDays'>, today: string) {
  return Array.from({ length: 7 }, (_, i) => addDays(today, i + 1)).find((day) =>
    isTrainingDay(plan, day),
  );
}

/**
 * The first week a weekly review covers: the week the plan started, when it started on the
 * week's first day, else the next full week. Design choice: days before the first full week are
 * a try-out, so a plan set up on a Saturday is never held for "1 of 3 sessions done".
 */
export function firstReviewWeek(startDay: string, weekStartsOn: 0 | 1): string {
  const start = weekStart(startDay, weekStartsOn);
  return start === startDay ? start : addDays(start, 7);
}

/** The week the next review covers: the one after the last reviewed, or the first week. */
export function nextReviewWeek(
  startDay: string,
  weekStartsOn: 0 | 1,
  lastReviewedWeekOf: string | undefined,
): string {
  return lastReviewedWeekOf === undefined
    ? firstReviewWeek(startDay, weekStartsOn)
    : addDays(lastReviewedWeekOf, 7);
}

/**
 * This week's consistency for the Today card: sessions done (capped at the plan's number) of
 * those planned. In flare mode missed sessions never count against the person (docs/domain.md §5).
 */
export function weekConsistency(
  plan: Pick<Plan, 'daysPerWeek' | 'flareMode'>,
  doneDays: number,
): { done: number; planned: number; sentence: string } {
  const done = Math.min(doneDays, plan.daysPerWeek);
  const planned = plan.daysPerWeek;
  const sentence = plan.flareMode
    ? `Flare mode: ${String(done)} light session${done === 1 ? '' : 's'} this week. Missed sessions don't count against you while your back settles.`
    : `${String(done)} of ${String(planned)} sessions done this week.`;
  return { done, planned, sentence };
}
