import { destinationFor, findLevel, levelsFor, mainLadders, rungOf } from '../exercises';
import type { MainLadder } from '../exercises';
import type { ExerciseLevel } from '../exercises';
import type { Plan, PlanExercise } from '../plan';
import { nameInSentence } from './prescription';
import { ladderLabels } from '../plan';

/** How far along one ladder the person is, for the Plan tab. */
export type LadderProgress = {
  ladder: MainLadder;
  label: string;
  exercise: PlanExercise;
  /** The library entry, or undefined when the plan holds an id the library doesn't know. */
  current: ExerciseLevel | undefined;
  /** 1-based rung among the rungs this person can do; `steps` of them in all. */
  step: number;
  steps: number;
  /** The highest rung their equipment reaches, and the ladder's named destination. */
  destination: ExerciseLevel | undefined;
  namedDestination: ExerciseLevel | undefined;
  atDestination: boolean;
  /** 0 on the first rung, 1 at the destination. */
  fraction: number;
  /** "Step 2 of 5 toward the deadlift: glute bridge." */
  sentence: string;
};

/**
 * One entry per main ladder in the plan, in ladder order (extension, row, hinge); with several
 * exercises on one ladder the highest rung counts. Rungs are counted among those the plan's
 * equipment allows (levelsFor), so a missing barbell doesn't leave a step they can never take.
 */
export function ladderProgress(plan: Plan): LadderProgress[] {
  return mainLadders.flatMap((ladder) => {
    const onLadder = plan.exercises.filter((e) => e.ladder === ladder);
    const exercise = onLadder.reduce<PlanExercise | undefined>(
      (top, e) => (top === undefined || rungOf(e.exerciseId) > rungOf(top.exerciseId) ? e : top),
      undefined,
    );
    if (exercise === undefined) return [];
    const levels = levelsFor(ladder, plan.equipment);
    const rung = rungOf(exercise.exerciseId);
    const step = Math.max(1, levels.filter((l) => l.level <= rung).length);
    const steps = Math.max(step, levels.length);
    const destination = destinationFor(ladder, plan.equipment);
    const namedDestination = destinationFor(ladder);
    const current = findLevel(exercise.exerciseId);
    const atDestination = step === steps;
    const name = current?.name ?? exercise.exerciseId;
    const toward = destination ? ` toward the ${nameInSentence(destination.name)}` : '';
    const sentence = atDestination
      ? `At the destination: ${nameInSentence(name)}.`
      : `Step ${step} of ${steps}${toward}: ${nameInSentence(name)}.`;
    return [
      {
        ladder,
        label: ladderLabels[ladder],
        exercise,
        current,
        step,
        steps,
        destination,
        namedDestination,
        atDestination,
        fraction: steps === 1 ? 1 : (step - 1) / (steps - 1),
        sentence,
      },
    ];
  });
}
