import { useNavigate } from 'react-router';
import { systemClock } from '../../../data/clock';
import type { NewRecord } from '../../../data/repository';
import { createPlan, saveSetupChange } from '../../../data/plan/plan-actions';
import { useCurrentPlan } from '../../../data/plan/plan-queries';
import { useSettings } from '../../../data/settings/settings-queries';
import type { Plan } from '../../../domain/plan';
import type { FieldErrors } from '../../../domain/common';
import { Loading } from '../../../ui/loading';
import { PageTitle } from '../../../ui/page-title';
import { showToast } from '../../../ui/toast';
import { firstReviewWeek } from '../../../domain/progression';
import { formatLongDay } from '../../../ui/format';
import { setupChange } from '../../../domain/progression';
import { initialChoices, setupErrors, type SetupChoices } from './setup-choices';
import { setupDraft } from './setup-draft';
import { SetupForm } from './setup-form';
import { setupOutcome } from './setup-plan';

/**
 * Route /plan/setup: schedule, equipment, starting rungs and accessories. A new plan starts in
 * step 2 with its baseline week; a change is saved with its entry in the history of plan changes.
 * A new plan's answers are kept in this tab's draft until saved.
 */
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

  const { weekStartsOn, units } = settings;
  // Narrowed here: `save` is hoisted, so it can't see the checks above.
  const current = plan;

  async function save(choices: SetupChoices): Promise<FieldErrors | null> {
    const refused = setupErrors(choices);
    if (Object.keys(refused).length > 0) return refused;
    const { fields, volume } = setupOutcome(choices, current, units);
    const clock = systemClock();
    if (current) {
      const next: Plan = { ...current, ...fields };
      const change = setupChange(current, next, clock.today, units, volume);
      const saved = await saveSetupChange(next, change, clock);
      if (!saved.ok) return saved.errors;
      const text =
        change === undefined
          ? 'Nothing to change: your plan stays as it was'
          : volume === 'baseline'
            ? 'Plan changed: a baseline week on the new schedule'
            : 'Plan changed: see the history of plan changes';
      showToast({ text });
    } else {
      const saved = await createPlan(
        { ...fields, phase: 2, flareMode: false } satisfies NewRecord<Plan>,
        clock,
      );
      if (!saved.ok) return saved.errors;
      // Dropped here, not left to the form kit: the plan now stored re-renders this page as a
      // change, whose form has no draft by the time this save resolves.
      setupDraft.clear();
      const week = firstReviewWeek(clock.today, weekStartsOn);
      showToast({ text: `Plan saved: your baseline week starts ${formatLongDay(week)}` });
    }
    void navigate('/plan');
    return null;
  }

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <SetupForm
        initial={initialChoices(plan)}
        current={plan}
        units={units}
        onSave={save}
        draft={plan ? undefined : setupDraft}
      />
    </>
  );
}
