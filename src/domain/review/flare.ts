import { daySchema } from '../common';
import type { Plan } from '../plan';
import type { NewPlanChange } from '../plan';
import { phaseMessage } from '../plan';
import { describePrescription, formatPercent, sessionVolume } from '../progression';
import { stepBack } from '../progression';

/** The plan without its flare start date: planSchema wants one only while flare mode is on. */
export function withoutFlareSince(plan: Plan): Plan {
  // Set to undefined rather than removed: `delete` or rebuilding the object can leave V8 a slow
  // dictionary object, and every later review reads this plan. An undefined key parses as absent.
  return { ...plan, flareSince: undefined };
}

export type FlareToggle = { plan: Plan; change: NewPlanChange | undefined };

/**
 * Why `since` can't be the day a flare began: 'future' after today, 'before-plan' before the day
 * the plan was made (`planStartDay`); flare mode steps back a plan's exercises, so a flare dated
 * before the plan existed means nothing to it. Undefined when it can (or when `since` isn't a
 * day at all, which the plan's own schema reports). Days are 'YYYY-MM-DD'.
 */
export function flareSinceProblem(
  since: string,
  planStartDay: string,
  today: string,
): 'future' | 'before-plan' | undefined {
  if (!daySchema.safeParse(since).success) return undefined;
  if (since > today) return 'future';
  return since < planStartDay ? 'before-plan' : undefined;
}

const entry = (plan: Plan, next: Plan, day: string, headline: string) => ({
  kind: next.flareMode ? ('flare-on' as const) : ('flare-off' as const),
  day,
  sessionsDone: 0,
  sessionsPlanned: plan.daysPerWeek,
  goodWeeksInARow: 0,
  phaseBefore: plan.phase,
  phaseAfter: next.phase,
  flareModeBefore: plan.flareMode,
  flareModeAfter: next.flareMode,
  headline,
  phaseMessage: phaseMessage(next.phase, next.flareMode, 0, next.findingBaseline),
});

/**
 * Flare mode turned on by hand on `day` (docs/domain.md §5): every exercise steps back about
 * 25 % or one rung (stepBack), so light work stays available, and progression pauses until a calm
 * week has passed; the weekly review then restarts from this light prescription. Already on: the
 * plan comes back unchanged with no history entry.
 */
export function startFlareMode(plan: Plan, day: string): FlareToggle {
  if (plan.flareMode) return { plan, change: undefined };
  const steps = plan.exercises.map((exercise) => ({
    exercise,
    ...stepBack(exercise, plan.equipment, plan.owned),
  }));
  const next: Plan = {
    ...plan,
    flareMode: true,
    flareSince: day,
    exercises: steps.map((s) => s.after),
  };
  const exercises = steps.map(({ exercise, after, how }) => {
    const from = describePrescription(exercise);
    const to = describePrescription(after);
    const less = 1 - sessionVolume(after) / sessionVolume(exercise);
    const sentence =
      how === 'none'
        ? `Kept at ${to}, already the lightest: you turned flare mode on.`
        : `Stepped back to ${to}${how === 'level' ? '' : ` (${formatPercent(less)} less)`}: you turned flare mode on. No steps up until a calm week has passed.`;
    return {
      exerciseId: exercise.exerciseId,
      exerciseIdAfter: after.exerciseId,
      action: how === 'none' ? ('hold' as const) : ('step-back' as const),
      reason: 'flare-mode' as const,
      atTop: false,
      before: from,
      after: to,
      sentence,
    };
  });
  const headline = 'Flare mode on: exercises stepped back and kept light while your back settles.';
  return { plan: next, change: { ...entry(plan, next, day, headline), exercises } };
}

/**
 * Flare mode turned off by hand on `day`: prescriptions stay at their light level and build again
 * from the next steady week. Already off: unchanged, no history entry.
 */
export function endFlareMode(plan: Plan, day: string): FlareToggle {
  if (!plan.flareMode) return { plan, change: undefined };
  const next: Plan = { ...withoutFlareSince(plan), flareMode: false };
  const headline =
    'Flare mode off: your plan builds again from this light level after your next steady week.';
  return { plan: next, change: { ...entry(plan, next, day, headline), exercises: [] } };
}
