import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/episodes';
import { renderPlan, resetPlan, seedPlan, seedSession, today } from './plan-test-kit';

beforeEach(resetPlan);

describe('the plan page', () => {
  it('draws this week with the rest of the plan, so nothing moves under a tap', async () => {
    await seedPlan();
    renderPlan('/plan');
    await screen.findByRole('button', { name: 'My back is flaring' });
    // Drawn together: a week read after the plan would push the page down as it appeared.
    expect(screen.getByRole('heading', { name: 'This week' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'History of plan changes' })).toBeVisible();
  });

  it('shows a session done a week ago in last week, not this one', async () => {
    const weekAgo = addDays(today(), -7);
    const plan = await seedPlan(addDays(today(), -14));
    await seedSession(plan, weekAgo);
    renderPlan('/plan');
    const week = await screen.findByRole('region', { name: 'This week' });
    expect(within(week).queryByText(/: Done$/)).not.toBeInTheDocument();
    expect(within(week).queryByText(/\(extra\)/)).not.toBeInTheDocument();
  });
});
