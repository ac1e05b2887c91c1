import type { Belief, Experiment } from './belief';

/**
 * Common unhelpful beliefs about back pain, in our own words (not items of any questionnaire),
 * offered as starting points for a journal entry.
 */
export const commonBeliefs = [
  'Bending will damage my back',
  'Pain means I am harming my back',
  'I must rest until the pain is gone',
  'Lifting anything heavy will set off a spasm',
  'My back is fragile and needs protecting',
  'If it hurts tomorrow, I did too much today',
  'I will never be able to do what I used to',
] as const;

/** How strongly the belief is held now: the latest re-rating, or the first rating without one. */
export function currentStrength(belief: Pick<Belief, 'strength' | 'reRatings'>): number {
  const latest = [...belief.reRatings].sort((a, b) => a.on.localeCompare(b.on)).at(-1);
  return latest?.strength ?? belief.strength;
}

/** An experiment that has been done: it has an actual pain and the day it was done. */
export type DoneExperiment = Experiment & { actualPain: number; doneOn: string };

export function isDone(experiment: Experiment): experiment is DoneExperiment {
  return experiment.actualPain !== undefined && experiment.doneOn !== undefined;
}

/** Done experiments not deleted, oldest first (by the day done, then when recorded). */
export function doneExperiments(experiments: readonly Experiment[]): DoneExperiment[] {
  return experiments
    .filter((e) => e.deletedAt === undefined)
    .filter(isDone)
    .sort((a, b) => a.doneOn.localeCompare(b.doneOn) || a.createdAt.localeCompare(b.createdAt));
}

export type ExperimentTally = {
  done: number;
  lower: number;
  same: number;
  higher: number;
  /** Mean of predicted minus actual pain; positive when pain was lower than predicted. */
  meanDifference: number | null;
};

/**
 * Counts done experiments by whether the actual pain was lower than, the same as, or higher than
 * predicted. Invariant: lower + same + higher === done. Deleted and unfinished ones never count.
 */
export function tallyExperiments(experiments: readonly Experiment[]): ExperimentTally {
  const done = doneExperiments(experiments);
  const tally: ExperimentTally = {
    done: done.length,
    lower: 0,
    same: 0,
    higher: 0,
    meanDifference: null,
  };
  let total = 0;
  for (const e of done) {
    const difference = e.predictedPain - e.actualPain;
    total += difference;
    if (difference > 0) tally.lower += 1;
    else if (difference === 0) tally.same += 1;
    else tally.higher += 1;
  }
  if (done.length > 0) tally.meanDifference = total / done.length;
  return tally;
}

const experimentWord = (n: number) => (n === 1 ? 'experiment' : 'experiments');

/**
 * A plain sentence about the tally, e.g. "In 4 of your 5 experiments the pain was lower than you
 * predicted." It reports what happened and draws no conclusion for the person.
 */
export function experimentSentence(tally: ExperimentTally): string {
  if (tally.done === 0) return 'No experiments finished yet: record the actual pain after one.';
  const parts = [
    `In ${tally.lower} of your ${tally.done} ${experimentWord(tally.done)} the pain was lower than you predicted`,
  ];
  if (tally.same > 0) parts.push(`in ${tally.same} it was as predicted`);
  if (tally.higher > 0) parts.push(`in ${tally.higher} it was higher`);
  const last = parts.pop() ?? '';
  return parts.length === 0 ? `${last}.` : `${parts.join(', ')} and ${last}.`;
}
