import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Episode } from '../../domain/episodes';
import { activityRepository, episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { dismissToast } from '../../ui/toast';
import { hoursAgo, renderEdit, store } from './log-spasm-test-kit';

/** The same spasm saved by another tab while this one has it open. */
async function otherTabSaves(id: string, changes: Partial<Episode>) {
  const saved = await episodeRepository.update(id, changes);
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

const eased = hoursAgo(1);

beforeEach(async () => {
  await resetDatabase();
  dismissToast();
});

describe('a spasm edited in two tabs', () => {
  it('never overwrites the other tab silently: keeping both changes combines them', async () => {
    const user = userEvent.setup();
    const episode = await store({ startedAt: hoursAgo(3), endedAt: undefined, severity: 6 });
    renderEdit(episode.id);
    await user.click(await screen.findByRole('radio', { name: '3' }));
    await otherTabSaves(episode.id, { endedAt: eased });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const panel = await screen.findByRole('alertdialog', {
      name: 'This spasm was changed in another tab',
    });
    expect(panel).toHaveTextContent('nothing was overwritten');
    expect(await episodeRepository.get(episode.id)).toMatchObject({ severity: 6, endedAt: eased });

    await user.click(screen.getByRole('button', { name: 'Keep both changes' }));
    expect(await screen.findByRole('heading', { name: 'Spasm log' })).toBeInTheDocument();
    expect(await episodeRepository.get(episode.id)).toMatchObject({ severity: 3, endedAt: eased });
  });

  it('names the answers both tabs changed, and keeps mine or takes theirs as chosen', async () => {
    const user = userEvent.setup();
    const episode = await store({ startedAt: hoursAgo(3), endedAt: undefined, severity: 6 });
    renderEdit(episode.id);
    await user.click(await screen.findByRole('radio', { name: '3' }));
    await otherTabSaves(episode.id, { severity: 8 });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const panel = await screen.findByRole('alertdialog');
    expect(panel).toHaveTextContent('Both tabs changed how bad it was');
    expect(screen.queryByRole('button', { name: 'Keep both changes' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Take theirs' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('radio', { name: '8' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: '2' }));
    await otherTabSaves(episode.id, { severity: 9 });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await user.click(await screen.findByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByRole('heading', { name: 'Spasm log' })).toBeInTheDocument();
    expect((await episodeRepository.get(episode.id))?.severity).toBe(2);
  });

  it('stores a new "Add your own" activity only with its spasm', async () => {
    const user = userEvent.setup();
    const episode = await store({ startedAt: hoursAgo(3), endedAt: undefined, severity: 6 });
    renderEdit(episode.id);
    await user.click(await screen.findByRole('radio', { name: '3' }));
    await user.type(screen.getByLabelText('Add your own'), 'Carrying a kayak');
    await otherTabSaves(episode.id, { severity: 8 });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByRole('alertdialog');
    expect((await activityRepository.all()).records).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByRole('heading', { name: 'Spasm log' })).toBeInTheDocument();
    const [activity] = (await activityRepository.all()).records;
    expect(activity?.name).toBe('Carrying a kayak');
    expect(await episodeRepository.get(episode.id)).toMatchObject({
      severity: 3,
      activityId: activity?.id,
    });
  });
});
