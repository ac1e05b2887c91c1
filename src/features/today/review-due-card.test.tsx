import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../data/test-reset';
import { ReviewDueCard, ReviewRanCard } from './review-due-card';

describe('the card for a review that ran today (docs/domain.md §5b rule 10)', () => {
  it('tells its headline and links to the plan', () => {
    render(
      <MemoryRouter>
        <ReviewRanCard headline="2 steps up, 1 held (a set felt hard on Thu)" />
      </MemoryRouter>,
    );
    const card = screen.getByRole('region', { name: 'Your weekly review ran' });
    expect(card).toHaveTextContent('2 steps up, 1 held (a set felt hard on Thu)');
    expect(screen.getByRole('link', { name: 'See your plan' })).toHaveAttribute('href', '/plan');
  });
});

describe('the card for a review due (docs/domain.md §5b rule 10)', () => {
  beforeEach(resetDatabase);

  it('says the review is due and runs now', () => {
    render(
      <MemoryRouter>
        <ReviewDueCard
          due={['2026-01-05']}
          today="2026-01-13"
          answeredToday={false}
          sessionYesterday={false}
        />
      </MemoryRouter>,
    );
    const card = screen.getByRole('region', { name: 'Your weekly review is due' });
    expect(card).toHaveTextContent("it sets next week's exercises from this week");
  });
});
