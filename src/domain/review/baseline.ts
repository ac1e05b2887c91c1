import { MIN_UNITS } from '../exercises';
import { addVolume, metPrescription, newTally, PAIN_LIMIT, totalVolume } from './exercise-week';
import type { DaySets } from './exercise-week';
import type { EquipmentKind, OwnedEquipment, PlanExercise } from '../plan';
import { factsFor, sessionVolume, targetRepsOf } from '../progression';
import { WEEKLY_RISE_LIMIT } from '../progression';
import type { ExerciseSet } from '../plan';
import { stepBack } from '../progression';
import type { StepBackHow } from '../progression';
import { heavier } from './ease';

/**
 * What a baseline week showed for one exercise (step 2, docs/domain.md §5):
 * - 'untried': no set logged, so the prescription stays and the baseline week goes on;
 * - 'too-hard': every set was rated hard, so it eases one step (stepBack);
 * - 'kept': the prescription stayed tolerable;
 * - 'raised': more than the prescription stayed tolerable, often enough to plan on;
 * - 'lowered': the prescription was not reached within tolerable sets; the baseline is the most
 *   that was, or one step back when that is too little to build from.
 */
export type BaselineFinding =
  | { kind: 'untried' | 'kept'; after: PlanExercise }
  | { kind: 'raised'; after: PlanExercise }
  | { kind: 'lowered' | 'too-hard'; after: PlanExercise; how?: StepBackHow };

/**
 * Tolerable by the pain-monitoring model (Silbernagel 2007: pain during up to 5/10) at the
 * effort the plan aims for (easy to moderate; a set rated hard is past the baseline). A worse
 * next morning or a spasm makes the whole week a flare, which the review handles before this.
 */
export const isTolerable = (set: ExerciseSet) =>
  set.effort !== 'hard' && set.painDuring <= PAIN_LIMIT;

const loadOf = (set: ExerciseSet) => set.loadKg ?? 0;
const holdOf = (set: ExerciseSet) => set.holdSeconds ?? 0;

/** Reps (times seconds held) of one performed set: its volume is this times its load. */
function setUnits(set: ExerciseSet, seconds: boolean) {
  return set.reps * (seconds ? holdOf(set) : 1);
}

/**
 * The prescriptions one day's tolerable sets show the person can do: for each load (and hold)
 * they used, the sets at least that heavy (and long), best first, as many as the exercise allows.
 */
function dayCandidates(exercise: PlanExercise, sets: readonly ExerciseSet[]): PlanExercise[] {
  const facts = factsFor(exercise);
  const seconds = facts.unit === 'seconds';
  const weighted = exercise.loadKg !== undefined && exercise.loadKg > 0;
  const usable = sets.filter((s) => s.reps > 0 && (!weighted || loadOf(s) > 0));
  const loads = [...new Set(usable.map((s) => (weighted ? loadOf(s) : 0)))];
  const holds = [...new Set(usable.map((s) => (seconds ? holdOf(s) : 0)))];
  const candidates: PlanExercise[] = [];
  for (const load of loads) {
    for (const hold of holds) {
      if (seconds && hold < 1) continue;
      const reps = usable
        .filter((s) => loadOf(s) >= load && (!seconds || holdOf(s) >= hold))
        .map((s) => Math.min(s.reps, exercise.repsMax))
        .sort((a, b) => b - a)
        .slice(0, Math.max(facts.maxSets, 1));
      if (reps.length === 0) continue;
      candidates.push({
        ...exercise,
        sets: reps.length,
        targetReps: reps,
        ...(weighted && { loadKg: load }),
        ...(seconds && { holdSeconds: Math.min(hold, facts.holdMax) }),
      });
    }
  }
  return candidates;
}

/** Reps (or seconds held) a session of this prescription adds up to, for the MIN_UNITS floor. */
function units(exercise: PlanExercise): number {
  if (factsFor(exercise).unit === 'seconds') return exercise.holdSeconds ?? 0;
  return targetRepsOf(exercise).reduce((a, b) => a + b, 0);
}

