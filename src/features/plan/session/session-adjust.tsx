import { formatLoad } from '../../../domain/progression';
import type { ExerciseFacts } from '../../../domain/progression';
import type { Plan, PlanExercise } from '../../../domain/plan';
import type { SetAmount } from './session-progress';
import { holdSteps, loadSteps } from './session-steps';
import { SetStepper } from './set-stepper';

type SessionAdjustProps = {
  exercise: PlanExercise;
  facts: ExerciseFacts;
  plan: Pick<Plan, 'owned'>;
  amount: SetAmount;
  onChange: (patch: Partial<SetAmount>) => void;
};

/**
 * "Did something different?": reps by one, holds by what fits the hold, loads by the weights
 * the person owns (docs/domain.md §5b rule 5), each stored as its exact kg.
 */
export function SessionAdjust({ exercise, facts, plan, amount, onChange }: SessionAdjustProps) {
  const { reps, holdSeconds, loadKg } = amount;
  return (
    <details className="adjust">
      <summary>Did something different?</summary>
      <SetStepper
        id="adjust-reps"
        label={facts.unit === 'seconds' ? 'Holds' : 'Reps'}
        display={String(reps)}
        steps={{ fewer: reps > 0 ? reps - 1 : undefined, more: reps < 100 ? reps + 1 : undefined }}
        noun={
          facts.unit === 'seconds'
            ? { fewer: 'One fewer hold', more: 'One more hold' }
            : { fewer: 'One fewer rep', more: 'One more rep' }
        }
        onChange={(value) => {
          onChange({ reps: value });
        }}
      />
      {holdSeconds !== undefined ? (
        <SetStepper
          id="adjust-hold"
          label="Hold"
          display={`${String(holdSeconds)} s`}
          steps={holdSteps(holdSeconds, facts.holdMax)}
          noun={{ fewer: 'Shorter hold', more: 'Longer hold' }}
          onChange={(value) => {
            onChange({ holdSeconds: value });
          }}
        />
      ) : null}
      {loadKg !== undefined ? (
        <SetStepper
          id="adjust-load"
          label="Load"
          display={formatLoad(loadKg, facts.loadUnits)}
          steps={loadSteps(exercise, plan, loadKg)}
          noun={{ fewer: 'Lighter', more: 'Heavier' }}
          onChange={(value) => {
            onChange({ loadKg: value });
          }}
        />
      ) : null}
      <p className="muted">Then tap Done to save the set as you did it.</p>
    </details>
  );
}
