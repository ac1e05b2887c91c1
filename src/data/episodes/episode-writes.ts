import type { Clock } from '../../domain/common';
import { db } from '../db';
import { activityRepository } from '../repositories';
import type { Saved } from '../repository';
import { storageFailure } from '../storage-errors';

/** Thrown inside the transaction to undo the activity it added and hand back the refusal. */
class Undone<T> extends Error {
  constructor(readonly result: Saved<T>) {
    super('undone');
  }
}

/**
 * Writes a spasm that names a new "Add your own" activity, and the activity, in one transaction:
 * when the spasm is refused (a message, a conflict with another tab, a full disk) the activity is
 * not stored either. With no `newActivity` it is simply `write(undefined)`, in a transaction too.
 */
export async function writeWithNewActivity<T>(
  newActivity: string | undefined,
  clock: Clock,
  write: (activityId: string | undefined) => Promise<Saved<T>>,
): Promise<Saved<T>> {
  try {
    return await db.transaction('rw', [db.activities, db.episodes], async () => {
      let activityId: string | undefined;
      if (newActivity !== undefined) {
        const added = await activityRepository.add({ name: newActivity }, clock);
        if (!added.ok) throw new Undone<T>(added);
        activityId = added.value.id;
      }
      const result = await write(activityId);
      if (!result.ok) throw new Undone(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Undone) return error.result as Saved<T>;
    return { ok: false, errors: storageFailure(error) };
  }
}
