import { findLevel } from '../../../domain/exercises';
import type { PlanExercise } from '../../../domain/plan';
import { describePrescription } from '../../../domain/progression';

type SetupExercisesProps = { exercises: readonly PlanExercise[]; heading: string };

/** The exercises Save would store, each with its prescription and what it trains. */
export function SetupExercises({ exercises, heading }: SetupExercisesProps) {
  return (
    <section aria-labelledby="baseline-heading" className="card">
      <h2 id="baseline-heading">{heading}</h2>
      <p>Light on purpose: easy to moderate effort, pain during no more than 5 out of 10.</p>
      <ul className="plain-list">
        {exercises.map((exercise) => {
          const level = findLevel(exercise.exerciseId);
          return (
            <li key={exercise.exerciseId}>
              <strong>{level?.name ?? exercise.exerciseId}</strong>:{' '}
              {describePrescription(exercise)}
              {exercise.findingBaseline ? ' (new: its first week is its baseline week)' : null}
              {level ? <span className="muted"> · {level.trains}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
