import type { Easer, Episode } from '../episodes';
import type { Plan, PlanExercise } from '../plan';
import { assertPain } from './input-door';
import { stepBack } from '../progression';

/**
 * Pain during a set at or above this stops the exercise for today (docs/domain.md §5b rule 1 and
 * rule 11: 0-2 fine, 3-5 acceptable, 6+ "stop this exercise for today").
 */
export const STOP_PAIN = 6;
/** Any set at or above this offers to end the session with the gentle routine (docs/domain.md §5b rule 1). */
export const END_PAIN = 8;
/** A spasm at or above this severity asks for the safety check before flare mode (docs/domain.md §5b rule 1). */
export const SAFETY_FIRST_SEVERITY = 7;

type PainSet = { exerciseId: string; painDuring: number };

export type PainStops = {
  /** Exercises stopped for pain today, in the order they were stopped. */
  stopped: string[];
  /** Two exercises stopped, or any set at 8/10 or more: offer to end with the gentle routine. */
  offerGentleRoutine: boolean;
};

/**
 * Which of today's exercises are stopped for pain, from the day's sets in the order done. Their
 * remaining sets are stopped for pain, not missed. Throws on a pain score outside 0-10.
 */
export function painStops(sets: readonly PainSet[]): PainStops {
  const stopped: string[] = [];
  let worst = 0;
  for (const set of sets) {
    assertPain(set.painDuring, 'Pain during the set');
    worst = Math.max(worst, set.painDuring);
    if (set.painDuring >= STOP_PAIN && !stopped.includes(set.exerciseId)) {
      stopped.push(set.exerciseId);
    }
  }
  return { stopped, offerGentleRoutine: stopped.length >= 2 || worst >= END_PAIN };
}

export type GentleStep = { minutes: number; text: string };

const easerSteps: Partial<Record<Easer, string>> = {
  'lying-down':
    'Lie on your back with your knees bent and breathe slowly, letting your back settle.',
  heat: 'Some warmth on your back, as has helped before.',
  stretching:
    'A few slow press-ups or the gentle stretch that has eased it before, only as far as is comfortable.',
};

/**
 * A 5-10 minute gentle routine (docs/domain.md §5b rule 1): easy walking, plus what eased this
 * person's spasms before (most often first, up to two), from their spasm log. Walking alone
 * when nothing is logged. Never medicine: the app gives no advice on it.
 */
export function gentleRoutine(
  episodes: readonly Pick<Episode, 'easedBy' | 'deletedAt'>[],
): GentleStep[] {
  const counts = new Map<Easer, number>();
  for (const e of episodes) {
    if (e.deletedAt !== undefined) continue;
    for (const easer of e.easedBy) counts.set(easer, (counts.get(easer) ?? 0) + 1);
  }
  const helped = [...counts.entries()]
    .filter(([easer]) => easerSteps[easer] !== undefined)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([easer]) => easerSteps[easer] ?? '');
  const walk = {
    minutes: helped.length === 0 ? 8 : 5,
    text: 'Walk at an easy pace, indoors or out, letting your arms swing.',
  };
  return [walk, ...helped.map((text) => ({ minutes: 2, text }))];
}

export type SameDayOffer = {
  /** The day's worst spasm severity. */
  severity: number;
  /** Offer "turn on flare mode" (never automatic): there is a plan and flare mode is off. */
  offerFlareMode: boolean;
  /** Severity 7 or more, or a red-flag answer waiting: the safety check comes first. */
  safetyFirst: boolean;
};

/**
 * What Today offers after a spasm logged today (docs/domain.md §5b rule 1): the gentle routine,
 * skipping today, and, suggested but never automatic, flare mode; the safety check first for a
 * severe spasm or a red-flag answer. Undefined when no spasm started today.
 */
export function sameDayOffer(
  episodes: readonly Pick<Episode, 'startedAt' | 'severity' | 'deletedAt'>[],
  today: string,
  dayOf: (instant: string) => string,
  plan: Pick<Plan, 'flareMode'> | null,
  redFlagWaiting: boolean,
): SameDayOffer | undefined {
  const todays = episodes.filter((e) => e.deletedAt === undefined && dayOf(e.startedAt) === today);
  if (todays.length === 0) return undefined;
  const severity = Math.max(...todays.map((e) => e.severity));
  return {
    severity,
    offerFlareMode: plan !== null && !plan.flareMode,
    safetyFirst: severity >= SAFETY_FIRST_SEVERITY || redFlagWaiting,
  };
}

/**
 * The one-tap lighter version of a session later in a week with a spasm (docs/domain.md §5b rule 1): each
 * exercise stepped back for today only (about 25 % less), on the same rung so the sets count
 * toward it; where the step back would change rung, one set fewer instead. The plan is unchanged.
 */
export function lighterVersion(
  exercise: PlanExercise,
  plan: Pick<Plan, 'equipment' | 'owned'>,
): PlanExercise {
  const { after } = stepBack(exercise, plan.equipment, plan.owned);
  if (after.exerciseId === exercise.exerciseId) return after;
  if (exercise.sets <= 1) return exercise;
  const sets = exercise.sets - 1;
  return {
    ...exercise,
    sets,
    ...(exercise.targetReps !== undefined && { targetReps: exercise.targetReps.slice(0, sets) }),
  };
}
