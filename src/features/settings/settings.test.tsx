import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseIcs } from '../../../tests/support/domain/ics-parse.test-helper';
import { buildPlan, withoutMeta } from '../../../tests/support/domain/test-builders';
import { beliefRepository, planRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { textListDraft } from '../../ui/form-kit/draft-parsers';
import { tabDraft } from '../../ui/form-kit/tab-draft';
import { saveFile } from '../../ui/save-file';
import { reloadApp } from './reload-app';
import { SettingsPage } from './settings-page';
import { applyStoredTheme, THEME_STORAGE_KEY } from './stored-theme';
import { useApplyTheme } from './use-apply-theme';

vi.mock('../../ui/save-file', () => ({ saveFile: vi.fn(() => Promise.resolve('downloaded')) }));
vi.mock('./reload-app', () => ({ reloadApp: vi.fn() }));

/** The page as the shell shows it: with the theme hook running. */
function Themed() {
  useApplyTheme();
  return <SettingsPage />;
}

function renderSettings() {
  render(
    <MemoryRouter>
      <Themed />
    </MemoryRouter>,
  );
}

beforeEach(async () => {
  await resetDatabase();
  vi.mocked(saveFile).mockClear();
  vi.mocked(reloadApp).mockClear();
});
afterEach(() => {
  delete document.documentElement.dataset.theme;
  localStorage.clear();
});

describe('settings', () => {
  it('switches the theme on <html>, and back to the device setting', async () => {
    const user = userEvent.setup();
    renderSettings();
    expect(await screen.findByLabelText('Same as my device')).toBeChecked();
    await user.click(screen.getByLabelText('Dark'));
    await waitFor(() => {
      expect(document.documentElement.dataset.theme).toBe('dark');
    });
    // Kept for the next start, so a dark theme opens dark before IndexedDB is read.
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    delete document.documentElement.dataset.theme;
    applyStoredTheme();
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByLabelText('Light'));
    await waitFor(() => {
      expect(document.documentElement.dataset.theme).toBe('light');
    });
    await user.click(screen.getByLabelText('Same as my device'));
    await waitFor(() => {
      expect(document.documentElement.dataset.theme).toBeUndefined();
    });
    await user.click(screen.getByLabelText('Sunday'));
    await waitFor(() => {
      expect(screen.getByLabelText('Sunday')).toBeChecked();
    });
  });

  it('offers a calendar file with a daily check-in and sessions on the training days', async () => {
    const user = userEvent.setup();
    await planRepository.add(withoutMeta(buildPlan({ trainingDays: [1, 3, 5] })));
    renderSettings();
    expect(
      await screen.findByText(/Turn on a reminder to make a calendar file/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/can only remind you while it is open or was used recently/),
    ).toBeInTheDocument();

    await user.click(screen.getByLabelText('Remind me to check in every day'));
    const checkinTime = await screen.findByLabelText('Check-in reminder time');
    expect(checkinTime).toHaveValue('20:00');
    await user.clear(checkinTime);
    await user.type(checkinTime, '08:15');
    await user.click(screen.getByLabelText('Remind me on training days'));
    expect(await screen.findByLabelText('Session reminder time')).toHaveValue('18:00');
    expect(screen.getByText('Your training days: Monday, Wednesday, Friday.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Download calendar file' }));
    expect(await screen.findByText('Calendar file downloaded.')).toBeInTheDocument();
    const file = vi.mocked(saveFile).mock.calls[0]![0];
    expect(file.name).toBe('steadyback-reminders.ics');
    expect(file.type).toBe('text/calendar');
    const text = await file.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const [checkin, session] = parseIcs(text).events;
    expect(checkin?.RRULE).toBe('FREQ=DAILY');
    expect(checkin?.DTSTART).toMatch(/^\d{8}T081500$/);
    expect(session?.RRULE).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
    expect(session?.DTSTART).toMatch(/^\d{8}T180000$/);
    expect(checkin?.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('asks twice before erasing, naming what goes and suggesting a backup', async () => {
    const user = userEvent.setup();
    await beliefRepository.add({ belief: 'Pain means harm', strength: 70, reRatings: [] });
    renderSettings();
    const erase = await screen.findByRole('region', { name: 'Erase all data' });
    await user.click(within(erase).getByRole('button', { name: 'Erase all data' }));
    expect(erase).toHaveTextContent('Erase everything Steadyback holds on this device?');
    await user.click(within(erase).getByRole('button', { name: 'Yes, continue' }));
    expect(erase).toHaveTextContent(/cannot be undone.*journal entry/);
    expect(within(erase).getByRole('link', { name: 'make a backup first' })).toHaveAttribute(
      'href',
      '/backup',
    );
    await user.click(within(erase).getByRole('button', { name: 'Cancel' }));
    expect(within(erase).getByRole('button', { name: 'Erase all data' })).toHaveFocus();
    expect((await beliefRepository.all()).records).toHaveLength(1);
    expect(reloadApp).not.toHaveBeenCalled();

    // A half-typed form in this tab: its draft survives a reload, so erasing must drop it.
    tabDraft('erase-test', textListDraft).write(['Lifting the shopping']);
    await user.click(within(erase).getByRole('button', { name: 'Erase all data' }));
    await user.click(within(erase).getByRole('button', { name: 'Yes, continue' }));
    await user.click(within(erase).getByRole('button', { name: 'Erase everything now' }));
    await waitFor(() => {
      expect(reloadApp).toHaveBeenCalledOnce();
    });
    expect((await beliefRepository.all()).records).toEqual([]);
    expect(sessionStorage.length).toBe(0);
  });
});
