import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, withoutMeta } from '../../../tests/support/domain/test-builders';
import { LOG_PAGE } from '../../data/episodes/episode-log';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { LogPage } from './log-page';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

beforeEach(resetDatabase);

// Fifty rows and a search typed letter by letter take longer than a click in jsdom.
const LONG = 30_000;
const WAIT = { timeout: 8000 };

/** A spasm every ten days for about two years; the oldest began gardening, noted "crib". */
async function storeHistory() {
  for (let i = 0; i < 70; i += 1) {
    const result = await episodeRepository.add(
      withoutMeta(
        buildEpisode({
          startedAt: daysAgo(1 + 10 * i),
          endedAt: daysAgo(1 + 10 * i - 0.01),
          activityId: i === 69 ? 'cat-gardening' : 'cat-desk-work',
          movement: 'lifting',
          ...(i === 69 ? { notes: 'Lifted the crib mattress' } : {}),
        }),
      ),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
  }
}

describe('the spasm log with a long history', () => {
  it(
    'shows a page of the newest spasms first and a page more on request',
    async () => {
      await storeHistory();
      render(<LogPage />, { wrapper: MemoryRouter });
      const more = await screen.findByRole('button', { name: 'Show earlier spasms' });
      expect(screen.getAllByRole('listitem')).toHaveLength(LOG_PAGE);
      expect(
        screen.getByText(`Showing the newest ${String(LOG_PAGE)} spasms.`),
      ).toBeInTheDocument();
      await userEvent.click(more);
      await waitFor(() => {
        expect(screen.getAllByRole('listitem')).toHaveLength(70);
      }, WAIT);
      expect(screen.queryByRole('button', { name: 'Show earlier spasms' })).not.toBeInTheDocument();
    },
    LONG,
  );

  it(
    'offers every activity ever used, and finds an old spasm by a word and its days',
    async () => {
      await storeHistory();
      render(<LogPage />, { wrapper: MemoryRouter });
      await screen.findByRole('button', { name: 'Show earlier spasms' });
      // The used activities arrive a moment after the page (log-page.tsx: not waited for).
      const activity = screen.getByLabelText('Activity');
      expect(
        await within(activity).findByRole('option', { name: 'Gardening' }, WAIT),
      ).toBeInTheDocument();

      await userEvent.type(
        screen.getByLabelText('Words in the notes, activity or movement'),
        'crib',
      );
      await waitFor(() => {
        expect(screen.getAllByRole('listitem')).toHaveLength(1);
      }, WAIT);
      expect(screen.getByRole('listitem')).toHaveTextContent('Gardening');
      expect(screen.getByText('Showing 1 matching spasm.')).toBeInTheDocument();

      await userEvent.type(screen.getByLabelText('From (day)'), daysAgo(5).slice(0, 10));
      expect(await screen.findByText(/^No spasms match/, {}, WAIT)).toBeInTheDocument();
      expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    },
    LONG,
  );

  it(
    'refuses a range of days that ends before it starts, and says why',
    async () => {
      await storeHistory();
      render(<LogPage />, { wrapper: MemoryRouter });
      await userEvent.type(await screen.findByLabelText('From (day)'), '2026-02-01');
      await userEvent.type(screen.getByLabelText('To (day)'), '2026-01-01');
      expect(screen.getByRole('alert')).toHaveTextContent('The "from" day is after the "to" day');
      // The list still shows spasms (the range is left out until it makes sense).
      expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
    },
    LONG,
  );
});
