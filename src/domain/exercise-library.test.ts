import { describe, expect, it } from 'vitest';
import {
  defaultPrescription,
  destinationFor,
  exerciseLibrary,
  findLevel,
  ladderOf,
  levelsFor,
  nextLevel,
  previousLevel,
} from './exercise-library';
import { MIN_UNITS } from './exercise-level';
import { ladderProgress } from './ladder-progress';
import { planExerciseSchema } from './plan';
import { comparableVolumes, sessionVolume } from './prescription';
import { buildPlan } from './test-builders';

const ids = (levels: readonly { id: string }[]) => levels.map((l) => l.id);
const top = (id: string) => {
  const start = defaultPrescription(id)!;
  const level = findLevel(id)!;
  return {
    ...start,
    targetReps: start.targetReps!.map(() => level.repsMax),
    ...(level.holdMax === undefined ? {} : { holdSeconds: level.holdMax }),
    ...(level.moveOnAtKg === undefined ? {} : { loadKg: level.moveOnAtKg }),
  };
};

describe('the exercise library', () => {
  it('orders the three ladders as DOMAIN.md section 5 does', () => {
    const everything = ['none', 'dumbbells', 'kettlebell', 'barbell', 'bands', 'bench'] as const;
    expect(ids(levelsFor('extension', []))).toEqual([
      'prone-lying',
      'prone-press-up',
      'bird-dog',
      'alternating-superman',
      'superman-hold',
    ]);
    expect(ids(levelsFor('row', everything))).toEqual([
      'one-arm-row',
      'chest-supported-row',
      'bent-over-row',
    ]);
    expect(ids(levelsFor('hinge', everything))).toEqual([
      'hip-hinge-dowel',
      'glute-bridge',
      'light-good-morning',
      'romanian-deadlift',
      'deadlift',
    ]);
    expect(ids(levelsFor('accessory', everything))).toEqual(['reverse-flye', 'good-morning']);
  });

  it('has unique ids, 3-4 cues, and prescriptions that pass the plan schema', () => {
    expect(new Set(ids(exerciseLibrary)).size).toBe(exerciseLibrary.length);
    for (const level of exerciseLibrary) {
      expect(level.cues.length, level.id).toBeGreaterThanOrEqual(3);
      expect(level.cues.length, level.id).toBeLessThanOrEqual(4);
      expect(planExerciseSchema.safeParse(defaultPrescription(level.id)).success, level.id).toBe(
        true,
      );
      expect(level.loadKind === 'bodyweight' || level.loadKind === 'band').toBe(
        level.startingLoadKg === undefined,
      );
    }
  });

  it('starts every rung with room to grow by whole reps or seconds within 10 %', () => {
    for (const level of exerciseLibrary) {
      const units = level.unit === 'seconds' ? level.holdMin! : level.sets * level.repsMin;
      expect(units, level.id).toBeGreaterThanOrEqual(MIN_UNITS);
    }
  });

  it('lets every weighted rung take its load step with reps back at the bottom within 10 %', () => {
    for (const level of exerciseLibrary.filter((l) => l.startingLoadKg !== undefined)) {
      const load = level.startingLoadKg!;
      const ratio = (level.repsMin * (load + level.loadStepKg!)) / (level.repsMax * load);
      expect(ratio, level.id).toBeLessThanOrEqual(1.1);
    }
  });

  it('starts each next rung no heavier than 10 % over the top of the rung below, when comparable', () => {
    const everything = ['dumbbells', 'kettlebell', 'barbell', 'bands', 'bench'] as const;
    for (const level of exerciseLibrary) {
      for (const equipment of [[], ...everything.map((e) => [e]), everything]) {
        const next = nextLevel(level.id, equipment);
        if (next === undefined || !levelsFor(level.ladder, equipment).includes(level)) continue;
        const from = top(level.id);
        const to = defaultPrescription(next.id)!;
        if (!comparableVolumes(from, to)) continue;
        expect(
          sessionVolume(to) / sessionVolume(from),
          `${level.id} -> ${next.id}`,
        ).toBeLessThanOrEqual(1.1);
      }
    }
  });

  it('skips rungs the person lacks equipment for, keeping the order', () => {
    expect(ids(levelsFor('row', ['dumbbells']))).toEqual(['one-arm-row', 'bent-over-row']);
    expect(ids(levelsFor('row', ['kettlebell']))).toEqual(['one-arm-row-kettlebell']);
    expect(ids(levelsFor('row', ['none']))).toEqual([]);
    expect(ids(levelsFor('hinge', ['kettlebell']))).toEqual([
      'hip-hinge-dowel',
      'glute-bridge',
      'light-good-morning',
      'romanian-deadlift-kettlebell',
      'kettlebell-deadlift',
    ]);
    expect(nextLevel('one-arm-row', ['dumbbells'])?.id).toBe('bent-over-row');
    expect(previousLevel('bent-over-row', ['dumbbells'])?.id).toBe('one-arm-row');
    expect(nextLevel('superman-hold', [])).toBeUndefined();
    expect(previousLevel('prone-lying', [])).toBeUndefined();
  });

  it('names each destination, and the one the equipment reaches', () => {
    expect(destinationFor('extension')?.id).toBe('superman-hold');
    expect(destinationFor('row')?.id).toBe('bent-over-row');
    expect(destinationFor('hinge')?.id).toBe('deadlift');
    expect(destinationFor('hinge', ['dumbbells'])?.id).toBe('romanian-deadlift');
    expect(destinationFor('row', [])).toBeUndefined();
    expect(ladderOf('hinge').every((l) => l.ladder === 'hinge')).toBe(true);
  });

  it('gives the default prescription: default sets at the bottom of the range, starting load', () => {
    expect(defaultPrescription('romanian-deadlift')).toEqual({
      exerciseId: 'romanian-deadlift',
      ladder: 'hinge',
      level: 3,
      sets: 3,
      repsMin: 8,
      repsMax: 12,
      targetReps: [8, 8, 8],
      loadKg: 4,
    });
    expect(defaultPrescription('prone-lying')).toMatchObject({
      holdSeconds: 30,
      targetReps: [1, 1],
    });
    expect(defaultPrescription('no-such-exercise')).toBeUndefined();
  });
});

describe('ladderProgress', () => {
  it('says how far along each ladder the plan is, among the rungs the equipment allows', () => {
    const plan = buildPlan({
      equipment: ['dumbbells'],
      exercises: ['glute-bridge', 'bent-over-row', 'reverse-flye'].map((id) =>
        defaultPrescription(id)!,
      ),
    });
    const progress = ladderProgress(plan);
    expect(progress.map((p) => [p.ladder, p.step, p.steps, p.atDestination])).toEqual([
      ['row', 2, 2, true],
      ['hinge', 2, 4, false],
    ]);
    expect(progress[1]!.sentence).toBe('Step 2 of 4 toward the Romanian deadlift: glute bridge.');
    expect(progress[1]!.namedDestination?.id).toBe('deadlift');
    expect(progress[0]!.sentence).toBe('At the destination: bent-over row.');
    expect(progress[1]!.fraction).toBeCloseTo(1 / 3);
  });
});
