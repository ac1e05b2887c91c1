import { useState } from 'react';
import { useNavigate } from 'react-router';
import { systemClock } from '../../data/clock';
import type { NewRecord } from '../../data/repository';
import { changePlan, createPlan } from '../../data/plan-actions';
import { useCurrentPlan } from '../../data/plan-queries';
import { useSettings } from '../../data/settings-queries';
import type { Plan } from '../../domain/plan';
import type { FieldErrors } from '../../domain/validation';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { showToast } from '../../ui/toast';
import { firstReviewWeek } from '../../domain/training-week';
import { formatLongDay } from '../../ui/format';
import { exercisesFor, initialChoices, setupErrors, type SetupChoices } from './setup-choices';
import { useSetupDraft } from './setup-draft';
import { SetupForm } from './setup-form';

/** Route /plan/setup: schedule, equipment and starting rungs; saves the plan in step 2. */
export function SetupPage() {
  const plan = useCurrentPlan();
  const settings = useSettings();
  const navigate = useNavigate();
  const { draft, setDraft, clearDraft } = useSetupDraft();
  // Remounts the form when "Start again" drops the draft.
  const [attempt, setAttempt] = useState(0);
  const [restored, setRestored] = useState(() => draft !== null);
  const title = plan ? 'Change your plan' : 'Set up your plan';
  if (plan === undefined || settings === undefined) {
    return (
      <>
        <PageTitle>Set up your plan</PageTitle>
        <Loading />
      </>
    );
  }

  const weekStartsOn = settings.weekStartsOn;

  async function save(choices: SetupChoices): Promise<FieldErrors | null> {
    const refused = setupErrors(choices);
    if (Object.keys(refused).length > 0) return refused;
    const fields = {
      daysPerWeek: choices.daysPerWeek,
      trainingDays: [...choices.trainingDays].sort((a, b) => a - b),
      equipment: choices.equipment,
      exercises: exercisesFor(choices, plan?.exercises),
    };
    const newPlan = {
      ...fields,
      phase: 2,
      flareMode: false,
      findingBaseline: true,
    } satisfies NewRecord<Plan>;
    // A new starting rung is untested: its baseline is found again, as in a new plan's first week.
    const newRung = fields.exercises.some(
      (e) => !plan?.exercises.some((kept) => kept.exerciseId === e.exerciseId),
    );
    const saved = plan
      ? await changePlan(plan.id, { ...fields, ...(newRung && { findingBaseline: true }) })
      : await createPlan(newPlan);
    if (!saved.ok) return saved.errors;
    if (plan) {
      showToast({
        text: newRung
          ? 'Plan changed: a baseline week starts for the new exercises'
          : 'Plan changed',
      });
    } else {
      clearDraft();
      const week = firstReviewWeek(systemClock().today, weekStartsOn);
      showToast({ text: `Plan saved: your baseline week starts ${formatLongDay(week)}` });
    }
    void navigate('/plan');
    return null;
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      {plan === null && restored ? (
        <p className="notice">
          Your answers from last time are kept.{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              clearDraft();
              setRestored(false);
              setAttempt((n) => n + 1);
            }}
          >
            Start again
          </button>
        </p>
      ) : null}
      <SetupForm
        key={attempt}
        initial={plan ? initialChoices(plan) : (draft ?? initialChoices(null))}
        current={plan}
        units={settings.units}
        onSave={save}
        onChange={plan ? undefined : setDraft}
      />
    </>
  );
}