/**
 * Higher volume first; on a tie, the heavier load (the baseline is the highest that stays
 * tolerable), then the longer hold, then fewer sets. A total order, so the records' order never
 * changes the baseline.
 */
function better(a: PlanExercise, b: PlanExercise): PlanExercise {
  const keys = (e: PlanExercise) => [sessionVolume(e), e.loadKg ?? 0, e.holdSeconds ?? 0, -e.sets];
  const ka = keys(a);
  const kb = keys(b);
  for (let i = 0; i < ka.length; i += 1) {
    if (ka[i] !== kb[i]) return (ka[i] ?? 0) > (kb[i] ?? 0) ? a : b;
  }
  return a;
}

/**
 * The baseline one exercise's week shows (docs/domain.md §5: "the highest level and load that
 * stays tolerable"), from the week's sets grouped by day. Design choices, ours:
 * - one tolerable day that reaches the prescription keeps it;
 * - a raise is planned only as far as the week's tolerable work supports: the new weekly volume
 *   (session volume x `planned`) stays within 10 % of the volume done tolerably this week, so one
 *   good day never triples the week;
 * - below the prescription, the baseline is the best tolerable day, never under 10 reps (or
 *   seconds) a session, or the plan could not grow within 10 % a week; then one step back instead.
 * Invariant: the new prescription's weekly volume is at most the old one's, or at most 10 % over
 * the volume done tolerably this week.
 */
export function findBaseline(
  exercise: PlanExercise,
  days: readonly DaySets[],
  planned: number,
  equipment: readonly EquipmentKind[],
  owned?: OwnedEquipment,
): BaselineFinding {
  const facts = factsFor(exercise);
  const seconds = facts.unit === 'seconds';
  const weighted = exercise.loadKg !== undefined && exercise.loadKg > 0;
  const own = days.map(({ day, sets }) => ({
    day,
    sets: sets.filter((s) => s.exerciseId === exercise.exerciseId),
  }));
  // Sets of 0 reps are no try, as they are no session (docs/domain.md §5b rule 10).
  if (own.every((d) => d.sets.every((s) => s.reps === 0))) {
    return { kind: 'untried', after: exercise };
  }
  const tolerable = own.map((d) => d.sets.filter(isTolerable));
  if (tolerable.every((sets) => sets.length === 0)) {
    const { after, how } = stepBack(exercise, equipment, owned);
    return { kind: 'too-hard', after, how };
  }
  const targets = targetRepsOf(exercise);
  const met = tolerable.some((sets) => metPrescription(exercise, seconds, targets, sets));
  const candidates = tolerable.flatMap((sets) => dayCandidates(exercise, sets));
  const current = sessionVolume(exercise);
  if (met) {
    const done = newTally();
    for (const s of tolerable.flat())
      addVolume(done, weighted ? loadOf(s) : 1, setUnits(s, seconds));
    const doneVolume = totalVolume(done);
    const cap = (doneVolume * (1 + WEEKLY_RISE_LIMIT)) / Math.max(planned, 1) + 1e-9;
    const raises = candidates.filter((c) => sessionVolume(c) > current && sessionVolume(c) <= cap);
    const best = raises.reduce<PlanExercise | undefined>(
      (a, c) => (a ? better(a, c) : c),
      undefined,
    );
    return best ? { kind: 'raised', after: best } : { kind: 'kept', after: exercise };
  }
  const lower = candidates.filter((c) => sessionVolume(c) <= current);
  const best = lower.reduce<PlanExercise | undefined>((a, c) => (a ? better(a, c) : c), undefined);
  if (best === undefined) return { kind: 'kept', after: exercise };
  // Monotone (docs/domain.md §5b rule 8): a week with every set hard steps back one step, so a
  // better week never plans less than that step back (one moderate set of three must not plan
  // 1 × 10 where three hard sets plan 8, 8, 7).
  const back = stepBack(exercise, equipment, owned);
  if (units(best) >= MIN_UNITS && !heavier(back.after, best))
    return { kind: 'lowered', after: best };
  return { kind: 'lowered', after: back.after, how: back.how };
}
