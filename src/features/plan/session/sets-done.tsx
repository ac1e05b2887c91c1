import type { Plan } from '../../../domain/plan';
import { factsFor } from '../../../domain/progression';
import { effortLabels, type ExerciseSet } from '../../../domain/plan';
import { describeSet } from './session-progress';

type SetsDoneProps = { plan: Plan; sets: readonly ExerciseSet[] };

/** The sets saved in this session so far, as done. */
export function SetsDone({ plan, sets }: SetsDoneProps) {
  if (sets.length === 0) return null;
  return (
    <section className="card" aria-labelledby="sets-done-heading">
      <h2 id="sets-done-heading">Saved so far</h2>
      <ol className="plain-list sets-done">
        {sets.map((set) => {
          const exercise = plan.exercises.find((e) => e.exerciseId === set.exerciseId);
          const name = exercise ? factsFor(exercise).name : set.exerciseId;
          const amount = exercise ? describeSet(exercise, set) : `${String(set.reps)} reps`;
          return (
            <li key={set.id}>
              {name}, set {set.setNumber}: {amount} · {effortLabels[set.effort]} · pain{' '}
              {set.painDuring}/10
            </li>
          );
        })}
      </ol>
    </section>
  );
}
