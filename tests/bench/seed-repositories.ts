// Writes syntheticYears through the app's own data layer, the way a person's ten years of use
// would have: every record validated by its repository (schema and "not in the future" rules at
// the time it is dated), check-ins through saveCheckin, sets through recordSet, weekly reviews
// through savePlanWithChanges, later edits (an eased spasm, a re-rating, a dose change) as updates.
// No Node APIs: it runs wherever IndexedDB does (fake-indexeddb in Node, or a browser).
import { saveCheckin } from '../../src/data/episodes/checkin-queries';
import {
  createPlan,
  finishSession,
  recordSet,
  savePlanWithChanges,
} from '../../src/data/plan/plan-actions';
import {
  activityRepository,
  beliefRepository,
  episodeRepository,
  experimentRepository,
  medicationRepository,
  outcomeRepository,
} from '../../src/data/repositories';
import { markDoctorSeen, saveScreening } from '../../src/data/safety/screening-queries';
import { saveSettings } from '../../src/data/settings/settings-queries';
import type { BackupTableName } from '../../src/domain/backup/backup-tables';
import type { ExerciseSet } from '../../src/domain/plan/session';
import type { Clock, Validation } from '../../src/domain/common/validation';
import { syntheticYears, type SyntheticYears, type YearsOptions } from './synthetic-years';

/** The clock of a write made at `instant` (UTC, like the generator's days). */
export const clockAt = (instant: string): Clock => ({ now: instant, today: instant.slice(0, 10) });

const plusMinutes = (instant: string, minutes: number) =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();

function stored<T>(result: Validation<T>, what: string): T {
  if (!result.ok) {
    throw new Error(`The seed could not save ${what}: ${JSON.stringify(result.errors)}`);
  }
  return result.value;
}

type Meta = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt';
const meta: readonly string[] = ['id', 'createdAt', 'updatedAt', 'deletedAt'];

/**
 * A generated record as a form would hand it over: no id, no timestamps, none of `left` and no
 * undefined keys (only optional fields are undefined, so the type still holds).
 */
function fields<T extends object, K extends keyof T = never>(
  record: T,
  ...left: K[]
): Omit<T, Meta | K> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || meta.includes(key) || (left as string[]).includes(key)) continue;
    copy[key] = value;
  }
  return copy as Omit<T, Meta | K>;
}

export type SeedCounts = Record<BackupTableName, number>;

async function seedTraining(years: SyntheticYears, counts: SeedCounts) {
  const plan = stored(await createPlan(fields(years.plan), clockAt(years.plan.createdAt)), 'plan');
  counts.plans += 1;
  const setsOf = new Map<string, ExerciseSet[]>();
  for (const set of years.sets) {
    setsOf.set(set.sessionId, [...(setsOf.get(set.sessionId) ?? []), set]);
  }
  for (const session of years.sessions) {
    // One set every three minutes from the session's start, as the session screen stores them.
    let sessionId: string | null = null;
    let time = session.startedAt ?? `${session.day}T18:30:00.000Z`;
    for (const set of setsOf.get(session.id) ?? []) {
      time = plusMinutes(time, 3);
      // recordSet gives the set the id of the session it stored (or started with this set).
      const done = fields(set, 'sessionId');
      const saved: ExerciseSet = stored(
        await recordSet(session.day, sessionId, done, clockAt(time)),
        'set',
      );
      sessionId = saved.sessionId;
      counts.exerciseSets += 1;
    }
    if (sessionId === null) continue;
    stored(await finishSession(sessionId, clockAt(plusMinutes(time, 2))), 'session end');
    counts.sessions += 1;
  }
  for (const review of years.reviews) {
    const next = { ...review.plan, id: plan.id, createdAt: plan.createdAt };
    stored(await savePlanWithChanges(next, [review.change], clockAt(review.at)), 'weekly review');
    counts.planChanges += 1;
  }
}

async function seedJournal(years: SyntheticYears, counts: SeedCounts) {
  for (const belief of years.beliefs) {
    const added = stored(
      await beliefRepository.add({ ...fields(belief), reRatings: [] }, clockAt(belief.createdAt)),
      'journal entry',
    );
    for (let n = 1; n <= belief.reRatings.length; n += 1) {
      const reRatings = belief.reRatings.slice(0, n);
      const on = reRatings.at(-1)!.on;
      stored(await beliefRepository.update(added.id, { reRatings }, clockAt(on)), 're-rating');
    }
    counts.beliefs += 1;
  }
  for (const experiment of years.experiments) {
    const { actualPain, doneOn, notes, ...planned } = experiment;
    const added = stored(
      await experimentRepository.add(fields(planned), clockAt(experiment.createdAt)),
      'experiment',
    );
    if (doneOn !== undefined) {
      const outcome = fields({ actualPain, doneOn, notes });
      stored(
        await experimentRepository.update(added.id, outcome, clockAt(experiment.updatedAt)),
        'experiment result',
      );
    }
    counts.experiments += 1;
  }
  for (const outcome of years.outcomes) {
    stored(await outcomeRepository.add(fields(outcome), clockAt(outcome.createdAt)), 'rating');
    counts.outcomes += 1;
  }
}

