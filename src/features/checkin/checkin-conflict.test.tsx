import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveCheckin } from '../../data/episodes/checkin-queries';
import { systemClock } from '../../data/clock';
import { eraseAllData } from '../../data/erase';
import { checkinRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { dismissToast, ToastRegion } from '../../ui/toast';
import { CheckinPage } from './checkin-page';

const stored = async () => (await checkinRepository.all()).records;

function renderCheckin() {
  render(
    <MemoryRouter initialEntries={['/checkin']}>
      <Routes>
        <Route path="/" element={<h1>Today</h1>} />
        <Route path="/checkin" element={<CheckinPage />} />
      </Routes>
      <ToastRegion />
    </MemoryRouter>,
  );
}

/** Another tab saves today's check-in while this one is half filled. */
const otherTabSaves = (notes: string, backPain = 2) =>
  saveCheckin({ day: systemClock().today, backPain, activityIds: [], notes });

beforeEach(async () => {
  await resetDatabase();
  dismissToast();
});

describe('a check-in saved in two tabs', () => {
  it('keeps what is typed when another tab saves the day, then asks before saving over it', async () => {
    const user = userEvent.setup();
    renderCheckin();
    await user.click(await screen.findByRole('radio', { name: '5' }));
    await user.type(screen.getByLabelText(/Notes/), 'stiff after the drive');
    await otherTabSaves('from the other tab');

    // The half-typed form is still there.
    expect(screen.getByLabelText(/Notes/)).toHaveValue('stiff after the drive');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    const panel = await screen.findByRole('alertdialog', {
      name: 'This check-in was changed in another tab',
    });
    expect(panel).toHaveTextContent('Both tabs changed how your back is and notes');
    expect((await stored())[0]?.notes).toBe('from the other tab');

    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect(await stored()).toMatchObject([{ backPain: 5, notes: 'stiff after the drive' }]);
  });

  it('takes the other tab’s check-in into the form when chosen', async () => {
    const user = userEvent.setup();
    renderCheckin();
    await user.click(await screen.findByRole('radio', { name: '5' }));
    await otherTabSaves('from the other tab', 3);
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await user.click(await screen.findByRole('button', { name: 'Take theirs' }));
    expect(screen.getByRole('radio', { name: '3' })).toBeChecked();
    expect(screen.getByLabelText(/Notes/)).toHaveValue('from the other tab');
  });

  it('empties the form when all data is erased, here or in another tab', async () => {
    const user = userEvent.setup();
    renderCheckin();
    await user.type(await screen.findByLabelText(/Notes/), 'half typed');
    await eraseAllData();
    // The form empties as the erase reaches it, a render later: wait for that, not for the field.
    await waitFor(() => {
      expect(screen.getByLabelText(/Notes/)).toHaveValue('');
    });
  });
});
