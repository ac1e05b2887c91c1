import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, withoutMeta } from '../../../tests/support/domain/test-builders';
import type { Episode } from '../../domain/episodes';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { ToastRegion } from '../../ui/toast';
import { LogPage } from './log-page';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

async function store(overrides: Partial<Episode>) {
  const episode = withoutMeta(buildEpisode(overrides));
  const result = await episodeRepository.add(episode);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function renderLog() {
  render(
    <MemoryRouter>
      <LogPage />
      <ToastRegion />
    </MemoryRouter>,
  );
}

beforeEach(resetDatabase);

describe('the spasm log', () => {
  it('says what will be here and how to start when nothing is logged', async () => {
    renderLog();
    expect(
      await screen.findByRole('heading', { name: 'No spasms logged yet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log a spasm' })).toHaveAttribute('href', '/log/new');
  });

  it('lists spasms newest first with activity, movement and duration, and the counts on top', async () => {
    await store({
      startedAt: hoursAgo(50),
      endedAt: hoursAgo(49),
      severity: 4,
      activityId: 'cat-gardening',
      movement: 'bending-forward',
    });
    await store({
      startedAt: hoursAgo(2),
      endedAt: undefined,
      severity: 8,
      activityId: 'cat-lifting-heavy',
      movement: 'lifting',
    });
    renderLog();
    const rows = await screen.findAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('severity 8');
    expect(rows[0]).toHaveTextContent(
      'Lifting a case of water or groceries · Lifting · Still going',
    );
    expect(rows[1]).toHaveTextContent('Gardening · Bending forward · Lasted 1 h');
    const counts = screen.getByText('Spasms in the last 30 days').parentElement!;
    expect(counts).toHaveTextContent('2');
  });

  it('filters by movement', async () => {
    await store({ startedAt: hoursAgo(5), movement: 'twisting', endedAt: undefined });
    await store({ startedAt: hoursAgo(3), movement: 'lifting', endedAt: undefined });
    renderLog();
    await screen.findAllByRole('listitem');
    await userEvent.selectOptions(screen.getByLabelText('Movement'), 'Twisting');
    // The search reads the database again: the list follows a moment later.
    await waitFor(() => {
      expect(screen.getAllByRole('listitem')).toHaveLength(1);
    });
    expect(screen.getByRole('listitem')).toHaveTextContent('Twisting');
  });

  it('deletes with Undo, and Undo brings the spasm back', async () => {
    await store({ startedAt: hoursAgo(3), endedAt: undefined });
    renderLog();
    const row = await screen.findByRole('listitem');
    await userEvent.click(within(row).getByRole('button', { name: /^Delete spasm of/ }));
    expect(await screen.findByText('Spasm deleted')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'No spasms logged yet' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('listitem')).toBeInTheDocument();
  });

  it('finishes a spasm that is still going, refusing an end before the start', async () => {
    const episode = await store({ startedAt: hoursAgo(3), endedAt: undefined });
    renderLog();
    await userEvent.click(await screen.findByRole('button', { name: 'It eased…' }));
    const endInput = screen.getByLabelText('It eased at');
    await userEvent.clear(endInput);
    await userEvent.type(endInput, '2020-01-01T08:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save end time' }));
    expect(await screen.findByText("End time can't be before the start time")).toBeInTheDocument();
    expect(endInput).toHaveValue('2020-01-01T08:00');

    await userEvent.clear(endInput);
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    await userEvent.type(
      endInput,
      `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save end time' }));
    expect(await screen.findByText(/Lasted/)).toBeInTheDocument();
    expect((await episodeRepository.get(episode.id))?.endedAt).toBeDefined();
  });
});
