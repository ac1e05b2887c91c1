import type { Plan } from '../../../domain/plan';
import { factsFor } from '../../../domain/progression';

type SessionSkippedProps = {
  plan: Plan;
  /** Exercise ids skipped today. */
  skipped: readonly string[];
  onBringBack: (exerciseId: string) => void;
};

/**
 * The exercises skipped today. A skip now outlasts closing the app, so a skip by mistake needs a
 * way back that doesn't depend on a reload forgetting it.
 */
export function SessionSkipped({ plan, skipped, onBringBack }: SessionSkippedProps) {
  const exercises = plan.exercises.filter((exercise) => skipped.includes(exercise.exerciseId));
  if (exercises.length === 0) return null;
  return (
    <section className="card" aria-labelledby="skipped-heading">
      <h2 id="skipped-heading">Skipped today</h2>
      <ul className="plain-list skipped-list">
        {exercises.map((exercise) => {
          const { name } = factsFor(exercise);
          return (
            <li key={exercise.exerciseId}>
              <span>{name}</span>
              <button
                type="button"
                className="button"
                onClick={() => {
                  onBringBack(exercise.exerciseId);
                }}
              >
                Do {name} after all
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
