import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, withoutMeta } from '../../../tests/support/domain/test-builders';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { TodayPage } from './today-page';

beforeEach(resetDatabase);

function renderToday() {
  render(
    <MemoryRouter>
      <TodayPage />
    </MemoryRouter>,
  );
}

describe('Today', () => {
  it('explains how to start when nothing is logged', async () => {
    renderToday();
    expect(await screen.findByText(/Nothing is logged yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log a spasm' })).toBeInTheDocument();
  });

  it('shows days since the last spasm and offers to finish one still going', async () => {
    const episode = withoutMeta(
      buildEpisode({
        // An hour ago, but never before today's midnight, so "0 days" holds at any time of day.
        startedAt: new Date(
          Math.max(new Date().setHours(0, 0, 0, 0), Date.now() - 3_600_000),
        ).toISOString(),
        endedAt: undefined,
      }),
    );
    await episodeRepository.add(episode);
    renderToday();
    const days = await screen.findByText('Days since your last spasm');
    expect(days.parentElement).toHaveTextContent('0');
    expect(screen.getByRole('region', { name: /^Spasm still going, since / })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'It eased…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save end time' }));
    // The card goes once the live query has read the saved end time.
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: /^Spasm still going/ })).not.toBeInTheDocument();
    });
    expect(screen.getByText('See your spasm log')).toBeInTheDocument();
  });

  it('gathers the spasms still going in one card, each named by when it started, and asks no more after a day', async () => {
    for (const hours of [1, 5, 30]) {
      await episodeRepository.add(
        withoutMeta(
          buildEpisode({
            startedAt: new Date(Date.now() - hours * 3_600_000).toISOString(),
            endedAt: undefined,
          }),
        ),
      );
    }
    renderToday();
    const spasms = await screen.findAllByRole('region', { name: /^Spasm still going, since / });
    expect(spasms).toHaveLength(2);
    expect(new Set(spasms.map((card) => card.getAttribute('aria-label'))).size).toBe(2);
    expect(screen.getAllByRole('heading', { name: 'Still going?' })).toHaveLength(1);
  });
});
