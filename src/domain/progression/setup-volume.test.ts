import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPrescription } from '../exercises';
import { planExerciseSchema, type PlanExercise } from '../plan';
import { prescriptionArb } from '../../../tests/support/domain/plan-arbitraries';
import { weeklyVolume } from './prescription';
import { fitWeeklyVolume, keepWeeklyVolume, risesOverLimit, weeklyRises } from './setup-volume';

const row = defaultPrescription('one-arm-row')!; // 2 × 10 at 4 kg, 10-15 reps
const bridge = defaultPrescription('glute-bridge')!; // 2 × 8 bodyweight, 8-12 reps
const holds = defaultPrescription('superman-hold')!; // 2 × 3 × 10 s holds
const lying = defaultPrescription('prone-lying')!; // 2 × 30 s hold
const flye = defaultPrescription('reverse-flye')!;

const week = (daysPerWeek: number, ...exercises: PlanExercise[]) => ({ daysPerWeek, exercises });

describe('weekly volume from one plan to the next', () => {
  it('counts more days a week as more weekly volume for each exercise', () => {
    const rises = weeklyRises(week(2, row, bridge), week(4, row, bridge));
    expect(rises.map((r) => [r.after.exerciseId, r.rise])).toEqual([
      ['one-arm-row', 1],
      ['glute-bridge', 1],
    ]);
  });

  it('stays within the limit at exactly 10 % and goes over just past it', () => {
    const eleven = { ...bridge, targetReps: [9, 8] }; // 17 reps: 6.25 % more than 16
    expect(risesOverLimit(week(3, bridge), week(3, eleven))).toEqual([]);
    const tenPercent = { ...row, targetReps: [11, 11] }; // 22 reps vs 20
    expect(risesOverLimit(week(3, row), week(3, tenPercent))).toEqual([]);
    const more = { ...row, targetReps: [12, 11] };
    expect(risesOverLimit(week(3, row), week(3, more)).map((r) => r.rise)).toEqual([
      expect.closeTo(0.15, 6),
    ]);
  });

  it('treats fewer days, new exercises and rungs of another kind as no rise to warn about', () => {
    expect(risesOverLimit(week(4, row), week(2, row))).toEqual([]);
    // An accessory added starts from its own light prescription.
    expect(weeklyRises(week(2, row), week(2, row, flye)).map((r) => r.after)).toEqual([row]);
    // Prone lying (seconds) to press-ups (reps): a different exercise, no ratio to compare.
    const pressUp = defaultPrescription('prone-press-up')!;
    expect(weeklyRises(week(2, lying), week(2, pressUp))).toEqual([]);
  });

  it('compares a new rung of the same kind with the rung it replaces', () => {
    // Dumbbell row at 4 kg to the kettlebell variant at 8 kg: twice the load each rep.
    const kettlebell = defaultPrescription('one-arm-row-kettlebell')!;
    const [rise] = weeklyRises(week(3, row), week(3, kettlebell));
    expect(rise).toMatchObject({ before: row, after: kettlebell, rise: 1 });
  });
});

describe('keeping the weekly volume on a new schedule', () => {
  it('spreads the same work over more days with fewer sets a session', () => {
    // 2 days × 2 × 10 at 4 kg = 160 kg a week; 3 days of 1 × 14 = 168 kg (+5 %).
    expect(fitWeeklyVolume(row, weeklyVolume(row, 2), 3)).toMatchObject({
      sets: 1,
      targetReps: [14],
      loadKg: 4,
    });
    // 3 sets of 12 on 2 days (72 reps) over 3 days: 26 reps, still 3 sets.
    const three = { ...bridge, sets: 3, targetReps: [12, 12, 12] };
    expect(fitWeeklyVolume(three, weeklyVolume(three, 2), 3)?.targetReps).toEqual([9, 9, 8]);
  });

  it('keeps holds as long as they are, and fewer of them a session', () => {
    expect(fitWeeklyVolume(holds, weeklyVolume(holds, 2), 4)).toMatchObject({
      sets: 1,
      targetReps: [3],
      holdSeconds: 10,
    });
  });

  it('shortens a single hold only when even one a session is too much', () => {
    const single = { ...lying, sets: 1, targetReps: [1], holdSeconds: 40 };
    // 2 × 40 s a week over 4 days: 22 s a session at most.
    expect(fitWeeklyVolume(single, weeklyVolume(single, 2), 4)).toMatchObject({
      sets: 1,
      holdSeconds: 22,
    });
    // 30 s a week over 4 days would be 8 s a session.
    expect(fitWeeklyVolume(single, 30, 4)).toBeUndefined();
  });

  it('gives up rather than leave under 10 reps a session', () => {
    const one = { ...row, sets: 1, targetReps: [10] };
    // 20 reps a week over 4 days would be 5 reps a session.
    expect(fitWeeklyVolume(one, weeklyVolume(one, 2), 4)).toBeUndefined();
    const bigger = { ...bridge, targetReps: [12, 12] }; // 48 reps a week: 13 a session on 4 days
    const kept = keepWeeklyVolume(week(2, one, bigger), week(4, one, bigger));
    expect(kept.tooLittle).toEqual([one]);
    expect(kept.exercises[1]).toMatchObject({ sets: 1, targetReps: [12] });
  });

  it('leaves exercises within the limit as they are', () => {
    const kept = keepWeeklyVolume(week(3, row, flye), week(3, { ...row, targetReps: [11, 10] }));
    expect(kept).toEqual({ exercises: [{ ...row, targetReps: [11, 10] }], tooLittle: [] });
  });

  it('never leaves a fitted exercise over 10 % a week, and always a valid prescription', () => {
    const days = fc.integer({ min: 2, max: 4 });
    fc.assert(
      fc.property(prescriptionArb, days, days, (exercise, before, after) => {
        const kept = keepWeeklyVolume(week(before, exercise), week(after, exercise));
        const [fitted] = kept.exercises;
        expect(planExerciseSchema.safeParse(fitted).success).toBe(true);
        if (kept.tooLittle.length > 0) return;
        expect(risesOverLimit(week(before, exercise), week(after, fitted!))).toEqual([]);
        expect(fitted!.loadKg).toBe(exercise.loadKg);
      }),
    );
  });
});
