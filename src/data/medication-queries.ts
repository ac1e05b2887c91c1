import { useLiveQuery } from 'dexie-react-hooks';
import { medicationSchema } from '../domain/medications';
import { db } from './db';
import { storedRows } from './stored-rows';

/** The person's medicines not deleted, most recently started first; undefined while loading. */
export function useMedications() {
  return useLiveQuery(async () => {
    const rows = await db.medications.orderBy('startedOn').reverse().toArray();
    return storedRows(
      medicationSchema,
      rows.filter((row) => row.deletedAt === undefined),
    );
  });
}

/** One medicine by id, live; null when missing or unreadable, undefined while loading. */
export function useMedication(id: string | undefined) {
  return useLiveQuery(async () => {
    if (!id) return null;
    const parsed = medicationSchema.safeParse(await db.medications.get(id));
    return parsed.success ? parsed.data : null;
  }, [id]);
}
