import { activityName, type Activity } from '../episodes';
import type { Checkin } from '../episodes';
import { easerLabels, movementLabels, regionLabels, sideLabels, type Episode } from '../episodes';
import { durationMinutes } from '../episodes';
import type { ExerciseSet, Session } from '../plan';
import { findLevel } from '../exercises';
import { localTimeWithOffset, toCsv, type OffsetAt } from '../common';

const live = <T extends { deletedAt?: string | undefined }>(rows: readonly T[]) =>
  rows.filter((row) => row.deletedAt === undefined);

/**
 * Spasms, oldest first; times in local time with their offset (ISO 8601, "2026-11-25T09:30:00+01:00",
 * issue 20: UTC read as the wrong hour), loads in kg. Deleted ones are left out.
 */
export function episodesCsv(
  episodes: readonly Episode[],
  custom: readonly Activity[],
  offsetAt: OffsetAt,
): string {
  const rows = live(episodes).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const local = (instant: string | undefined) =>
    instant === undefined ? undefined : localTimeWithOffset(instant, offsetAt);
  return toCsv(rows, [
    ['started_at', (e) => local(e.startedAt)],
    ['ended_at', (e) => local(e.endedAt)],
    ['duration_minutes', (e) => durationMinutes(e) ?? undefined],
    ['severity_0_10', (e) => e.severity],
    ['region', (e) => regionLabels[e.region]],
    ['side', (e) => (e.side ? sideLabels[e.side] : undefined)],
    ['activity', (e) => (e.activityId ? activityName(e.activityId, custom) : undefined)],
    ['movement', (e) => movementLabels[e.movement]],
    ['load_kg', (e) => e.loadKg],
    ['eased_by', (e) => e.easedBy.map((x) => easerLabels[x]).join('; ')],
    ['could_move', (e) => (e.couldMove === undefined ? undefined : e.couldMove ? 'yes' : 'no')],
    ['notes', (e) => e.notes],
  ]);
}

/** Daily check-ins, oldest first. */
export function checkinsCsv(checkins: readonly Checkin[], custom: readonly Activity[]): string {
  const rows = live(checkins).sort((a, b) => a.day.localeCompare(b.day));
  return toCsv(rows, [
    ['day', (c) => c.day],
    ['back_pain_0_10', (c) => c.backPain],
    ['activities', (c) => c.activityIds.map((id) => activityName(id, custom)).join('; ')],
    ['morning_after_session', (c) => c.morningAfterSession],
    ['notes', (c) => c.notes],
  ]);
}

/** One row per exercise set, with its session's day, oldest first. */
export function sessionsCsv(sessions: readonly Session[], sets: readonly ExerciseSet[]): string {
  const dayOf = new Map(live(sessions).map((s) => [s.id, s.day]));
  const rows = live(sets)
    .filter((set) => dayOf.has(set.sessionId))
    .sort(
      (a, b) =>
        (dayOf.get(a.sessionId) ?? '').localeCompare(dayOf.get(b.sessionId) ?? '') ||
        a.exerciseId.localeCompare(b.exerciseId) ||
        a.setNumber - b.setNumber,
    );
  return toCsv(rows, [
    ['day', (s) => dayOf.get(s.sessionId)],
    ['exercise', (s) => s.exerciseId],
    // The rung as the library numbers it now (sets store only the exercise id).
    ['level', (s) => findLevel(s.exerciseId)?.level],
    ['set', (s) => s.setNumber],
    ['reps', (s) => s.reps],
    ['load_kg', (s) => s.loadKg],
    ['hold_seconds', (s) => s.holdSeconds],
    ['effort', (s) => s.effort],
    ['pain_during_0_10', (s) => s.painDuring],
  ]);
}