async function seedHealth(years: SyntheticYears, counts: SeedCounts) {
  for (const check of years.screenings) {
    const saved = stored(
      await saveScreening(check.answers, {}, clockAt(check.takenAt)),
      'safety check',
    );
    if (check.seenDoctorOn !== undefined) {
      const visit = clockAt(`${check.seenDoctorOn}T10:00:00.000Z`);
      stored(await markDoctorSeen(saved.id, visit), 'doctor visit');
    }
    counts.screenings += 1;
  }
  for (const medication of years.medications) {
    const { doseChanges, stoppedOn, notes, ...started } = medication;
    const at = (day: string) => clockAt(`${day}T20:00:00.000Z`);
    const added = stored(
      await medicationRepository.add(
        { ...fields(started), doseChanges: [] },
        at(medication.startedOn),
      ),
      'medication',
    );
    for (let n = 1; n <= doseChanges.length; n += 1) {
      const changes = doseChanges.slice(0, n);
      const on = changes.at(-1)!.on;
      stored(
        await medicationRepository.update(added.id, { doseChanges: changes }, at(on)),
        'dose change',
      );
    }
    if (stoppedOn !== undefined) {
      stored(
        await medicationRepository.update(added.id, fields({ stoppedOn, notes }), at(stoppedOn)),
        'medication stop',
      );
    }
    counts.medications += 1;
  }
}

/**
 * Fills the database with `years` through the app's repositories and data functions, oldest
 * first within each kind of record. Resolves to the number of records of each table; throws on
 * the first write the app refuses (the generator must only make records the app accepts).
 */
export async function writeYears(years: SyntheticYears): Promise<SeedCounts> {
  const counts: SeedCounts = {
    episodes: 0,
    activities: 0,
    checkins: 0,
    medications: 0,
    plans: 0,
    planChanges: 0,
    sessions: 0,
    exerciseSets: 0,
    screenings: 0,
    beliefs: 0,
    experiments: 0,
    outcomes: 0,
    settings: 0,
  };
  const onboarded = clockAt(`${years.firstDay}T08:00:00.000Z`);
  // The person's own activities get fresh ids, as the app gives them; references follow.
  const ids = new Map<string, string>();
  for (const activity of years.activities) {
    const added = stored(
      await activityRepository.add(fields(activity), clockAt(activity.createdAt)),
      'activity',
    );
    ids.set(activity.id, added.id);
    counts.activities += 1;
  }
  const idOf = (id: string) => ids.get(id) ?? id;
  const { suspectedTriggers, ...settings } = years.settings;
  stored(
    await saveSettings({ ...settings, suspectedTriggers: suspectedTriggers.map(idOf) }, onboarded),
    'settings',
  );
  counts.settings += 1;

  for (const checkin of years.checkins) {
    const input = { ...fields(checkin), activityIds: checkin.activityIds.map(idOf) };
    stored(await saveCheckin(input, clockAt(checkin.createdAt)), `check-in of ${checkin.day}`);
    counts.checkins += 1;
  }
  for (const episode of years.episodes) {
    const { endedAt, activityId, ...started } = episode;
    const added = stored(
      await episodeRepository.add(
        {
          ...fields(started),
          ...(activityId === undefined ? {} : { activityId: idOf(activityId) }),
        },
        clockAt(episode.createdAt),
      ),
      'spasm',
    );
    if (endedAt !== undefined) {
      stored(
        await episodeRepository.update(added.id, { endedAt }, clockAt(episode.updatedAt)),
        'spasm end',
      );
    }
    counts.episodes += 1;
  }
  await seedTraining(years, counts);
  await seedHealth(years, counts);
  await seedJournal(years, counts);
  return counts;
}

/**
 * Ten years of synthetic use ending on `clock.today`, written through the app's own data layer
 * into whatever IndexedDB the app's database opens (fake-indexeddb in Node, the browser's own).
 */
export async function seedThroughRepositories(
  clock: Clock,
  options: Omit<YearsOptions, 'lastDay'> = {},
): Promise<{ counts: SeedCounts; years: SyntheticYears }> {
  const years = syntheticYears({ ...options, lastDay: clock.today });
  return { counts: await writeYears(years), years };
}
