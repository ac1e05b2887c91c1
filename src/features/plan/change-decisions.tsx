import { findLevel } from '../../domain/exercise-library';
import type { PlanChange } from '../../domain/plan-change';

const actionLabels = { progress: 'Step up', hold: 'Held', 'step-back': 'Stepped back' } as const;

/** Each exercise's decision in a plan change, with its plain sentence. */
export function ChangeDecisions({ change }: { change: PlanChange }) {
  if (change.exercises.length === 0) return null;
  return (
    <ul className="plain-list decisions">
      {change.exercises.map((e) => (
        <li key={e.exerciseId} className={`decision decision-${e.action}`}>
          <p>
            <strong>{findLevel(e.exerciseId)?.name ?? e.exerciseId}</strong>:{' '}
            {actionLabels[e.action]} ({e.before} → {e.after})
          </p>
          <p>{e.sentence}</p>
        </li>
      ))}
    </ul>
  );
}
