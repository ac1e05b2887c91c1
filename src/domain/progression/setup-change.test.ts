import { describe, expect, it } from 'vitest';
import { defaultPrescription } from '../exercises';
import type { Plan } from '../plan';
import { convertLoads } from './load-conversion';
import { checkPlanChange } from '../plan';
import { setupChange } from './setup-change';
import { keepWeeklyVolume } from './setup-volume';
import { buildPlan, testClock } from '../../../tests/support/domain/test-builders';

const [row, bridge, pressUp, flye] = [
  'one-arm-row',
  'glute-bridge',
  'prone-press-up',
  'reverse-flye',
].map((id) => defaultPrescription(id)!);
const before = buildPlan({
  phase: 3,
  daysPerWeek: 2,
  trainingDays: [1, 4],
  equipment: ['dumbbells'],
  exercises: [pressUp!, row!, bridge!],
});
const day = testClock.today;
const change = (after: Partial<Plan>, volume?: 'keep' | 'baseline') =>
  setupChange(before, { ...before, ...after }, day, 'kg', volume);

describe('the history entry for a plan changed in setup', () => {
  it('says nothing changed by writing no entry', () => {
    expect(change({})).toBeUndefined();
  });

  it('names the new schedule in a plain sentence, and is a valid plan change', () => {
    const entry = change({ daysPerWeek: 3, trainingDays: [5, 1, 3] })!;
    expect(entry.headline).toBe(
      'You changed your plan: 3 training days a week instead of 2 (Monday, Wednesday and Friday).',
    );
    expect(entry).toMatchObject({ kind: 'setup-change', day, sessionsPlanned: 3, exercises: [] });
    expect(
      checkPlanChange(
        { ...entry, id: 'c', createdAt: testClock.now, updatedAt: testClock.now },
        testClock,
      ).ok,
    ).toBe(true);
  });

  it('names other days, equipment, and exercises added or taken out', () => {
    const entry = change({
      trainingDays: [1, 5],
      equipment: ['dumbbells', 'bands'],
      exercises: [pressUp!, row!, flye!],
    })!;
    expect(entry.headline).toBe(
      'You changed your plan: training on Monday and Friday instead of Monday and Thursday; equipment: dumbbells and resistance bands instead of dumbbells; reverse flye added; glute bridge taken out.',
    );
  });

  it('says which exercise changed rung and that the others keep their prescriptions', () => {
    const birdDog = defaultPrescription('bird-dog')!;
    const entry = change({ exercises: [birdDog, row!, bridge!] })!;
    expect(entry.headline).toBe('You changed your plan: bird dog instead of prone press-up.');
    expect(entry.exercises).toEqual([
      {
        exerciseId: 'prone-press-up',
        exerciseIdAfter: 'bird-dog',
        action: 'progress',
        reason: 'setup-change',
        atTop: false,
        before: '2 × 8',
        after: '2 × 8',
        sentence:
          'You chose bird dog instead of prone press-up: it starts at 2 × 8, its light starting prescription. Your other exercises keep theirs.',
      },
    ]);
  });

  it('gives each exercise spread over more days its new sets, and the reason', () => {
    const after = { ...before, daysPerWeek: 3, trainingDays: [1, 3, 5] };
    const kept = keepWeeklyVolume(before, { ...after, exercises: [row!] });
    const entry = setupChange(before, { ...after, exercises: kept.exercises }, day, 'kg', 'keep')!;
    expect(entry.headline).toContain(
      'fewer sets or reps a session, so each week is no more than 10 % more work (our rule)',
    );
    expect(entry.exercises[0]).toMatchObject({
      exerciseId: 'one-arm-row',
      action: 'progress',
      before: '2 × 10 at 4 kg',
      after: '1 × 14 at 4 kg',
      sentence:
        "1 × 14 at 4 kg a session instead of 2 × 10 at 4 kg, on 3 days a week instead of 2: the week's work is 5 % more than before, within our rule of no more than 10 % more a week.",
    });
  });

  it('says when a baseline week starts on the new schedule', () => {
    const entry = change({ daysPerWeek: 4, trainingDays: [1, 2, 4, 5], findingBaseline: true })!;
    expect(entry.headline).toContain(
      'a baseline week starts, to set each exercise from what stays tolerable on the new schedule',
    );
    expect(entry.phaseMessage).toMatch(/^Step 2, your baseline week/);
  });

  it('says a baseline week already under way goes on at the new schedule', () => {
    const finding = { ...before, findingBaseline: true };
    const after = { ...finding, daysPerWeek: 3, trainingDays: [1, 3, 5] };
    expect(setupChange(finding, after, day, 'kg', 'baseline')?.headline).toBe(
      'You changed your plan: 3 training days a week instead of 2 (Monday, Wednesday and Friday); your baseline week goes on, on the new schedule, sessions as they were.',
    );
  });

  it('still names a prescription change that no other answer explains', () => {
    const entry = change({ exercises: [pressUp!, { ...row!, targetReps: [9, 9] }, bridge!] })!;
    expect(entry.headline).toBe('You changed your plan: new prescriptions (see What changed).');
    expect(entry.exercises).toMatchObject([{ exerciseId: 'one-arm-row', action: 'step-back' }]);
  });

  it('keeps the headline within its 300 characters when much changed', () => {
    const entry = change({
      daysPerWeek: 4,
      trainingDays: [1, 2, 4, 6],
      equipment: ['dumbbells', 'bands', 'kettlebell', 'barbell', 'bench'],
      exercises: [
        'bird-dog',
        'chest-supported-row',
        'romanian-deadlift',
        'reverse-flye',
        'band-pull-apart',
        'good-morning',
      ].map((id) => defaultPrescription(id)!),
      findingBaseline: true,
    })!;
    expect(entry.headline.length).toBeLessThanOrEqual(300);
    expect(entry.headline).toMatch(/; and more \(see What changed\)\.$/);
  });

  it('says each weight switched to pounds went down to the nearest pound weight, never up', () => {
    const lbRow = convertLoads(row!, 'lb')!.after;
    const lbPressUp = convertLoads(pressUp!, 'lb')!.after;
    const lbBridge = convertLoads(bridge!, 'lb')!.after;
    const after = { ...before, exercises: [lbPressUp, lbRow, lbBridge] };
    const entry = setupChange(before, after, day, 'lb')!;
    expect(entry.headline).toBe(
      'You changed your plan: weights in pounds now, each down to the nearest pound weight (never up).',
    );
    // Only the row has a weight: the bodyweight exercises just count in pounds from now on.
    expect(entry.exercises).toEqual([
      {
        exerciseId: 'one-arm-row',
        exerciseIdAfter: 'one-arm-row',
        action: 'step-back',
        reason: 'setup-change',
        atTop: false,
        before: '2 × 10 at 4 kg',
        after: '2 × 10 at 7.5 lb',
        sentence:
          'In pounds now: 2 × 10 at 7.5 lb instead of 2 × 10 at 4 kg. 7.5 lb is the nearest pound weight at or below 4 kg (we never round a weight up), 15 % lighter for now.',
      },
    ]);
  });

  it('says why a weight with no pound weight at or below it stays in kg', () => {
    const light = { ...flye!, loadKg: 1 };
    const was = { ...before, exercises: [pressUp!, light] };
    const entry = setupChange(was, { ...was, trainingDays: [1, 5] }, day, 'lb')!;
    expect(entry.exercises).toEqual([
      expect.objectContaining({
        exerciseId: 'reverse-flye',
        action: 'hold',
        before: '2 × 10 at 1 kg',
        after: '2 × 10 at 1 kg',
        sentence:
          'Stays at 2 × 10 at 1 kg: no pound weight for reverse flye is at or below 1 kg, and we never round a weight up. It switches to pounds at a later change, once it is heavier.',
      }),
    ]);
  });

  it('names the exercises that get a baseline week of their own', () => {
    const birdDog = { ...defaultPrescription('bird-dog')!, findingBaseline: true };
    const goodMorning = { ...defaultPrescription('good-morning')!, findingBaseline: true };
    const entry = change({ exercises: [birdDog, row!, bridge!, goodMorning] })!;
    expect(entry.headline).toBe(
      'You changed your plan: bird dog instead of prone press-up; good morning added; a baseline week each for bird dog and good morning, while the rest carry on.',
    );
    // Its own baseline week is no change of prescription in itself.
    const flagged = { ...row!, findingBaseline: true };
    const was = { ...before, exercises: [pressUp!, flagged, bridge!] };
    expect(setupChange(was, { ...was, exercises: [pressUp!, flagged, bridge!] }, day, 'kg')).toBe(
      undefined,
    );
  });
});
