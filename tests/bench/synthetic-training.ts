// Ten years of synthetic training for the weekly-review benchmark: a seeded PRNG (never
// Math.random), so every run sees the same ~1,500 sessions, their sets, a check-in every day and
// 1,000 spasms in bursts. The person follows whatever plan the review gave them the week before.
import type { Checkin } from '../../src/domain/checkin';
import type { Episode } from '../../src/domain/episode';
import { addDays } from '../../src/domain/episode-history';
import { defaultPrescription } from '../../src/domain/exercise-library';
import type { Plan } from '../../src/domain/plan';
import { targetRepsOf } from '../../src/domain/prescription';
import type { ExerciseSet, Session } from '../../src/domain/session';
import { reviewWeek } from '../../src/domain/weekly-review';

/** mulberry32 (public domain): uniform in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type TrainingRecords = {
  sessions: Session[];
  sets: ExerciseSet[];
  checkins: Checkin[];
  episodes: Episode[];
};

const meta = (id: string, day: string) => ({
  id,
  createdAt: `${day}T19:00:00.000Z`,
  updatedAt: `${day}T19:00:00.000Z`,
});
export const utcDay = (instant: string) => instant.slice(0, 10);

/** The plan the synthetic person starts with: step 2, three days a week, four exercises. */
export const startPlan: Plan = {
  ...meta('plan', '2016-11-27'),
  phase: 2,
  daysPerWeek: 3,
  trainingDays: [1, 3, 5],
  equipment: ['dumbbells', 'bench', 'barbell'],
  exercises: ['prone-lying', 'one-arm-row', 'hip-hinge-dowel', 'reverse-flye'].map((id) =>
    defaultPrescription(id)!,
  ),
  flareMode: false,
};

/**
 * `weeks` weeks from Monday `firstWeekOf`: each planned session done with probability 0.96, every
 * prescribed set logged (now and then a rep short or a set rated hard or painful), a morning
 * check-in every day, and `episodes` spasms in bursts of ten over a few days.
 */
export function syntheticTraining(seed: number, weeks = 520, firstWeekOf = '2016-11-28') {
  const random = seeded(seed);
  const all: TrainingRecords = { sessions: [], sets: [], checkins: [], episodes: [] };
  const burstWeeks = new Set<number>();
  while (burstWeeks.size < Math.min(100, weeks)) burstWeeks.add(Math.floor(random() * weeks));
  let plan = startPlan;
  let previous: ReturnType<typeof reviewWeek>['change'] | undefined;
  for (let w = 0; w < weeks; w += 1) {
    const weekOf = addDays(firstWeekOf, 7 * w);
    const week: TrainingRecords = { sessions: [], sets: [], checkins: [], episodes: [] };
    const sessionDays = new Set<string>();
    for (const offset of [0, 2, 4]) {
      if (random() >= 0.96) continue;
      const day = addDays(weekOf, offset);
      const session: Session = {
        id: `session-${day}`,
        createdAt: `${day}T19:00:00.000Z`,
        updatedAt: `${day}T19:00:00.000Z`,
        day,
      };
      sessionDays.add(day);
      week.sessions.push(session);
      const hard = random() < 0.03;
      const painful = random() < 0.01;
      for (const exercise of plan.exercises) {
        targetRepsOf(exercise).forEach((target, i) => {
          // One literal shape per record, like records parsed back from storage: spreads with
          // optional keys would give V8 slow dictionary objects and time the generator, not us.
          week.sets.push({
            id: `set-${day}-${exercise.exerciseId}-${String(i)}`,
            createdAt: `${day}T19:00:00.000Z`,
            updatedAt: `${day}T19:00:00.000Z`,
            sessionId: session.id,
            exerciseId: exercise.exerciseId,
            level: exercise.level,
            setNumber: i + 1,
            reps: random() < 0.05 ? Math.max(0, target - 1) : target,
            loadKg: exercise.loadKg,
            holdSeconds: exercise.holdSeconds,
            effort: hard && i === 0 ? 'hard' : random() < 0.5 ? 'easy' : 'moderate',
            painDuring: painful && i === 0 ? 6 : Math.floor(random() * 4),
          });
        });
      }
    }
    for (let d = 0; d < 7; d += 1) {
      const day = addDays(weekOf, d);
      const after = sessionDays.has(addDays(day, -1));
      const morning = random() < 0.02 ? 'worse' : random() < 0.3 ? 'better' : 'same';
      week.checkins.push({
        id: `checkin-${day}`,
        createdAt: `${day}T19:00:00.000Z`,
        updatedAt: `${day}T19:00:00.000Z`,
        day,
        backPain: Math.floor(random() * 5),
        activityIds: [],
        morningAfterSession: after ? morning : undefined,
      });
    }
    if (burstWeeks.has(w) && all.episodes.length + week.episodes.length < 1000) {
      for (let e = 0; e < 10; e += 1) {
        const day = addDays(weekOf, Math.floor(random() * 7));
        const startedAt = `${day}T${String(7 + e).padStart(2, '0')}:15:00.000Z`;
        week.episodes.push({
          id: `episode-${String(w)}-${String(e)}`,
          createdAt: `${day}T19:00:00.000Z`,
          updatedAt: `${day}T19:00:00.000Z`,
          startedAt,
          severity: 3 + Math.floor(random() * 6),
          region: 'lower-back',
          movement: 'bending-forward',
          easedBy: [],
        });
      }
    }
    const review = reviewWeek({ plan, weekOf, ...week, dayOf: utcDay, previous });
    plan = review.plan;
    previous = review.change;
    for (const key of ['sessions', 'sets', 'checkins', 'episodes'] as const) {
      (all[key] as unknown[]).push(...week[key]);
    }
  }
  return { firstWeekOf, weeks, records: all, finalPlan: plan };
}
