import { describe, expect, it } from 'vitest';
import { checkPlan, equipmentKinds, equipmentLabels, ladderLabels, ladders } from './plan';
import {
  buildPlan,
  buildPlanExercise,
  errorsOf,
  testClock,
} from '../../../tests/support/domain/test-builders';

describe('checkPlan', () => {
  it('accepts a plan, with or without fixed training days', () => {
    expect(checkPlan(buildPlan(), testClock).ok).toBe(true);
    expect(
      checkPlan(buildPlan({ trainingDays: undefined, phase: 1, daysPerWeek: 2 }), testClock).ok,
    ).toBe(true);
  });

  it('accepts flare mode with a start date on or before today', () => {
    expect(checkPlan(buildPlan({ flareMode: true, flareSince: '2026-11-25' }), testClock).ok).toBe(
      true,
    );
  });

  it('rejects flare mode without a start date', () => {
    expect(errorsOf(checkPlan(buildPlan({ flareMode: true }), testClock))).toEqual({
      flareSince: 'Enter the date the flare started',
    });
  });

  it('rejects a flare start date in the future', () => {
    expect(
      errorsOf(checkPlan(buildPlan({ flareMode: true, flareSince: '2026-11-26' }), testClock)),
    ).toEqual({
      flareSince: "Flare start date can't be in the future",
    });
  });

  it('rejects a minimum rep count above the maximum, on the maximum', () => {
    const exercises = [buildPlanExercise(), buildPlanExercise({ repsMin: 12, repsMax: 8 })];
    expect(errorsOf(checkPlan(buildPlan({ exercises }), testClock))).toEqual({
      'exercises.1.repsMax': 'Maximum reps must be at least the minimum reps',
    });
    expect(
      checkPlan(
        buildPlan({ exercises: [buildPlanExercise({ repsMin: 10, repsMax: 10 })] }),
        testClock,
      ).ok,
    ).toBe(true);
  });

  it('rejects out-of-range prescriptions with fix-it messages', () => {
    const exercises = [buildPlanExercise({ sets: 0, repsMin: 0, holdSeconds: 601, loadKg: -2 })];
    expect(errorsOf(checkPlan(buildPlan({ exercises }), testClock))).toEqual({
      'exercises.0.sets': 'Sets must be a whole number from 1 to 10',
      'exercises.0.repsMin': 'Minimum reps must be a whole number from 1 to 100',
      'exercises.0.holdSeconds': 'Hold must be a whole number of seconds from 1 to 600',
      'exercises.0.loadKg': "Load can't be negative",
    });
  });

  it('rejects a bad phase, days per week, weekdays and equipment', () => {
    const input = {
      ...buildPlan(),
      phase: 4,
      daysPerWeek: 5,
      trainingDays: [1, 7],
      equipment: ['rowing-machine'],
    };
    expect(errorsOf(checkPlan(input, testClock))).toEqual({
      phase: 'Phase must be 1, 2 or 3',
      daysPerWeek: 'Training days per week must be a whole number from 2 to 4',
      'trainingDays.1': 'Training days must be weekdays from 0 (Sunday) to 6 (Saturday)',
      'equipment.0': 'Choose equipment from the list',
    });
  });

  it('rejects duplicate training days and equipment', () => {
    const input = buildPlan({ trainingDays: [1, 1, 3], equipment: ['bands', 'bands'] });
    expect(errorsOf(checkPlan(input, testClock))).toEqual({
      trainingDays: 'Each training day can only be chosen once',
      equipment: 'Each piece of equipment can only be chosen once',
    });
  });

  it('rejects an unknown ladder and a non-boolean flare mode', () => {
    const input = {
      ...buildPlan(),
      flareMode: 'yes',
      exercises: [{ ...buildPlanExercise(), ladder: 'squat' }],
    };
    expect(errorsOf(checkPlan(input, testClock))).toEqual({
      flareMode: 'Flare mode must be on or off',
      'exercises.0.ladder': 'Choose extension, row, hinge or accessory',
    });
  });

  it('labels every ladder and equipment kind', () => {
    expect(Object.keys(ladderLabels).sort()).toEqual([...ladders].sort());
    expect(Object.keys(equipmentLabels).sort()).toEqual([...equipmentKinds].sort());
  });
});

describe('plan exercise target reps', () => {
  it('accepts target reps per set, including below the range after a step back', () => {
    const exercises = [buildPlanExercise({ sets: 3, targetReps: [9, 8, 6] })];
    expect(checkPlan(buildPlan({ exercises }), testClock).ok).toBe(true);
  });

  it('rejects target reps that miss a set or go above the maximum', () => {
    const error = {
      'exercises.0.targetReps': 'Give target reps for each set, none above the maximum reps',
    };
    const missing = [buildPlanExercise({ sets: 3, targetReps: [9, 8] })];
    const tooMany = [buildPlanExercise({ sets: 2, targetReps: [13, 8] })];
    expect(errorsOf(checkPlan(buildPlan({ exercises: missing }), testClock))).toEqual(error);
    expect(errorsOf(checkPlan(buildPlan({ exercises: tooMany }), testClock))).toEqual(error);
  });
});
