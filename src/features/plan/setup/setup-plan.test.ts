import { describe, expect, it } from 'vitest';
import { defaultPrescription, fromUnits } from '../../../domain/exercises';
import { planSchema, type Plan, type PlanExercise } from '../../../domain/plan';
import { FIRST_WEEK, weekInput } from '../../../../tests/support/domain/plan-test-builders';
import { describePrescription, weeklyVolume, setupChange } from '../../../domain/progression';
import { buildPlan } from '../../../../tests/support/domain/test-builders';
import { reviewWeek } from '../../../domain/review';
import { initialChoices, type SetupChoices } from './setup-choices';
import { setupOutcome } from './setup-plan';

const start = (id: string) => defaultPrescription(id)!;
// Months into step 3: each exercise built past its starting prescription.
const pressUp: PlanExercise = { ...start('prone-press-up'), targetReps: [11, 11] };
const row: PlanExercise = { ...start('one-arm-row'), targetReps: [15, 15], loadKg: 6 };
const bridge: PlanExercise = { ...start('glute-bridge'), targetReps: [12, 11] };
const flye: PlanExercise = { ...start('reverse-flye'), targetReps: [12, 12], loadKg: 3 };
const plan: Plan = buildPlan({
  phase: 3,
  daysPerWeek: 3,
  trainingDays: [1, 3, 5],
  equipment: ['dumbbells'],
  exercises: [pressUp, row, bridge, flye],
});
const change = (patch: Partial<SetupChoices>) =>
  setupOutcome({ ...initialChoices(plan), ...patch }, plan, 'kg');

describe('the plan a setup change produces', () => {
  it('keeps every prescription, accessories included, when only the days move', () => {
    const { fields, over } = change({ trainingDays: [2, 4, 6] });
    expect(over).toEqual([]);
    expect(fields.exercises).toEqual(plan.exercises);
    expect(fields.findingBaseline).toBeUndefined();
  });

  it('starts only the new rung at its starting prescription, in a baseline week of its own', () => {
    const { fields } = change({
      start: { extension: 'bird-dog', row: 'one-arm-row', hinge: 'glute-bridge' },
    });
    expect(fields.exercises).toEqual([
      { ...start('bird-dog'), findingBaseline: true },
      row,
      bridge,
      flye,
    ]);
    expect(fields.findingBaseline).toBeUndefined();
    const next = planSchema.parse({ ...plan, ...fields });

    // The next steady week: the new rung's baseline is set from it, the unchanged exercises
    // carry on progressing from where they were.
    const review = reviewWeek(weekInput(next, FIRST_WEEK));
    const actions = review.decisions.map((d) => [d.exerciseId, d.action, d.reason]);
    expect(actions).toEqual([
      ['bird-dog', 'hold', 'baseline-kept'],
      // The plan now records the weights owned: 4 -> 6 kg is +50 %, stepped in (§5b rule 5).
      ['one-arm-row', 'progress', 'progress-step-in'],
      ['glute-bridge', 'progress', 'progress-reps'],
      ['reverse-flye', 'progress', 'progress-reps'],
    ]);
    expect(review.plan.findingBaseline).toBeUndefined();
    expect(review.plan.exercises[0]).toEqual(start('bird-dog'));
  });

  it('gives exactly the exercises whose rung or load changed a baseline week of their own', () => {
    const { fields } = change({ accessories: ['reverse-flye', 'good-morning'] });
    expect(fields.exercises.map((e) => [e.exerciseId, e.findingBaseline])).toEqual([
      ['prone-press-up', undefined],
      ['one-arm-row', undefined],
      ['glute-bridge', undefined],
      ['reverse-flye', undefined],
      ['good-morning', true],
    ]);
    // Loads switched to pounds change too: the row and the flye; the bodyweight ones don't.
    const lb = setupOutcome(initialChoices(plan), plan, 'lb').fields.exercises;
    expect(lb.map((e) => [e.exerciseId, e.findingBaseline])).toEqual([
      ['prone-press-up', undefined],
      ['one-arm-row', true],
      ['glute-bridge', undefined],
      ['reverse-flye', true],
    ]);
    // A whole-plan baseline week covers every exercise already.
    const more = change({ daysPerWeek: 4, trainingDays: [1, 2, 4, 5], volume: 'baseline' });
    expect(more.fields.exercises.every((e) => e.findingBaseline === undefined)).toBe(true);
  });

  it('adds a chosen accessory at its light start and drops one no longer ticked', () => {
    const { fields } = change({ accessories: ['good-morning'] });
    expect(fields.exercises.slice(3)).toEqual([
      { ...start('good-morning'), findingBaseline: true },
    ]);
  });

  it('drops an accessory the equipment no longer allows', () => {
    const { fields } = change({ equipment: ['none'] });
    expect(fields.exercises.map((e) => e.exerciseId)).toEqual(['prone-press-up', 'glute-bridge']);
  });

  it('keeps the weekly volume on more days by default, or starts a baseline week if asked', () => {
    const more = { daysPerWeek: 4, trainingDays: [1, 2, 4, 5] };
    const kept = change(more);
    expect(kept.volume).toBe('keep');
    expect(kept.over.map((r) => r.after.exerciseId)).toEqual([
      'prone-press-up',
      'one-arm-row',
      'glute-bridge',
      'reverse-flye',
    ]);
    kept.fields.exercises.forEach((exercise, i) => {
      const before = weeklyVolume(plan.exercises[i]!, 3);
      expect(weeklyVolume(exercise, 4)).toBeLessThanOrEqual(before * 1.1);
    });
    expect(kept.fields.findingBaseline).toBeUndefined();

    const baseline = change({ ...more, volume: 'baseline' });
    expect(baseline.fields.exercises).toEqual(plan.exercises);
    expect(baseline.fields.findingBaseline).toBe(true);
  });

  it('offers only a baseline week when the same work would be too little a session', () => {
    const light = { ...plan, daysPerWeek: 2, exercises: [start('prone-press-up')] };
    const outcome = setupOutcome(
      { ...initialChoices(light), daysPerWeek: 4, trainingDays: [1, 2, 4, 5] },
      light,
      'kg',
    );
    expect(outcome.tooLittle.map((e) => e.exerciseId)).toEqual(['prone-press-up']);
    expect(outcome.volume).toBe('baseline');
    expect(outcome.fields.findingBaseline).toBe(true);
  });
});

