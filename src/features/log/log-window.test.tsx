import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, withoutMeta } from '../../../tests/support/domain/test-builders';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { LogPage } from './log-page';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

beforeEach(resetDatabase);

describe('the spasm log with a long history', () => {
  it('shows the recent weeks first and earlier spasms on request', async () => {
    for (const days of [1, 200]) {
      const result = await episodeRepository.add(
        withoutMeta(buildEpisode({ startedAt: daysAgo(days), endedAt: daysAgo(days - 0.01) })),
      );
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
    }
    render(<LogPage />, { wrapper: MemoryRouter });
    const more = await screen.findByRole('button', { name: 'Show earlier spasms' });
    expect(screen.getAllByRole('heading', { level: 2, name: /^Week of/ })).toHaveLength(1);
    // Twelve weeks more each time: 200 days back takes two more steps.
    await userEvent.click(more);
    await userEvent.click(await screen.findByRole('button', { name: 'Show earlier spasms' }));
    await waitFor(() => {
      expect(screen.getAllByRole('heading', { level: 2, name: /^Week of/ })).toHaveLength(2);
    });
    expect(screen.queryByRole('button', { name: 'Show earlier spasms' })).not.toBeInTheDocument();
  });
});
