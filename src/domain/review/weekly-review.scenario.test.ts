// Twelve weeks of a realistic person: Mon/Wed/Fri, dumbbells and a bench, starting in step 2 at
// the bottom of four rungs. Each scenario checks the plan they end with and how the reasons read.
import { describe, expect, it } from 'vitest';
import { defaultPrescription } from '../exercises';
import { ladderProgress, describePrescription } from '../progression';
import { playWeeks, type WeekScript } from '../../../tests/support/domain/plan-test-builders';
import { buildPlan } from '../../../tests/support/domain/test-builders';
import type { WeekReview } from './weekly-review';

const person = buildPlan({
  phase: 2,
  daysPerWeek: 3,
  trainingDays: [1, 3, 5],
  equipment: ['dumbbells', 'bench'],
  exercises: ['prone-press-up', 'one-arm-row', 'glute-bridge', 'reverse-flye'].map((id) =>
    defaultPrescription(id)!,
  ),
});
const steady: WeekScript[] = Array.from({ length: 12 }, () => ({}));
const ending = (reviews: WeekReview[]) =>
  reviews.at(-1)!.plan.exercises.map((e) => `${e.exerciseId} ${describePrescription(e)}`);
const reasons = (review: WeekReview) => review.decisions.map((d) => d.reason);

