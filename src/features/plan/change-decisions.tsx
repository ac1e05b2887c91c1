import { findLevel } from '../../domain/exercises';
import type { PlanChange } from '../../domain/plan';

const actionLabels = { progress: 'Step up', hold: 'Held', 'step-back': 'Stepped back' } as const;

// A change made in setup is the person's own, not a decision of the weekly review: it is never
// called a step up or a step back (the before -> after shows which way it went).
const labelOf = (decision: PlanChange['exercises'][number]) =>
  decision.reason === 'setup-change' ? 'You changed it' : actionLabels[decision.action];

const nameOfId = (id: string) => findLevel(id)?.name ?? id;

/** The exercise, and the rung it moved to when it moved up or down a ladder. */
const nameOf = ({ exerciseId, exerciseIdAfter }: PlanChange['exercises'][number]) =>
  exerciseIdAfter === exerciseId
    ? nameOfId(exerciseId)
    : `${nameOfId(exerciseId)} → ${nameOfId(exerciseIdAfter)}`;

/** Each exercise's decision in a plan change, with its plain sentence. */
export function ChangeDecisions({ change }: { change: PlanChange }) {
  if (change.exercises.length === 0) return null;
  return (
    <ul className="plain-list decisions">
      {change.exercises.map((e) => (
        <li key={e.exerciseId} className={`decision decision-${e.action}`}>
          <p>
            <strong>{nameOf(e)}</strong>: {labelOf(e)} ({e.before} → {e.after})
          </p>
          <p>{e.sentence}</p>
        </li>
      ))}
    </ul>
  );
}
