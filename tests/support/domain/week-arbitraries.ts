// fast-check generators for one week of records around WEEK: scripted weeks done as prescribed,
// or chaotic logging with deleted records and days outside the week.
import fc from 'fast-check';
import type { Checkin } from '../../../src/domain/episodes/checkin';
import { addDays } from '../../../src/domain/episodes/episode-history';
import type { Plan } from '../../../src/domain/plan/plan';
import { FIRST_WEEK, trainingWeek, type WeekScript } from './plan-test-builders';
import type { ExerciseSet, Session } from '../../../src/domain/plan/session';
import { buildEpisode } from './test-builders';

const WEEK = FIRST_WEEK;
const meta = (id: string) => ({
  id,
  createdAt: `${WEEK}T06:00:00.000Z`,
  updatedAt: `${WEEK}T06:00:00.000Z`,
});
const deleted = fc.option(fc.constant('2026-01-20T00:00:00.000Z'), { freq: 6, nil: undefined });

const setArb = fc.record({
  setNumber: fc.integer({ min: 1, max: 5 }),
  reps: fc.integer({ min: 0, max: 22 }),
  loadDelta: fc.constantFrom(-2, 0, 0, 0, 2),
  hold: fc.integer({ min: 0, max: 70 }),
  effort: fc.constantFrom(
    'easy' as const,
    'moderate' as const,
    'moderate' as const,
    'hard' as const,
  ),
  painDuring: fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 0, max: 5 }) },
    { weight: 1, arbitrary: fc.integer({ min: 6, max: 10 }) },
  ),
  deletedAt: deleted,
});

/** A week done as prescribed (trainingWeek), steady or with one variation. */
function scriptedArb(plan: Plan) {
  const day = fc.integer({ min: 0, max: 6 });
  const script: fc.Arbitrary<WeekScript> = fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    fc.record({ sessions: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ reps: fc.integer({ min: 0, max: 20 }) }),
    fc.record({ hardOn: day }),
    fc.record({ painOn: fc.record({ offset: day, pain: fc.integer({ min: 0, max: 10 }) }) }),
    fc.record({ spasmOn: fc.integer({ min: -2, max: 8 }) }),
    fc.record({ worseAfter: day }),
  );
  return script.map((s) => trainingWeek(plan, WEEK, s));
}

/** A week of records for `plan`: either scripted, or chaotic logging on days -2..8 around it. */
export function recordsArb(plan: Plan) {
  return fc.oneof(scriptedArb(plan), chaosArb(plan));
}

function chaosArb(plan: Plan) {
  const session = fc.record({
    offset: fc.integer({ min: -2, max: 8 }),
    deletedAt: deleted,
    sets: fc.array(fc.tuple(fc.nat(plan.exercises.length - 1), setArb), { maxLength: 10 }),
  });
  return fc
    .record({
      sessions: fc.array(session, { maxLength: 6 }),
      mornings: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: 8 }),
          fc.constantFrom(...(['better', 'same', 'same', 'same', 'same', 'worse'] as const)),
          deleted,
        ),
        { maxLength: 8 },
      ),
      spasms: fc.array(fc.tuple(fc.integer({ min: -3, max: 9 }), deleted), { maxLength: 2 }),
    })
    .map(({ sessions, mornings, spasms }) => {
      const sessionRecords: Session[] = sessions.map((s, i) => ({
        ...meta(`session-${String(i)}`),
        day: addDays(WEEK, s.offset),
        ...(s.deletedAt && { deletedAt: s.deletedAt }),
      }));
      const sets: ExerciseSet[] = sessions.flatMap((s, i) =>
        s.sets.map(([index, set], j) => {
          const exercise = plan.exercises[index] ?? plan.exercises[0];
          if (exercise === undefined) throw new Error('A plan has at least one exercise');
          return {
            ...meta(`set-${String(i)}-${String(j)}`),
            sessionId: `session-${String(i)}`,
            exerciseId: exercise.exerciseId,
            setNumber: set.setNumber,
            reps: set.reps,
            ...(exercise.loadKg !== undefined && {
              loadKg: Math.max(0, exercise.loadKg + set.loadDelta),
            }),
            ...(exercise.holdSeconds !== undefined && { holdSeconds: set.hold }),
            effort: set.effort,
            painDuring: set.painDuring,
            ...(set.deletedAt && { deletedAt: set.deletedAt }),
          };
        }),
      );
      const checkins: Checkin[] = mornings.map(([offset, answer, deletedAt], i) => ({
        ...meta(`checkin-${String(i)}`),
        day: addDays(WEEK, offset),
        backPain: 3,
        activityIds: [],
        morningAfterSession: answer,
        ...(deletedAt && { deletedAt }),
      }));
      const episodes = spasms.map(([offset, deletedAt], i) =>
        buildEpisode({
          id: `episode-${String(i)}`,
          startedAt: `${addDays(WEEK, offset)}T09:00:00.000Z`,
          ...(deletedAt && { deletedAt }),
        }),
      );
      return { sessions: sessionRecords, sets, checkins, episodes };
    });
}
