import { describe, expect, it } from 'vitest';
import type { PlanChange } from '../plan';
import { pathEstimate, pathEstimateSentence, rungsClimbed } from './path-estimate';
import { buildWeeklyReview } from '../../../tests/support/domain/test-builders';

const review = (
  day: string,
  from: string,
  to: string,
  action: 'progress' | 'hold' = 'progress',
): PlanChange =>
  buildWeeklyReview({
    id: day,
    createdAt: `${day}T08:00:00.000Z`,
    updatedAt: `${day}T08:00:00.000Z`,
    day,
    weekOf: undefined,
    headline: 'Steady week',
    phaseMessage: '',
    exercises: [
      {
        exerciseId: from,
        exerciseIdAfter: to,
        action,
        reason: 'progress-reps',
        atTop: false,
        before: 'a',
        after: 'b',
        sentence: 's',
      },
    ],
  });

describe('the path estimate (docs/domain.md §5b rule 9)', () => {
  const changes = [
    review('2026-03-02', 'prone-lying', 'prone-press-up'),
    review('2026-05-04', 'prone-press-up', 'bird-dog'),
    review('2026-05-11', 'bird-dog', 'bird-dog'),
    review('2026-06-01', 'glute-bridge', 'light-good-morning'),
    review('2026-06-08', 'bird-dog', 'alternating-superman', 'hold'),
  ];

  it('counts only rung changes up on the ladder asked', () => {
    expect(rungsClimbed(changes, 'extension').map((c) => c.day)).toEqual([
      '2026-03-02',
      '2026-05-04',
    ]);
    expect(rungsClimbed(changes, 'hinge').map((c) => c.day)).toEqual(['2026-06-01']);
    expect(rungsClimbed(changes, 'row')).toEqual([]);
  });

  it('estimates weeks from the pace so far: weeks per rung times rungs left', () => {
    // 20 weeks since the plan began, two rungs climbed: 10 weeks a rung, two rungs left.
    const estimate = pathEstimate({
      ladder: 'extension',
      step: 3,
      steps: 5,
      changes,
      planStart: '2026-01-05',
      today: '2026-05-25',
    });
    expect(estimate).toEqual({
      kind: 'estimate',
      rungsLeft: 2,
      rungsClimbed: 2,
      weeksPerRung: 10,
      weeks: 20,
    });
    expect(pathEstimateSentence(estimate)).toBe(
      'At your pace so far (about 10 weeks a rung), about 20 weeks to the destination. An estimate, not a promise: a flare or a break slows it, and that is part of the plan.',
    );
  });

  it('gives no figure before the first rung is climbed, and none at the destination', () => {
    const early = pathEstimate({
      ladder: 'row',
      step: 1,
      steps: 3,
      changes,
      planStart: '2026-01-05',
      today: '2026-05-25',
    });
    expect(early).toEqual({ kind: 'too-early', rungsLeft: 2 });
    expect(pathEstimateSentence(early)).toMatch(/^Too early to estimate/);
    expect(pathEstimateSentence(early)).not.toMatch(/\d+ weeks/);
    const there = pathEstimate({
      ladder: 'row',
      step: 3,
      steps: 3,
      changes,
      planStart: '2026-01-05',
      today: '2026-05-25',
    });
    expect(there).toEqual({ kind: 'at-destination' });
  });
});
