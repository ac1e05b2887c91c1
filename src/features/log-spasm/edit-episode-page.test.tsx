import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../data/clock';
import { episodeRepository } from '../../data/repositories';
import { saveSettings } from '../../data/settings/settings-queries';
import { resetDatabase } from '../../data/test-reset';
import { dismissToast } from '../../ui/toast';
import { newEpisodeDraft } from './draft-store';
import { hoursAgo, renderEdit, store } from './log-spasm-test-kit';

beforeEach(async () => {
  await resetDatabase();
  newEpisodeDraft.clear();
  dismissToast();
});

describe('editing a logged spasm', () => {
  it('shows the stored answers and saves changes, including when it eased', async () => {
    const user = userEvent.setup();
    const episode = await store({ startedAt: hoursAgo(3), endedAt: undefined, severity: 6 });
    renderEdit(episode.id);
    expect(await screen.findByRole('radio', { name: '6' })).toBeChecked();
    expect(
      screen.getByRole('button', { name: 'Lifting a case of water or groceries' }),
    ).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('radio', { name: '3' }));
    await user.click(screen.getByText('More details'));
    await user.click(screen.getByRole('checkbox', { name: "It's still going" }));
    const local = toLocalInput(new Date(Date.parse(episode.startedAt) + 3_600_000).toISOString());
    fireEvent.change(screen.getByLabelText('It eased at'), { target: { value: local } });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { name: 'Spasm log' })).toBeInTheDocument();
    expect(screen.getByText('Changes saved')).toBeInTheDocument();
    const saved = await episodeRepository.get(episode.id);
    expect(saved).toMatchObject({ severity: 3, endedAt: fromLocalInput(local) });
    expect(saved?.startedAt).toBe(episode.startedAt);
    // Editing never touches the new-spasm draft.
    expect(newEpisodeDraft.read()).toBeNull();
  });

  it('shows the load in pounds when the person uses pounds', async () => {
    await saveSettings({ units: 'lb' });
    const episode = await store({ startedAt: hoursAgo(3), endedAt: undefined, loadKg: 10 });
    renderEdit(episode.id);
    expect(await screen.findByLabelText('Load you were carrying (lb)')).toHaveValue('22');
  });

  it('keeps the stored spasm unchanged when an edit is refused', async () => {
    const user = userEvent.setup();
    const episode = await store({ startedAt: hoursAgo(3), endedAt: undefined });
    renderEdit(episode.id);
    await screen.findByRole('radio', { name: '6' });
    await user.click(screen.getByText('More details'));
    await user.clear(screen.getByLabelText('Load you were carrying (kg)'));
    await user.type(screen.getByLabelText('Load you were carrying (kg)'), '600');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Load must be 500 kg or less')).toBeInTheDocument();
    expect(await episodeRepository.get(episode.id)).toEqual(episode);
  });

  it('says so, with a way back to the log, when the spasm is not there', async () => {
    renderEdit('no-such-id');
    expect(await screen.findByRole('heading', { name: 'Spasm not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your log' })).toHaveAttribute('href', '/log');
  });
});
