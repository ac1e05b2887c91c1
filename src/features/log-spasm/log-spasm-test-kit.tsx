// Shared by the log form's component tests: the page inside a router, and quick queries.
import { render, screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { dismissToast, ToastRegion } from '../../ui/toast';
import { newEpisodeDraft } from './draft-store';
import { LogSpasmPage } from './log-spasm-page';

export function renderLogSpasm() {
  return render(
    <MemoryRouter initialEntries={['/log/new']}>
      <Routes>
        <Route path="/" element={<h1>Today</h1>} />
        <Route path="/log/new" element={<LogSpasmPage />} />
      </Routes>
      <ToastRegion />
    </MemoryRouter>,
  );
}

export const stored = async () => (await episodeRepository.all()).records;
export const severity = (value: string) => screen.findByRole('radio', { name: value });
export const save = () => screen.getByRole('button', { name: 'Save' });
export const openMoreDetails = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByText('More details'));
};

/** A fresh database, no saved draft and no toast before each test. */
export async function resetLogSpasm() {
  await resetDatabase();
  newEpisodeDraft.clear();
  dismissToast();
}
