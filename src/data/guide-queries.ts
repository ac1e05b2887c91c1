import { useLiveQuery } from 'dexie-react-hooks';
import { beliefSchema, experimentSchema } from '../domain/guide';
import { outcomeSchema } from '../domain/guide';
import { planSchema } from '../domain/plan';
import { db } from './db';
import { storedRows } from './stored-rows';

// Live reads for the guide screens (beliefs journal, experiments, weekly outcomes, reminders).
// Records that no longer validate are counted, never dropped (see storedRows).

const notDeleted = <T extends { deletedAt?: string | undefined }>(rows: T[]) =>
  rows.filter((row) => row.deletedAt === undefined);

/** Journal entries not deleted, newest first; undefined while loading. */
export function useBeliefs() {
  return useLiveQuery(async () => {
    const rows = await db.beliefs.orderBy('createdAt').reverse().toArray();
    return storedRows(beliefSchema, notDeleted(rows));
  });
}

/** One journal entry, live; null when missing or unreadable, undefined while loading. */
export function useBelief(id: string | undefined) {
  return useLiveQuery(async () => {
    if (!id) return null;
    const parsed = beliefSchema.safeParse(await db.beliefs.get(id));
    return parsed.success ? parsed.data : null;
  }, [id]);
}

/** Behavioural experiments not deleted, newest planned first; undefined while loading. */
export function useExperiments() {
  return useLiveQuery(async () => {
    const rows = await db.experiments.orderBy('plannedFor').reverse().toArray();
    return storedRows(experimentSchema, notDeleted(rows));
  });
}

/** Weekly outcomes not deleted, oldest week first; undefined while loading. */
export function useOutcomes() {
  return useLiveQuery(async () => {
    const rows = await db.outcomes.orderBy('weekOf').toArray();
    return storedRows(outcomeSchema, notDeleted(rows));
  });
}

/**
 * The outcome stored for the week starting `weekOf`, deleted or not (the week's slot is unique, so
 * a new rating must reuse it); null when there is none, undefined while loading.
 */
export function useOutcomeOf(weekOf: string) {
  return useLiveQuery(async () => {
    const parsed = outcomeSchema.safeParse(
      await db.outcomes.where('weekOf').equals(weekOf).first(),
    );
    return parsed.success ? parsed.data : null;
  }, [weekOf]);
}

/**
 * The current plan's training weekdays (0 = Sunday) for the session reminders; [] without a plan
 * or chosen days. The newest plan not deleted is the current one, as on the Plan screen.
 */
export function useTrainingDays(): number[] | undefined {
  return useLiveQuery(async () => {
    const { records } = storedRows(planSchema, await db.plans.toArray());
    const current = records
      .filter((plan) => plan.deletedAt === undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    return current?.trainingDays ?? [];
  });
}
