import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildScreening, withoutMeta } from '../../../tests/support/domain/test-builders';
import { screeningRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { TodaySummary } from './today-summary';

beforeEach(resetDatabase);

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

async function store(overrides: Parameters<typeof buildScreening>[0]) {
  const result = await screeningRepository.add(withoutMeta(buildScreening(overrides)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function renderCard() {
  return render(
    <MemoryRouter>
      <TodaySummary />
    </MemoryRouter>,
  );
}

describe('the doctor visit card on Today', () => {
  it('shows no card unless a see-a-doctor result is waiting', async () => {
    await store({ takenAt: hoursAgo(2), outcome: 'nothing-urgent' });
    renderCard();
    expect(await screen.findByRole('heading', { name: 'How is your back today?' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'See a doctor soon' })).not.toBeInTheDocument();
  });

  it('shows the waiting result with the signs, a link to the check, and marks the visit', async () => {
    const check = await store({
      takenAt: hoursAgo(2),
      outcome: 'see-doctor-soon',
      answers: { 'night-pain': true, 'weight-loss': false },
    });
    renderCard();
    const heading = await screen.findByRole('heading', { name: 'See a doctor soon' });
    expect(heading.closest('section')).toHaveTextContent(/Pain that doesn't ease with rest/);
    expect(screen.getByRole('link', { name: 'Safety check' })).toHaveAttribute(
      'href',
      '/safety-check',
    );
    await userEvent.click(screen.getByRole('button', { name: "I've seen a doctor" }));
    // The save loads its Dexie module first (src/data/today/today-actions.ts): wait for it to land.
    await waitFor(async () => {
      expect(await screeningRepository.get(check.id)).toHaveProperty('seenDoctorOn');
    });
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'See a doctor soon' })).not.toBeInTheDocument();
    });
  });
});
