import type { Checkin } from '../../domain/episodes';
import { checkinSchema } from '../../domain/episodes';
import { addDays } from '../../domain/episodes';
import { episodeSchema } from '../../domain/episodes';
import type { Plan } from '../../domain/plan';
import { planChangeSchema, type PlanChange } from '../../domain/plan';
import { catchUpSummary, replayReviews, reviewsDue } from '../../domain/review';
import { exerciseSetSchema, sessionSchema } from '../../domain/plan';
import type { Settings } from '../../domain/settings';
import { nextReviewWeek } from '../../domain/progression';
import type { Clock, Validation } from '../../domain/common';
import type { WeekReview } from '../../domain/review';
import { dayOfInstant, systemClock } from '../clock';
import { db } from '../db';
import { dexieReads } from '../dexie-reads';
import { savePlanWithChanges } from './plan-actions';
import { storedRows } from '../stored-rows';
import { readCurrentPlan, readLastReview } from './plan-reads';
import { readSettings } from '../settings/settings-reads';

/** The last weekly review in the history (flare toggles are not reviews). */
export function lastReview(changes: readonly PlanChange[]): PlanChange | undefined {
  return changes.find((change) => change.kind === 'weekly-review');
}

/** The weeks over and not yet reviewed after `last` (the latest weekly review), oldest first. */
export function weeksDue(
  plan: Plan,
  last: PlanChange | undefined,
  weekStartsOn: 0 | 1,
  today: string,
): string[] {
  const next = nextReviewWeek(dayOfInstant(plan.createdAt), weekStartsOn, last?.weekOf);
  return reviewsDue(next, today);
}

const live = <T extends { deletedAt?: string | undefined }>(records: T[]) =>
  records.filter((r) => r.deletedAt === undefined);

/** How far back a late "worse" morning is still read (docs/domain.md §5b rule 10). */
const LATE_MORNING_DAYS = 56;

/** Everything the reviews from `from` read: sessions, sets, next-morning answers and spasms. */
async function recordsFrom(from: string) {
  const sessions = live(
    storedRows(sessionSchema, await db.sessions.where('day').aboveOrEqual(from).toArray()).records,
  );
  const setRows = await db.exerciseSets
    .where('sessionId')
    .anyOf(sessions.map((s) => s.id))
    .toArray();
  // Earlier mornings too: one entered after its week's review reaches the next (lateSince).
  const checkinRows = await db.checkins
    .where('day')
    .aboveOrEqual(addDays(from, -LATE_MORNING_DAYS))
    .toArray();
  // A day's margin either side of the local day: the engine maps each start to its local day.
  const episodeRows = await db.episodes
    .where('startedAt')
    .aboveOrEqual(addDays(from, -1))
    .toArray();
  const checkins: Checkin[] = live(storedRows(checkinSchema, checkinRows).records);
  return {
    sessions,
    sets: live(storedRows(exerciseSetSchema, setRows).records),
    checkins,
    episodes: live(storedRows(episodeSchema, episodeRows).records),
  };
}

/**
 * The local day flare mode was last turned on by hand: the newest live flare-on entry's saving
 * time. Its `day` is the "Flaring since" date the person gave, which may be earlier.
 */
async function flareTurnedOnDay(): Promise<string | undefined> {
  const rows = await db.planChanges
    .where('[kind+day]')
    .between(['flare-on', ''], ['flare-on', '\uffff'], true, true)
    .toArray();
  let newest: string | undefined;
  for (const change of live(storedRows(planChangeSchema, rows).records)) {
    if (newest === undefined || change.createdAt > newest) newest = change.createdAt;
  }
  return newest === undefined ? undefined : dayOfInstant(newest);
}

/**
 * The weekly reviews of the ten weeks before `first`, newest week first (one per week, the newest
 * saved): stalls and returns after a break read them (docs/domain.md §5b rules 2-4).
 */
async function recentReviews(first: string): Promise<PlanChange[]> {
  const rows = await db.planChanges
    .where('[kind+day]')
    .between(['weekly-review', addDays(first, -77)], ['weekly-review', '\uffff'], true, true)
    .toArray();
  const newestFirst = live(storedRows(planChangeSchema, rows).records).sort(
    (a, b) =>
      (b.weekOf ?? '').localeCompare(a.weekOf ?? '') || b.createdAt.localeCompare(a.createdAt),
  );
  return newestFirst.filter((c, i) => c.weekOf !== newestFirst[i - 1]?.weekOf);
}

/** What the reviews just run say as one (docs/domain.md §5b rule 10), with the last full review. */
export type DueReviews = { review: WeekReview | undefined; summary: string };

/**
 * Runs every weekly review that is due (catching up on weeks away, oldest first), then saves the
 * resulting plan and one history entry per week, all or nothing. Resolves to the last week's
 * full review (undefined when none was due).
 */
export async function runDueReviews(
  clock: Clock = systemClock(),
): Promise<Validation<WeekReview | undefined>> {
  const ran = await runDueReviewsWithSummary(clock);
  return ran.ok ? { ok: true, value: ran.value.review } : ran;
}

/** runDueReviews, with the weeks run told as one summary (skipped weeks caught up at once). */
export async function runDueReviewsWithSummary(
  clock: Clock = systemClock(),
): Promise<Validation<DueReviews>> {
  const none = { ok: true as const, value: { review: undefined, summary: '' } };
  const plan = await readCurrentPlan(dexieReads);
  if (plan === undefined) return none;
  // Only the latest review matters here, read from its index rather than the whole history.
  const last = await readLastReview(dexieReads);
  const settings: Settings = await readSettings(dexieReads, clock.now);
  const weeks = weeksDue(plan, last, settings.weekStartsOn, clock.today);
  const first = weeks[0];
  if (first === undefined) return none;
  const replay = replayReviews({
    plan,
    firstWeekOf: first,
    weeks: weeks.length,
    previous: last,
    history: await recentReviews(first),
    lateSince: last?.createdAt,
    ...(await recordsFrom(first)),
    dayOf: dayOfInstant,
    // Only flare mode that is on now can end in these reviews.
    flareTurnedOnDay: plan.flareMode ? await flareTurnedOnDay() : undefined,
  });
  const saved = await savePlanWithChanges(replay.plan, replay.changes, clock);
  if (!saved.ok) return saved;
  return { ok: true, value: { review: replay.last, summary: catchUpSummary(replay.changes) } };
}