describe('the plan a setup save stores for a person counting in pounds', () => {
  it('starts a new plan on weights sold in pounds', () => {
    const choices = { ...initialChoices(null), equipment: ['dumbbells' as const] };
    const outcome = setupOutcome({ ...choices, accessories: ['reverse-flye'] }, null, 'lb');
    expect(outcome.fields.exercises.map((e) => describePrescription(e))).toEqual([
      '2 × 30 s hold',
      '2 × 10 at 10 lb',
      '2 × 8',
      '2 × 10 at 5 lb',
    ]);
    expect(outcome.fields.exercises.every((e) => e.loadUnits === 'lb')).toBe(true);
    expect(outcome.conversions).toEqual([]);
  });

  it('switches a stored kg plan to pounds at the next save, each load down, and says so', () => {
    const outcome = setupOutcome(initialChoices(plan), plan, 'lb');
    const [, lbRow, , lbFlye] = outcome.fields.exercises;
    expect(lbRow).toEqual({
      ...row,
      loadKg: fromUnits(12.5, 'lb'),
      loadUnits: 'lb',
      findingBaseline: true,
    });
    expect(lbFlye).toMatchObject({ loadKg: fromUnits(5, 'lb'), loadUnits: 'lb' });
    expect(outcome.conversions.map((c) => [c.kind, c.before.exerciseId])).toEqual([
      ['converted', 'one-arm-row'],
      ['converted', 'reverse-flye'],
    ]);
    outcome.fields.exercises.forEach((exercise, i) => {
      expect(weeklyVolume(exercise, 3)).toBeLessThanOrEqual(weeklyVolume(plan.exercises[i]!, 3));
    });
    const next = planSchema.parse({ ...plan, ...outcome.fields });
    const entry = setupChange(plan, next, FIRST_WEEK, 'lb', outcome.volume)!;
    expect(entry.exercises.map((e) => [e.exerciseId, e.before, e.after])).toEqual([
      ['one-arm-row', '2 × 15 at 6 kg', '2 × 15 at 12.5 lb'],
      ['reverse-flye', '2 × 12 at 3 kg', '2 × 12 at 5 lb'],
    ]);
    // Saved in pounds, the next save has nothing left to switch.
    expect(setupOutcome(initialChoices(next), next, 'lb').conversions).toEqual([]);
  });
});
