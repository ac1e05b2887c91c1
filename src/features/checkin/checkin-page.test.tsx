import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/episodes';
import {
  buildCheckin,
  buildEpisode,
  buildSession,
  withoutMeta,
} from '../../../tests/support/domain/test-builders';
import { saveCheckin } from '../../data/episodes/checkin-queries';
import { systemClock } from '../../data/clock';
import {
  activityRepository,
  checkinRepository,
  episodeRepository,
  sessionRepository,
} from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { forgetTabDraftsInMemory } from '../../ui/form-kit/tab-draft';
import { dismissToast, ToastRegion } from '../../ui/toast';
import { CheckinPage } from './checkin-page';

const today = () => systemClock().today;
const stored = async () => (await checkinRepository.all()).records;

function renderCheckin(path = '/checkin') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/" element={<h1>Today</h1>} />
        <Route path="/checkin" element={<CheckinPage />} />
        <Route path="/checkin/:day" element={<CheckinPage />} />
      </Routes>
      <ToastRegion />
    </MemoryRouter>,
  );
}

beforeEach(async () => {
  await resetDatabase();
  dismissToast();
});

describe('the daily check-in', () => {
  it('saves pain and activities for today in a few taps, and says so', async () => {
    const user = userEvent.setup();
    renderCheckin();
    expect(screen.getByRole('heading', { level: 1, name: "Today's check-in" })).toBeInTheDocument();
    await user.click(await screen.findByRole('radio', { name: '3' }));
    await user.click(screen.getByRole('checkbox', { name: 'Gardening' }));
    await user.click(screen.getByRole('checkbox', { name: 'Desk work' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect(screen.getByText('Check-in saved')).toBeInTheDocument();
    const [checkin, ...others] = await stored();
    expect(others).toEqual([]);
    expect(checkin).toMatchObject({ day: today(), backPain: 3 });
    expect([...checkin!.activityIds].sort()).toEqual(['cat-desk-work', 'cat-gardening']);
    expect(checkin?.morningAfterSession).toBeUndefined();
  });

  it('asks for the pain score at the field, focusing the scale, and saves nothing', async () => {
    const user = userEvent.setup();
    renderCheckin();
    await user.click(await screen.findByRole('button', { name: 'Save check-in' }));
    const group = screen.getByRole('radiogroup', { name: /How is your back today/ });
    expect(within(group).getByText('Choose how your back is today, from 0 to 10')).toBeVisible();
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('radio', { name: '0' })).toHaveFocus();
    expect(await stored()).toEqual([]);
  });

  it('edits an earlier day in place: still one check-in for that day', async () => {
    const user = userEvent.setup();
    const day = addDays(today(), -3);
    const first = await saveCheckin({
      day,
      backPain: 6,
      activityIds: ['cat-gardening'],
      notes: 'Sore',
    });
    renderCheckin(`/checkin/${day}`);
    expect(await screen.findByRole('radio', { name: '6' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Check-in for /);
    // Issue 20: a past day's check-in asks about that day, never "today".
    expect(screen.getByRole('radiogroup', { name: /^How was your back on / })).toBeInTheDocument();
    expect(screen.queryByText(/How is your back today/)).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Gardening' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '2' }));
    await user.click(screen.getByRole('checkbox', { name: 'Gardening' }));
    await user.clear(screen.getByLabelText('Notes (optional)'));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByRole('heading', { name: 'Today' });
    const all = await stored();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      id: first.ok ? first.value.id : '',
      day,
      backPain: 2,
      activityIds: [],
    });
    expect(all[0]?.notes).toBeUndefined();
  });

  it('lists the most used activities first, the person’s own included', async () => {
    const own = await activityRepository.add({ name: 'Walking the dog' });
    if (!own.ok) throw new Error('not stored');
    for (const hours of [1, 2]) {
      await episodeRepository.add(
        withoutMeta(
          buildEpisode({
            startedAt: new Date(Date.now() - hours * 3_600_000).toISOString(),
            endedAt: undefined,
            activityId: own.value.id,
          }),
        ),
      );
    }
    renderCheckin();
    const group = await screen.findByRole('group', { name: /What did you do today/ });
    expect(within(group).getAllByRole('checkbox')[0]).toHaveAccessibleName('Walking the dog');
  });

  it('asks about the morning after only when yesterday had an exercise session', async () => {
    const user = userEvent.setup();
    const yesterday = addDays(today(), -1);
    await sessionRepository.add(
      withoutMeta(buildSession({ day: yesterday, startedAt: undefined, completedAt: undefined })),
    );
    renderCheckin();
    const question = await screen.findByRole('radiogroup', {
      name: /After yesterday's exercise session/,
    });
    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.click(within(question).getByRole('radio', { name: 'Worse than usual' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByRole('heading', { name: 'Today' });
    expect((await stored())[0]?.morningAfterSession).toBe('worse');
  });

  it('does not ask about the morning after without a session the day before', async () => {
    await checkinRepository.add(
      withoutMeta(buildCheckin({ day: addDays(today(), -1), morningAfterSession: undefined })),
    );
    renderCheckin();
    await screen.findByRole('radio', { name: '0' });
    expect(screen.queryByRole('radiogroup', { name: /After yesterday/ })).not.toBeInTheDocument();
  });

  it('refuses a day in the future, with a way to today’s check-in', async () => {
    renderCheckin(`/checkin/${addDays(today(), 2)}`);
    expect(
      await screen.findByText(/You can check in for today or any earlier day/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Check in for today' })).toHaveAttribute(
      'href',
      '/checkin',
    );
  });

  it('keeps a half-filled check-in through a reload of the tab, until it is saved', async () => {
    const user = userEvent.setup();
    const first = render(
      <MemoryRouter initialEntries={['/checkin']}>
        <CheckinPage />
      </MemoryRouter>,
    );
    await user.click(await screen.findByRole('radio', { name: '6' }));
    await user.type(screen.getByLabelText(/Notes/), 'Stiff after the drive');
    first.unmount();
    forgetTabDraftsInMemory();

    renderCheckin();
    expect(await screen.findByRole('radio', { name: '6' })).toBeChecked();
    expect(screen.getByLabelText(/Notes/)).toHaveValue('Stiff after the drive');
    expect(screen.getByText('We kept what you started.')).toBeInTheDocument();
    expect(await stored()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
  });
});
