import type { Checkin } from '../episodes';
import type { Episode } from '../episodes';
import type { DayOf } from '../episodes';
import { recurrence, type Recurrence } from '../episodes';
import {
  spasmTiming,
  weeklySpasms,
  type HourOf,
  type SpasmTiming,
  type SpasmWeek,
  type WeekdayOf,
} from '../episodes';
import { MIN_EXPOSURE_DAYS, MIN_LINKED_SPASMS } from './trigger-verdict';
import { analyseTriggers, type TriggerFinding } from './triggers';

/** Weeks shown in "spasms per week": one year. */
export const WEEKS_SHOWN = 52;

/**
 * How far the diary is from saying anything: at least 3 spasms, and check-ins on enough days for
 * an activity to have 5 days with it and 5 without (docs/domain.md §2, design choice).
 */
export type Readiness = {
  spasms: number;
  checkinDays: number;
  moreSpasms: number;
  moreCheckins: number;
};

export type PatternsInput = {
  episodes: readonly Episode[];
  checkins: readonly Checkin[];
  today: string;
  weekStartsOn: 0 | 1;
  dayOf: DayOf;
  hourOf: HourOf;
  weekdayOf: WeekdayOf;
};

export type Patterns = {
  readiness: Readiness;
  triggers: TriggerFinding[];
  recurrence: Recurrence;
  timing: SpasmTiming;
  weeks: SpasmWeek[];
};

/**
 * The whole Patterns analysis in one pass over the diary (the benchmark's unit of work).
 * Soft-deleted records never count; the result never depends on record order.
 */
export function analysePatterns(input: PatternsInput): Patterns {
  const { episodes, checkins, today, weekStartsOn, dayOf, hourOf, weekdayOf } = input;
  const spasms = episodes.filter((e) => e.deletedAt === undefined).length;
  const checkinDays = new Set(checkins.filter((c) => c.deletedAt === undefined).map((c) => c.day))
    .size;
  return {
    readiness: {
      spasms,
      checkinDays,
      moreSpasms: Math.max(0, MIN_LINKED_SPASMS - spasms),
      moreCheckins: Math.max(0, 2 * MIN_EXPOSURE_DAYS - checkinDays),
    },
    triggers: analyseTriggers(episodes, checkins, dayOf),
    recurrence: recurrence(episodes, today, dayOf),
    timing: spasmTiming(episodes, hourOf, weekdayOf),
    weeks: weeklySpasms(episodes, today, WEEKS_SHOWN, weekStartsOn, dayOf),
  };
}