describe('twelve weeks, steady', () => {
  const reviews = playWeeks(person, steady);

  it('holds the baseline one week, moves to step 3 after the second, then builds each week', () => {
    expect(reviews.map((r) => r.plan.phase)).toEqual([2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(reasons(reviews[0]!)).toEqual(['baseline', 'baseline', 'baseline', 'baseline']);
    expect(reviews.every((r) => r.status === 'good' && !r.plan.flareMode)).toBe(true);
  });

  it('takes the 50 % dumbbell step only with reps back at the bottom, volume unchanged', () => {
    expect(reviews[6]!.decisions[1]!.sentence).toBe(
      "Up to 2 × 10 at 6 kg: the 2 kg step is 50 % more load, so reps go back to the bottom of the range and the week's volume stays the same (our limit is a 10 % rise a week).",
    );
  });

  it('moves bodyweight rungs up after two weeks at the top', () => {
    expect(reviews[7]!.decisions[0]!.sentence).toBe(
      'Held at 2 × 12: top of the range reached. One more steady week here and you move up to bird dog (two weeks at the top is our rule).',
    );
    expect(reviews[8]!.decisions[0]!.sentence).toBe(
      'Moved up to bird dog, starting at 2 × 8: two steady weeks at the top of the range (2 × 12) on prone press-up.',
    );
  });

  it('ends on bird dog and light good mornings, with heavier rows and flyes', () => {
    expect(ending(reviews)).toEqual([
      'bird-dog 2 sets of 10, 9',
      'one-arm-row 2 × 15 at 6 kg',
      'light-good-morning 2 sets of 10, 9',
      'reverse-flye 2 × 15 at 3 kg',
    ]);
    expect(ladderProgress(reviews.at(-1)!.plan).map((p) => p.sentence)).toEqual([
      'Step 3 of 5 toward the superman with holds: bird dog.',
      'Step 1 of 3 toward the bent-over row: supported one-arm row.',
      // No barbell or kettlebell: the hinge ladder tops out at the Romanian deadlift.
      'Step 3 of 4 toward the Romanian deadlift: light good morning.',
    ]);
  });
});

describe('twelve weeks with a spasm on Tuesday of week 5', () => {
  const reviews = playWeeks(
    person,
    steady.map((s, i) => (i === 4 ? { spasmOn: 1 } : s)),
  );

  it('steps every exercise back about a quarter and turns flare mode on', () => {
    const flare = reviews[4]!;
    expect(flare.headline).toBe(
      'A flare this week (you logged a spasm on Tuesday): stepped back, and flare mode is on.',
    );
    expect(flare.decisions[0]!.sentence).toBe(
      'Stepped back to 2 × 7 (26 % less): you logged a spasm on Tuesday. Flare mode is on: no steps up until a calm week has passed.',
    );
    expect(flare.plan).toMatchObject({ flareMode: true, flareSince: '2026-02-03' });
  });

  it('restarts after the calm week 6 from the light level and builds again', () => {
    expect(reasons(reviews[5]!)).toEqual(Array(4).fill('calm-week-restart'));
    expect(reviews[5]!.plan.flareMode).toBe(false);
    expect(reviews.slice(6).every((r) => r.decisions.every((d) => d.action === 'progress'))).toBe(
      true,
    );
  });

  it('ends lower than the steady person, still in step 3', () => {
    expect(ending(reviews)).toEqual([
      'prone-press-up 2 × 10',
      'one-arm-row 2 × 10 at 6 kg',
      'glute-bridge 2 × 10',
      'reverse-flye 2 × 10 at 3 kg',
    ]);
    expect(reviews.at(-1)!.plan.phase).toBe(3);
  });
});

describe('twelve weeks with week 8 missed', () => {
  const reviews = playWeeks(
    person,
    steady.map((s, i) => (i === 7 ? { sessions: 0 } : s)),
  );

  it('holds everything that week as an empty week (docs/domain.md §5b rule 3), without stepping back', () => {
    expect(reviews[7]!.status).toBe('empty');
    expect(reviews[7]!.decisions[1]!.sentence).toBe(
      'Held at 2 × 10 at 6 kg: nothing was logged this week (no session, fewer than 3 check-ins), so the review has nothing to go on.',
    );
    expect(reviews[7]!.plan.exercises).toEqual(reviews[6]!.plan.exercises);
  });

  it('restarts the two-weeks-at-the-top count, so the rung changes a week later', () => {
    expect(reasons(reviews[8]!)[0]).toBe('top-of-range');
    expect(reasons(reviews[9]!)[0]).toBe('progress-level');
    expect(ending(reviews)).toEqual([
      'bird-dog 2 × 9',
      'one-arm-row 2 × 14 at 6 kg',
      'light-good-morning 2 × 9',
      'reverse-flye 2 × 14 at 3 kg',
    ]);
  });
});

describe('twelve weeks from setup: a baseline week done at more reps than the plan starts with', () => {
  // Week 1 is the baseline week: every set done at 12 reps, where the plan starts at 8-10.
  const reviews = playWeeks({ ...person, findingBaseline: true }, [
    { reps: 12 },
    ...steady.slice(1),
  ]);

  it('sets each baseline at what was done, then builds after one more steady week', () => {
    expect(reasons(reviews[0]!)).toEqual([
      'baseline-raised',
      'baseline-raised',
      'baseline-raised',
      'baseline-raised',
    ]);
    expect(reviews[0]!.decisions[1]!.afterText).toBe('2 × 12 at 4 kg');
    expect(reviews.map((r) => r.plan.phase)).toEqual([2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(reviews[0]!.plan.findingBaseline).toBeUndefined();
  });

  it('ends on a heavier row than the person who started at the library’s prescription', () => {
    // Starting at 2 × 12 reaches the top of the range sooner, so the 2 kg steps come sooner.
    expect(ending(reviews)[1]).toBe('one-arm-row 2 × 11 at 8 kg');
    expect(ending(playWeeks(person, steady))[1]).toBe('one-arm-row 2 × 15 at 6 kg');
  });
});

describe('twelve weeks with a new rung chosen in setup after week 6, one set of it hard', () => {
  // After six steady weeks the person moves the extension ladder up to alternating supermans in
  // setup, which gives that rung a baseline week of its own; its first Monday set feels hard.
  const first = playWeeks(person, steady.slice(0, 6));
  const withNewRung = (ownBaseline: boolean) => ({
    ...first.at(-1)!.plan,
    exercises: first.at(-1)!.plan.exercises.map((e, i) =>
      i === 0
        ? {
            ...defaultPrescription('alternating-superman')!,
            ...(ownBaseline && { findingBaseline: true }),
          }
        : e,
    ),
  });
  const script = [{ hardOn: 0, hardFor: 'alternating-superman' }, ...steady.slice(7)];
  const reviews = playWeeks(withNewRung(true), script);

  it('judges the new rung’s first week as its baseline week, without holding the others', () => {
    const week7 = reviews[0]!;
    expect(week7.status).toBe('good');
    expect(reasons(week7)).toEqual([
      'baseline-kept',
      'progress-load',
      'progress-reps',
      'progress-load',
    ]);
    expect(week7.headline).toBe('Steady week, 3 of 3 sessions done: 3 steps up.');
    expect(week7.decisions[0]!.sentence).toBe(
      'Baseline set at 2 × 8: it stayed tolerable this week (pain during at 5/10 or less, effort easy to moderate, mornings no worse than usual).',
    );
    expect(week7.plan.exercises[0]!.findingBaseline).toBeUndefined();
  });

  it('then builds the new rung one step a week like the rest', () => {
    expect(reviews.slice(1).map((r) => r.decisions[0]!.reason)).toEqual(
      Array(5).fill('progress-reps'),
    );
    expect(ending(reviews)[0]).toBe('alternating-superman 2 × 11');
  });

  it('where with only the plan-wide baseline, the one hard set holds that exercise alone (§5b rule 7)', () => {
    const before = playWeeks(withNewRung(false), script)[0]!;
    expect(before.status).toBe('too-hard');
    expect(before.headline).toBe(
      '3 of 3 sessions done: 3 steps up, 1 held (a set felt hard on Mon).',
    );
    expect(reasons(before)[0]).toBe('too-hard');
  });
});
