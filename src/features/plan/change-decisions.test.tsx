import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPrescription } from '../../domain/exercises';
import type { PlanChange } from '../../domain/plan';
import { setupChange } from '../../domain/progression';
import {
  buildPlan,
  buildWeeklyReview,
  testClock,
} from '../../../tests/support/domain/test-builders';
import { ChangeDecisions } from './change-decisions';

const stored = (change: Omit<PlanChange, 'id' | 'createdAt' | 'updatedAt'>): PlanChange => ({
  ...change,
  id: 'change',
  createdAt: testClock.now,
  updatedAt: testClock.now,
});

describe('the decisions of a plan change', () => {
  it('calls a change made in setup the person’s own, with both rungs named', () => {
    const [pressUp, row, birdDog] = ['prone-press-up', 'one-arm-row', 'bird-dog'].map((id) =>
      defaultPrescription(id)!,
    );
    const before = buildPlan({ phase: 3, exercises: [pressUp!, row!] });
    const entry = setupChange(
      before,
      { ...before, exercises: [birdDog!, row!] },
      testClock.today,
      'kg',
    )!;
    render(<ChangeDecisions change={stored(entry)} />);
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Prone press-up → Bird dog: You changed it (2 × 8 → 2 × 8)');
    expect(item).not.toHaveTextContent(/Step up|Stepped back|Held/);
  });

  it('labels a weekly review’s decision by what the review did', () => {
    const change = buildWeeklyReview({
      day: '2026-11-23',
      weekOf: '2026-11-16',
      exercises: [
        {
          exerciseId: 'one-arm-row',
          exerciseIdAfter: 'one-arm-row',
          action: 'progress',
          reason: 'progress-reps',
          atTop: false,
          before: '2 × 8',
          after: '2 × 9',
          sentence: 'Up to 2 × 9: one more rep a session.',
        },
      ],
    });
    render(<ChangeDecisions change={change} />);
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Supported one-arm row: Step up (2 × 8 → 2 × 9)',
    );
  });
});
