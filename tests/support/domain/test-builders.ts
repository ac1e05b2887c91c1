import type { Activity } from '../../../src/domain/episodes/activity';
import type { Belief, Experiment } from '../../../src/domain/guide/belief';
import type { Checkin } from '../../../src/domain/episodes/checkin';
import type { Episode } from '../../../src/domain/episodes/episode';
import type { Medication } from '../../../src/domain/medications/medication';
import type { Outcome } from '../../../src/domain/guide/outcome';
import type { Plan, PlanExercise } from '../../../src/domain/plan/plan';
import type { PlanChange } from '../../../src/domain/plan/plan-change';
import type { Screening } from '../../../src/domain/safety/screening';
import type { ExerciseSet, Session } from '../../../src/domain/plan/session';
import { defaultSettings } from '../../../src/domain/settings/settings';
import type { Settings } from '../../../src/domain/settings/settings';
import type { Clock, FieldErrors, Validation } from '../../../src/domain/common/validation';

/** A fixed clock for tests: midday UTC on 25 November 2026. */
export const testClock: Clock = { now: '2026-11-25T12:00:00.000Z', today: '2026-11-25' };

let sequence = 0;

/** A fresh id such as "episode-7"; unique within one test run. */
export function nextTestId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

/** Record meta created and updated one hour before `testClock.now`. */
export function buildMeta(prefix: string) {
  return {
    id: nextTestId(prefix),
    createdAt: '2026-11-25T11:00:00.000Z',
    updatedAt: '2026-11-25T11:00:00.000Z',
  };
}

/** A valid episode (moderate lower-back spasm this morning while lifting), with overrides. */
export function buildEpisode(overrides: Partial<Episode> = {}): Episode {
  return {
    ...buildMeta('episode'),
    startedAt: '2026-11-25T08:30:00.000Z',
    severity: 6,
    region: 'lower-back',
    side: 'left',
    activityId: 'cat-lifting-heavy',
    movement: 'lifting',
    loadKg: 12,
    endedAt: '2026-11-25T10:00:00.000Z',
    easedBy: ['lying-down', 'heat'],
    couldMove: true,
    notes: 'Lifted a case of water out of the car boot.',
    ...overrides,
  };
}

/** A valid custom activity, with overrides. */
export function buildActivity(overrides: Partial<Activity> = {}): Activity {
  return { ...buildMeta('activity'), name: 'Carrying the laundry basket upstairs', ...overrides };
}

/** A valid check-in for `testClock.today`, with overrides. */
export function buildCheckin(overrides: Partial<Checkin> = {}): Checkin {
  return {
    ...buildMeta('checkin'),
    day: '2026-11-25',
    backPain: 3,
    activityIds: ['cat-desk-work', 'cat-gardening'],
    morningAfterSession: 'same',
    ...overrides,
  };
}

/** A valid statin record started a month ago with one dose increase, with overrides. */
export function buildMedication(overrides: Partial<Medication> = {}): Medication {
  return {
    ...buildMeta('medication'),
    name: 'Atorvastatin',
    drugClass: 'statin',
    dose: '10 mg',
    startedOn: '2026-10-20',
    doseChanges: [{ on: '2026-11-10', dose: '20 mg' }],
    ...overrides,
  };
}

/** A valid plan exercise (glute bridge, 2 sets of 8-12), with overrides. */
export function buildPlanExercise(overrides: Partial<PlanExercise> = {}): PlanExercise {
  return {
    exerciseId: 'glute-bridge',
    ladder: 'hinge',
    sets: 2,
    repsMin: 8,
    repsMax: 12,
    ...overrides,
  };
}

/** A valid phase 2 plan, three days a week, not in flare mode, with overrides. */
export function buildPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    ...buildMeta('plan'),
    phase: 2,
    daysPerWeek: 3,
    trainingDays: [1, 3, 5],
    equipment: ['dumbbells', 'bench'],
    exercises: [
      buildPlanExercise(),
      buildPlanExercise({ exerciseId: 'bird-dog', ladder: 'extension', holdSeconds: 5 }),
      buildPlanExercise({ exerciseId: 'one-arm-row', ladder: 'row', loadKg: 4 }),
    ],
    flareMode: false,
    ...overrides,
  };
}

