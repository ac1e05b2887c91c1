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
import { MIN_DAYS, MIN_LINKED_SPASMS } from './trigger-verdict';
import { analyseTriggers, type TriggerFinding } from './triggers';

/** Weeks shown in "spasms per week": one year. */
export const WEEKS_SHOWN = 52;

/**
 * How far the diary is from saying anything: at least 3 spasms, and check-ins on enough days for
 * an activity to have 10 days with it and 10 without (docs/domain.md §2, the minimum-data gate).
 */
export type Readiness = {
  spasms: number;
  checkinDays: number;
  moreSpasms: number;
  moreCheckins: number;
};

/**
 * The onset question ("what were you doing when it started?"): spasms without an answer can count
 * for or against no activity (docs/domain.md §2). `matters` once at least 3 spasms are logged and
 * at least half of them have no answer.
 */
export type OnsetAnswers = { unknown: number; of: number; matters: boolean };

export function onsetAnswers(episodes: readonly Episode[]): OnsetAnswers {
  const live = episodes.filter((e) => e.deletedAt === undefined);
  const unknown = live.filter((e) => e.activityId === undefined).length;
  return {
    unknown,
    of: live.length,
    matters: live.length >= MIN_LINKED_SPASMS && unknown * 2 >= live.length,
  };
}

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
  onset: OnsetAnswers;
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
      moreCheckins: Math.max(0, 2 * MIN_DAYS - checkinDays),
    },
    onset: onsetAnswers(episodes),
    triggers: analyseTriggers(episodes, checkins, dayOf),
    recurrence: recurrence(episodes, today, dayOf),
    timing: spasmTiming(episodes, hourOf, weekdayOf),
    weeks: weeklySpasms(episodes, today, WEEKS_SHOWN, weekStartsOn, dayOf),
  };
}
