// The rest of the synthetic person's ten years (see synthetic-years.ts): the beliefs journal and
// experiments, medicines, safety checks and weekly ratings. Deterministic: PRNGs and days passed in.
import type { Belief, Experiment } from '../../src/domain/guide/belief';
import type { Checkin } from '../../src/domain/episodes/checkin';
import { weekdayOf } from '../../src/domain/common/day-number';
import { addDays, daysBetween } from '../../src/domain/episodes/episode-history';
import type { Medication } from '../../src/domain/medications/medication';
import type { Outcome } from '../../src/domain/guide/outcome';
import { redFlagQuestions } from '../../src/domain/safety/red-flags';
import { at, clamp } from './synthetic-time';

/** A safety check's answers, with the day the person saw a doctor about it, if they did. */
export type SyntheticScreening = {
  takenAt: string;
  answers: Record<string, boolean>;
  seenDoctorOn?: string;
};

const beliefTexts = [
  ['Bending forward will damage my back', 'Picking up the laundry'],
  ['A spasm means something is torn', 'The spasm on the stairs'],
  ['I should rest until the pain has gone', 'A bad morning'],
  ['Lifting anything heavy is dangerous for me', 'Shopping bags'],
  ['My back is fragile', 'Watching my child play football'],
  ['If it hurts, I am making it worse', 'Rows felt achy'],
] as const;

export function journal(random: () => number, firstDay: string, lastDay: string) {
  const span = daysBetween(firstDay, lastDay);
  const beliefs: Belief[] = [];
  for (let i = 0; i < 40; i += 1) {
    // Most entries in the first years, when the beliefs are strongest.
    const day = addDays(firstDay, Math.floor(span * random() ** 2));
    const [belief, situation] = beliefTexts[i % beliefTexts.length]!;
    const createdAt = at(day, 21, i % 60);
    const strength = 60 + Math.floor(random() * 36);
    const reRatings = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, n) => ({
      on: at(addDays(day, 14 * (n + 1)), 21),
      strength: clamp(strength - 15 * (n + 1) - Math.floor(random() * 10), 0, 100),
    })).filter((r) => r.on.slice(0, 10) < lastDay);
    beliefs.push({
      id: `belief-${String(i)}`,
      createdAt,
      updatedAt: reRatings.at(-1)?.on ?? createdAt,
      belief,
      situation,
      strength,
      evidenceFor: 'It hurt a lot last time.',
      evidenceAgainst: 'I did it last week and was fine the next day.',
      alternative: 'Hurt does not mean harm; my back is strong and adapts.',
      reRatings,
    });
  }
  const fears = [
    'Pick up the laundry basket from the floor',
    'Carry the shopping from the car',
    'Sit through a whole film',
    'Garden for half an hour',
    'Lift my child into the car seat',
  ];
  const experiments: Experiment[] = [];
  for (let i = 0; i < 30; i += 1) {
    const day = addDays(firstDay, Math.floor(span * random() ** 1.5));
    const plannedFor = addDays(day, 1 + Math.floor(random() * 6));
    const predictedPain = 5 + Math.floor(random() * 5);
    const done = plannedFor < lastDay && random() < 0.85;
    experiments.push({
      id: `experiment-${String(i)}`,
      createdAt: at(day, 20),
      updatedAt: done ? at(plannedFor, 20) : at(day, 20),
      activity: fears[i % fears.length]!,
      predictedPain,
      plannedFor,
      actualPain: done ? clamp(predictedPain - 2 - Math.floor(random() * 4), 0, 10) : undefined,
      doneOn: done ? plannedFor : undefined,
      notes: done ? 'Less than I feared.' : undefined,
    });
  }
  return { beliefs, experiments };
}

export function medicines(firstDay: string): Medication[] {
  const day = (n: number) => addDays(firstDay, n);
  const medication = (
    id: string,
    name: string,
    dose: string,
    startedOn: string,
    extra: Partial<Medication> = {},
  ): Medication => ({
    id,
    createdAt: at(startedOn, 20),
    updatedAt: at(extra.stoppedOn ?? extra.doseChanges?.at(-1)?.on ?? startedOn, 20),
    name,
    dose,
    startedOn,
    doseChanges: [],
    ...extra,
  });
  return [
    medication('med-ibuprofen', 'Ibuprofen', '400 mg three times a day', day(2), {
      stoppedOn: day(30),
    }),
    medication('med-cyclobenzaprine', 'Cyclobenzaprine', '5 mg at night', day(200), {
      stoppedOn: day(214),
    }),
    medication('med-simvastatin', 'Simvastatin', '20 mg', day(1100), {
      doseChanges: [{ on: day(1280), dose: '40 mg' }],
      stoppedOn: day(1500),
      notes: 'Changed to atorvastatin: aching legs.',
    }),
    medication('med-atorvastatin', 'Atorvastatin', '10 mg', day(1500)),
    medication('med-omeprazole', 'Omeprazole', '20 mg', day(2100)),
  ];
}

export function screenings(firstDay: string, lastDay: string): SyntheticScreening[] {
  const none = Object.fromEntries(redFlagQuestions.map((q) => [q.id, false]));
  const checks: SyntheticScreening[] = [];
  for (let year = 0; addDays(firstDay, 365 * year) < lastDay; year += 1) {
    checks.push({ takenAt: at(addDays(firstDay, 365 * year), 9), answers: none });
  }
  // Once, pain at night: "see a doctor soon", and the visit four days later.
  checks.splice(3, 0, {
    takenAt: at(addDays(firstDay, 800), 9),
    answers: { ...none, 'night-pain': true },
    seenDoctorOn: addDays(firstDay, 804),
  });
  return checks;
}

export const hardActivities = [
  'Picking up my child',
  'Gardening for an hour',
  'Sitting through a film',
];

/**
 * Weekly ratings for about 85 % of the weeks that are over: the week's mean back pain and the
 * three hard activities (0 = can't do it, 10 = as before), getting easier over the years.
 */
export function weeklyOutcomes(
  random: () => number,
  checkins: readonly Checkin[],
  lastDay: string,
) {
  const outcomes: Outcome[] = [];
  const firstMonday = checkins.find((c) => weekdayOf(c.day) === 1)!.day;
  const firstDay = checkins[0]!.day;
  const span = daysBetween(firstDay, lastDay);
  for (let weekOf = firstMonday; addDays(weekOf, 7) <= lastDay; weekOf = addDays(weekOf, 7)) {
    if (random() >= 0.85) continue;
    const start = daysBetween(firstDay, weekOf);
    const week = checkins.slice(start, start + 7);
    const pain = week.reduce((sum, c) => sum + c.backPain, 0) / week.length;
    const progress = start / span;
    const sunday = addDays(weekOf, 6);
    outcomes.push({
      id: `outcome-${weekOf}`,
      createdAt: at(sunday, 20),
      updatedAt: at(sunday, 20),
      weekOf,
      backPain: Math.round(pain),
      activityRatings: hardActivities.map((activity, i) => ({
        activity,
        rating: clamp(Math.round(3 + 6 * progress - i + random() * 2), 0, 10),
      })),
    });
  }
  return outcomes;
}
