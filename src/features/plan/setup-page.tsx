import { useNavigate } from 'react-router';
import type { NewRecord } from '../../data/repository';
import { changePlan, createPlan } from '../../data/plan-actions';
import { useCurrentPlan } from '../../data/plan-queries';
import { useSettings } from '../../data/settings-queries';
import type { Plan } from '../../domain/plan';
import type { FieldErrors } from '../../domain/validation';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { showToast } from '../../ui/toast';
import { exercisesFor, initialChoices, setupErrors, type SetupChoices } from './setup-choices';
import { SetupForm } from './setup-form';

/** Route /plan/setup: schedule, equipment and starting rungs; saves the plan in step 2. */
export function SetupPage() {
  const plan = useCurrentPlan();
  const settings = useSettings();
  const navigate = useNavigate();
  const title = plan ? 'Change your plan' : 'Set up your plan';
  if (plan === undefined || settings === undefined) {
    return (
      <>
        <PageTitle>Set up your plan</PageTitle>
        <Loading />
      </>
    );
  }

  async function save(choices: SetupChoices): Promise<FieldErrors | null> {
    const refused = setupErrors(choices);
    if (Object.keys(refused).length > 0) return refused;
    const fields = {
      daysPerWeek: choices.daysPerWeek,
      trainingDays: [...choices.trainingDays].sort((a, b) => a - b),
      equipment: choices.equipment,
      exercises: exercisesFor(choices, plan?.exercises),
    };
    const saved = plan
      ? await changePlan(plan.id, fields)
      : await createPlan({ ...fields, phase: 2, flareMode: false } satisfies NewRecord<Plan>);
    if (!saved.ok) return saved.errors;
    showToast({ text: plan ? 'Plan changed' : 'Plan saved: your baseline starts now' });
    void navigate('/plan');
    return null;
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <SetupForm initial={initialChoices(plan)} units={settings.units} onSave={save} />
    </>
  );
}
