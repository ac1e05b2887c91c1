import { findLevel } from '../exercises';
import { ladderLabels, type Plan, type PlanChange } from '../plan';
import { describePrescription } from '../progression';
import type { ReportPeriod } from './report-period';

/** The plan as it stands: its rungs and loads (in each exercise's own units) and flare mode. */
export type ReportPlanNow = {
  phase: number;
  daysPerWeek: number;
  flareSince?: string;
  exercises: { ladder: string; name: string; prescription: string }[];
};

/** One exercise slot's path through the period: first prescription to last, steps counted. */
export type ReportPlanPath = {
  name: string;
  from: string;
  to: string;
  stepsUp: number;
  stepsBack: number;
};

/** The plan's history in the period: weekly reviews summed up, each exercise's path, flares. */
export type ReportPlanHistory = {
  reviews: number;
  sessionsDone: number;
  sessionsPlanned: number;
  paths: ReportPlanPath[];
  setupChanges: { day: string; headline: string }[];
  /** Flare periods overlapping the period; `to` absent while flare mode is still on. */
  flares: { from: string; to?: string }[];
};

const nameOf = (exerciseId: string) => findLevel(exerciseId)?.name ?? exerciseId;

/** The live plan's current prescriptions, or null when no plan is set up. */
export function planNow(plan: Plan | undefined): ReportPlanNow | null {
  if (!plan) return null;
  return {
    phase: plan.phase,
    daysPerWeek: plan.daysPerWeek,
    ...(plan.flareMode && plan.flareSince ? { flareSince: plan.flareSince } : {}),
    exercises: plan.exercises.map((e) => ({
      ladder: ladderLabels[e.ladder],
      name: nameOf(e.exerciseId),
      prescription: describePrescription(e),
    })),
  };
}

/**
 * Flare periods from the whole history of plan changes (docs/domain.md §5b): flare mode turning
 * on opens one, turning off closes it. Only those overlapping `period` are kept.
 */
export function flarePeriods(
  changes: readonly PlanChange[],
  period: ReportPeriod,
): ReportPlanHistory['flares'] {
  const flares: ReportPlanHistory['flares'] = [];
  let open: string | undefined;
  for (const change of changes) {
    if (!change.flareModeBefore && change.flareModeAfter) open = change.day;
    if (change.flareModeBefore && !change.flareModeAfter && open !== undefined) {
      flares.push({ from: open, to: change.day });
      open = undefined;
    }
  }
  if (open !== undefined) flares.push({ from: open });
  return flares.filter((f) => f.from <= period.to && (f.to === undefined || f.to >= period.from));
}

/**
 * Follows each exercise through the period's changes, a new rung keeping its slot, so a year of
 * weekly reviews reads as one line per exercise ("2 × 5 at 2 kg to 3 × 8 at 4 kg, 9 steps up").
 */
function exercisePaths(changes: readonly PlanChange[]): ReportPlanPath[] {
  const slotOf = new Map<string, ReportPlanPath & { lastId: string }>();
  const paths: (ReportPlanPath & { lastId: string })[] = [];
  for (const change of changes) {
    for (const e of change.exercises) {
      let path = slotOf.get(e.exerciseId);
      if (!path) {
        path = {
          name: nameOf(e.exerciseId),
          from: e.before,
          to: e.before,
          stepsUp: 0,
          stepsBack: 0,
          lastId: e.exerciseId,
        };
        paths.push(path);
      }
      slotOf.delete(e.exerciseId);
      slotOf.set(e.exerciseIdAfter, path);
      path.to = e.after;
      path.lastId = e.exerciseIdAfter;
      if (e.action === 'progress') path.stepsUp += 1;
      if (e.action === 'step-back') path.stepsBack += 1;
    }
  }
  return paths.map(({ lastId, ...path }) => {
    const last = nameOf(lastId);
    return last === path.name ? path : { ...path, name: `${path.name}, now ${last}` };
  });
}

/** The period's plan history, from the live plan changes (any order). */
export function planHistory(
  changes: readonly PlanChange[],
  period: ReportPeriod,
): ReportPlanHistory {
  const sorted = [...changes].sort((a, b) => a.day.localeCompare(b.day));
  const inPeriod = sorted.filter((c) => c.day >= period.from && c.day <= period.to);
  const reviews = inPeriod.filter((c) => c.kind === 'weekly-review');
  return {
    reviews: reviews.length,
    sessionsDone: reviews.reduce((sum, c) => sum + c.sessionsDone, 0),
    sessionsPlanned: reviews.reduce((sum, c) => sum + c.sessionsPlanned, 0),
    paths: exercisePaths(inPeriod),
    setupChanges: inPeriod
      .filter((c) => c.kind === 'setup-change')
      .map((c) => ({ day: c.day, headline: c.headline })),
    flares: flarePeriods(sorted, period),
  };
}
