import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveCheckin } from '../../data/episodes/checkin-queries';
import { systemClock } from '../../data/clock';
import { resetDatabase } from '../../data/test-reset';
import { TodaySummary } from './today-summary';

beforeEach(resetDatabase);

const renderCard = () =>
  render(
    <MemoryRouter>
      <TodaySummary />
    </MemoryRouter>,
  );

describe('the check-in card', () => {
  it('asks how the back is today, with a link to the check-in, until today is checked in', async () => {
    renderCard();
    expect(
      await screen.findByRole('heading', { name: 'How is your back today?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Check in' })).toHaveAttribute('href', '/checkin');
  });

  it('says today is checked in, with its pain score and an edit link', async () => {
    await saveCheckin({ day: systemClock().today, backPain: 4, activityIds: ['cat-gardening'] });
    renderCard();
    expect(await screen.findByRole('heading', { name: 'Checked in today' })).toBeInTheDocument();
    expect(screen.getByText('Back pain 4 out of 10, 1 activity.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Edit today's check-in" })).toHaveAttribute(
      'href',
      '/checkin',
    );
  });
});