/**
 * A weekly review as the plan-change history stores it: a steady week in phase 2, every session
 * done, no exercise changed, reviewed on `testClock`'s day for the week before; with overrides.
 */
export function buildWeeklyReview(overrides: Partial<PlanChange> = {}): PlanChange {
  return {
    ...buildMeta('review'),
    kind: 'weekly-review',
    day: testClock.today,
    weekOf: '2026-11-18',
    sessionsDone: 3,
    sessionsPlanned: 3,
    goodWeeksInARow: 1,
    phaseBefore: 2,
    phaseAfter: 2,
    flareModeBefore: false,
    flareModeAfter: false,
    headline: 'A steady week',
    phaseMessage: 'Keep going',
    exercises: [],
    ...overrides,
  };
}

/** A valid session done this morning, with overrides. */
export function buildSession(overrides: Partial<Session> = {}): Session {
  return {
    ...buildMeta('session'),
    day: '2026-11-25',
    startedAt: '2026-11-25T07:00:00.000Z',
    completedAt: '2026-11-25T07:25:00.000Z',
    ...overrides,
  };
}

/** A valid performed set, with overrides. */
export function buildExerciseSet(overrides: Partial<ExerciseSet> = {}): ExerciseSet {
  return {
    ...buildMeta('set'),
    sessionId: 'session-1',
    exerciseId: 'glute-bridge',
    setNumber: 1,
    reps: 10,
    effort: 'moderate',
    painDuring: 2,
    ...overrides,
  };
}

/** A valid safety check with nothing urgent found, with overrides. */
export function buildScreening(overrides: Partial<Screening> = {}): Screening {
  return {
    ...buildMeta('screening'),
    takenAt: '2026-11-25T09:00:00.000Z',
    answers: { 'both-legs-numb': false, 'night-pain': false },
    outcome: 'nothing-urgent',
    ...overrides,
  };
}

/** A valid belief journal entry with one re-rating, with overrides. */
export function buildBelief(overrides: Partial<Belief> = {}): Belief {
  return {
    ...buildMeta('belief'),
    belief: 'Bending will damage my back',
    situation: 'Picking up toys from the floor',
    strength: 80,
    evidenceFor: 'It hurt last time I bent over',
    evidenceAgainst: 'I bent to tie my shoes all week without a spasm',
    alternative: 'Bending is a normal movement my back can get used to again',
    reRatings: [{ on: '2026-11-24T20:00:00.000Z', strength: 60 }],
    ...overrides,
  };
}

/** A valid behavioural experiment planned for tomorrow, not yet done, with overrides. */
export function buildExperiment(overrides: Partial<Experiment> = {}): Experiment {
  return {
    ...buildMeta('experiment'),
    activity: 'Lift the laundry basket from the floor',
    predictedPain: 7,
    plannedFor: '2026-11-26',
    ...overrides,
  };
}

/** A valid weekly outcome for the week starting Monday 23 November 2026, with overrides. */
export function buildOutcome(overrides: Partial<Outcome> = {}): Outcome {
  return {
    ...buildMeta('outcome'),
    weekOf: '2026-11-23',
    backPain: 4,
    activityRatings: [
      { activity: 'Lifting a case of water', rating: 4 },
      { activity: 'Bending over the crib', rating: 6 },
    ],
    ...overrides,
  };
}

/** Valid default settings created at `testClock.now`, with overrides. */
export function buildSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(testClock.now), ...overrides };
}

/** The field errors of a check result, or {} when it passed: lets tests compare whole error sets. */
export function errorsOf(result: Validation<unknown>): FieldErrors {
  return result.ok ? {} : result.errors;
}

/** A built record without its bookkeeping fields: what a repository's `add` takes. */
export function withoutMeta<
  T extends { id: string; createdAt: string; updatedAt: string; deletedAt?: string | undefined },
>(record: T): Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
  const copy: Partial<T> = { ...record };
  delete copy.id;
  delete copy.createdAt;
  delete copy.updatedAt;
  delete copy.deletedAt;
  return copy as Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
}
