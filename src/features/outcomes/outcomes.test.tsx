import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, weekStart } from '../../domain/episodes';
import { localDay } from '../../data/clock';
import { outcomeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { dismissToast, ToastRegion } from '../../ui/toast';
import { OutcomesPage } from './outcomes-page';

vi.mock('./outcome-chart', () => ({ OutcomeChart: () => null }));

const activities = ['Lifting a case of water', 'Bending over the crib', 'Vacuuming'];

function renderOutcomes() {
  render(
    <MemoryRouter>
      <OutcomesPage />
      <ToastRegion />
    </MemoryRouter>,
  );
}

async function tap(user: ReturnType<typeof userEvent.setup>, group: RegExp, value: string) {
  await user.click(
    within(screen.getByRole('radiogroup', { name: group })).getByText(value, { exact: true }),
  );
}

beforeEach(async () => {
  await resetDatabase();
  dismissToast();
});

describe('weekly outcomes', () => {
  it('asks for 3 to 5 hard activities, then rates the week and marks a 2-point change', async () => {
    const user = userEvent.setup();
    const thisWeek = weekStart(localDay(new Date()), 1);
    await outcomeRepository.add({
      weekOf: addDays(thisWeek, -7),
      backPain: 7,
      activityRatings: activities.map((activity) => ({ activity, rating: 3 })),
    });
    renderOutcomes();

    await user.type(await screen.findByLabelText('Activity 1'), activities[0]!);
    await user.type(screen.getByLabelText('Activity 2'), activities[1]!);
    await user.click(screen.getByRole('button', { name: 'Save activities' }));
    expect(
      await screen.findByText('Name 3 to 5 activities you find hard because of your back'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Activity 2')).toHaveValue(activities[1]);
    await user.type(screen.getByLabelText('Activity 3'), activities[2]!);
    await user.click(screen.getByRole('button', { name: 'Save activities' }));

    await screen.findByRole('radiogroup', { name: /Your back pain this week/ });
    await user.click(screen.getByRole('button', { name: 'Save this week' }));
    expect(
      await screen.findByText('Choose how bad your back was, from 0 to 10'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Choose a rating from 0 to 10')).toHaveLength(3);

    await tap(user, /Your back pain this week/, '4');
    await tap(user, /Lifting a case of water/, '5');
    await tap(user, /Bending over the crib/, '6');
    await tap(user, /Vacuuming/, '4');
    await user.click(screen.getByRole('button', { name: 'Save this week' }));
    expect(await screen.findByText('Weekly rating saved')).toBeInTheDocument();

    const history = screen.getByRole('region', { name: 'Week by week' });
    expect(
      await within(history).findByText(
        'Your back pain rating is 3 points lower than in your first week. That is a meaningful change.',
      ),
    ).toBeInTheDocument();
    expect(history).toHaveTextContent(
      'Your activity ratings are 2 points better on average than in your first week. That is a meaningful change.',
    );
    const table = within(history).getByRole('table', { name: /Your weekly ratings/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('4 (-3.0)5.0 (+2.0)pain and activities');

    const stored = (await outcomeRepository.all()).records.find((o) => o.weekOf === thisWeek);
    expect(stored?.activityRatings).toEqual([
      { activity: activities[0], rating: 5 },
      { activity: activities[1], rating: 6 },
      { activity: activities[2], rating: 4 },
    ]);
    expect(screen.getByRole('button', { name: 'Update this week' })).toBeInTheDocument();
  });
});
