// Shared by the log form's component tests: the pages inside a router, and quick queries.
import { render, screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { Episode } from '../../domain/episodes';
import { buildEpisode, withoutMeta } from '../../../tests/support/domain/test-builders';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { dismissToast, ToastRegion } from '../../ui/toast';
import { newEpisodeDraft } from './draft-store';
import { EditEpisodePage } from './edit-episode-page';
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

/** The edit screen of the spasm `id`, with the log it returns to after a save. */
export function renderEdit(id: string) {
  render(
    <MemoryRouter initialEntries={[`/log/${id}/edit`]}>
      <Routes>
        <Route path="/log" element={<h1>Spasm log</h1>} />
        <Route path="/log/:id/edit" element={<EditEpisodePage />} />
      </Routes>
      <ToastRegion />
    </MemoryRouter>,
  );
}

export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/** A spasm stored through the repository, as the app saves one. */
export async function store(overrides: Partial<Episode>) {
  const result = await episodeRepository.add(withoutMeta(buildEpisode(overrides)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
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
