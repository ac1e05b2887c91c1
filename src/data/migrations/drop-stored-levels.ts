import type { Transaction } from 'dexie';

type WithLevel = { level?: unknown };

/** The exercises without their stored rung number; anything not a list is left as it was. */
function withoutLevels(exercises: unknown): unknown {
  if (!Array.isArray(exercises)) return exercises;
  return exercises.map((exercise: unknown) => {
    if (typeof exercise !== 'object' || exercise === null) return exercise;
    const copy: WithLevel = { ...exercise };
    delete copy.level;
    return copy;
  });
}

/**
 * Schema version 6 (2026-12-06), "drop stored levels": plans (their exercises and the ones kept
 * from before a break) and exercise sets stop storing the exercise's rung number. The exercise id
 * is the only stored identity and the rung is read from the library by id (rungOf), so renumbering
 * a ladder can never change what history shows (docs/architecture.md §3, stored shapes). Neither
 * updatedAt nor the revision changes: the person changed nothing.
 */
export async function dropStoredLevels20261206(tx: Transaction): Promise<void> {
  await tx
    .table('plans')
    .toCollection()
    .modify((plan: { exercises?: unknown; beforeBreak?: unknown }) => {
      plan.exercises = withoutLevels(plan.exercises);
      if (plan.beforeBreak !== undefined) plan.beforeBreak = withoutLevels(plan.beforeBreak);
    });
  await tx
    .table('exerciseSets')
    .toCollection()
    .modify((set: WithLevel) => {
      delete set.level;
    });
}
