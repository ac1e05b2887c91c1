import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eraseAllData } from '../../data/erase';
import { saveHardActivities } from '../../data/episodes/hard-activities';
import { resetDatabase } from '../../data/test-reset';
import { forgetTabDraftsInMemory } from '../../ui/form-kit/tab-draft';
import { OutcomesPage } from './outcomes-page';

vi.mock('./outcome-chart', () => ({ OutcomeChart: () => null }));

type User = ReturnType<typeof userEvent.setup>;
const renderOutcomes = () =>
  render(
    <MemoryRouter>
      <OutcomesPage />
    </MemoryRouter>,
  );
const group = (name: RegExp) => screen.getByRole('radiogroup', { name });
const tap = (user: User, name: RegExp, value: string) =>
  user.click(within(group(name)).getByText(value, { exact: true }));

beforeEach(async () => {
  await resetDatabase();
  sessionStorage.clear();
  forgetTabDraftsInMemory();
});

describe('drafts of the weekly outcome and hard-activities forms', () => {
  it('keeps half-typed activities across a reload of the tab; erase all empties them', async () => {
    const user = userEvent.setup();
    const first = renderOutcomes();
    await user.type(await screen.findByLabelText('Activity 1'), 'Lifting the shopping');
    await user.type(screen.getByLabelText('Activity 2'), 'Bending');
    first.unmount();
    forgetTabDraftsInMemory();

    renderOutcomes();
    expect(await screen.findByLabelText('Activity 1')).toHaveValue('Lifting the shopping');
    expect(screen.getByLabelText('Activity 2')).toHaveValue('Bending');

    await eraseAllData();
    // The form empties as the erase reaches it, a render later: wait for that, not for the field.
    await waitFor(() => {
      expect(screen.getByLabelText('Activity 1')).toHaveValue('');
    });
    expect(screen.getByLabelText('Activity 2')).toHaveValue('');
  });

  it('focuses the first refused activity', async () => {
    const user = userEvent.setup();
    renderOutcomes();
    await user.type(await screen.findByLabelText('Activity 1'), 'Lifting');
    await user.click(screen.getByRole('button', { name: 'Save activities' }));
    await screen.findByText('Name 3 to 5 activities you find hard because of your back');
    expect(screen.getByLabelText('Activity 1')).toHaveFocus();
  });

  it('keeps a half-rated week across a reload, focuses the first rating left, and erase all empties it', async () => {
    await saveHardActivities(['Lifting', 'Bending', 'Vacuuming']);
    const user = userEvent.setup();
    const first = renderOutcomes();
    await screen.findByRole('radiogroup', { name: /Your back pain this week/ });
    await tap(user, /Your back pain this week/, '4');
    await tap(user, /Bending/, '6');
    first.unmount();
    forgetTabDraftsInMemory();

    renderOutcomes();
    await screen.findByRole('radiogroup', { name: /Your back pain this week/ });
    expect(
      within(group(/Your back pain this week/)).getByRole('radio', { name: '4' }),
    ).toBeChecked();
    expect(within(group(/Bending/)).getByRole('radio', { name: '6' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Save this week' }));
    await screen.findAllByText('Choose a rating from 0 to 10');
    expect(within(group(/Lifting/)).getAllByRole('radio')[0]).toHaveFocus();

    // Erase all removes the hard activities too, and leaves no rating chosen anywhere.
    await eraseAllData();
    await vi.waitFor(() => {
      expect(screen.queryByRole('radiogroup', { name: /Bending/ })).not.toBeInTheDocument();
      expect(screen.queryAllByRole('radio', { checked: true })).toEqual([]);
    });
  });
});
