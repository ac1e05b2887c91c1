import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commonBeliefs,
  currentStrength,
  doneExperiments,
  experimentSentence,
  tallyExperiments,
} from './belief-summary';
import { buildBelief, buildExperiment } from '../../../tests/support/domain/test-builders';

const done = (predictedPain: number, actualPain: number, doneOn = '2026-11-20') =>
  buildExperiment({ predictedPain, actualPain, doneOn });

describe('currentStrength', () => {
  it('is the latest re-rating, whatever order they were stored in', () => {
    const belief = buildBelief({
      strength: 90,
      reRatings: [
        { on: '2026-11-24T20:00:00.000Z', strength: 40 },
        { on: '2026-11-10T20:00:00.000Z', strength: 70 },
      ],
    });
    expect(currentStrength(belief)).toBe(40);
  });

  it('is the first rating when there are no re-ratings', () => {
    expect(currentStrength(buildBelief({ strength: 85, reRatings: [] }))).toBe(85);
  });
});

describe('experiments', () => {
  it('tallies lower, same and higher, and says so plainly', () => {
    const tally = tallyExperiments([done(7, 3), done(6, 2), done(8, 5), done(5, 4), done(4, 6)]);
    expect(tally).toMatchObject({ done: 5, lower: 4, same: 0, higher: 1 });
    expect(experimentSentence(tally)).toBe(
      'In 4 of your 5 experiments the pain was lower than you predicted and in 1 it was higher.',
    );
    expect(tally.meanDifference).toBeCloseTo(2);
  });

  it('words one experiment, ties and none', () => {
    expect(experimentSentence(tallyExperiments([done(5, 5)]))).toBe(
      'In 0 of your 1 experiment the pain was lower than you predicted and in 1 it was as predicted.',
    );
    expect(experimentSentence(tallyExperiments([done(5, 2), done(5, 5), done(2, 5)]))).toBe(
      'In 1 of your 3 experiments the pain was lower than you predicted, in 1 it was as predicted and in 1 it was higher.',
    );
    expect(experimentSentence(tallyExperiments([buildExperiment()]))).toMatch(/No experiments/);
  });

  it('leaves out deleted and unfinished experiments, and orders by the day done', () => {
    const list = doneExperiments([
      done(5, 2, '2026-11-22'),
      buildExperiment(),
      { ...done(5, 2), deletedAt: '2026-11-24T00:00:00.000Z' },
      done(6, 1, '2026-11-01'),
    ]);
    expect(list.map((e) => e.doneOn)).toEqual(['2026-11-01', '2026-11-22']);
  });

  it('always splits the done experiments into lower, same and higher', () => {
    const score = fc.integer({ min: 0, max: 10 });
    const experiment = fc.record({
      predicted: score,
      actual: fc.option(score, { nil: undefined }),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(experiment, { maxLength: 30 }), (items) => {
        const experiments = items.map(({ predicted, actual, deleted }) =>
          buildExperiment({
            predictedPain: predicted,
            actualPain: actual,
            doneOn: actual === undefined ? undefined : '2026-11-20',
            deletedAt: deleted ? '2026-11-24T00:00:00.000Z' : undefined,
          }),
        );
        const tally = tallyExperiments(experiments);
        const expected = items.filter((i) => i.actual !== undefined && !i.deleted).length;
        expect(tally.done).toBe(expected);
        expect(tally.lower + tally.same + tally.higher).toBe(tally.done);
        expect(experimentSentence(tally)).toMatch(/\.$/);
      }),
    );
  });
});

describe('commonBeliefs', () => {
  it('offers several prompts, none repeated', () => {
    expect(new Set(commonBeliefs).size).toBe(commonBeliefs.length);
    expect(commonBeliefs).toContain('Bending will damage my back');
  });
});
