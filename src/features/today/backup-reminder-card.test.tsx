import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, withoutMeta } from '../../../tests/support/domain/test-builders';
import { recordBackupMade } from '../../data/backup/backup-status';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { TodaySummary } from './today-summary';

beforeEach(resetDatabase);

async function logSpasms(count: number) {
  for (let i = 0; i < count; i++) {
    const startedAt = new Date(Date.now() - (i + 1) * 3_600_000).toISOString();
    await episodeRepository.add(withoutMeta(buildEpisode({ startedAt, endedAt: undefined })));
  }
}

describe('the backup reminder', () => {
  it('appears after 20 unbacked entries (this browser cannot promise to keep data)', async () => {
    await logSpasms(20);
    render(<TodaySummary />, { wrapper: MemoryRouter });
    expect(await screen.findByRole('heading', { name: 'Time for a backup' })).toBeInTheDocument();
    expect(screen.getByText(/20 entries have been made/)).toBeInTheDocument();
  });

  it('stays away with fewer entries, and goes once a backup is made', async () => {
    await logSpasms(19);
    render(<TodaySummary />, { wrapper: MemoryRouter });
    // Let the live queries settle: 19 entries are below the threshold.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.queryByRole('heading', { name: 'Time for a backup' })).not.toBeInTheDocument();
    await logSpasms(1);
    expect(await screen.findByRole('heading', { name: 'Time for a backup' })).toBeInTheDocument();
    await recordBackupMade();
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'Time for a backup' })).not.toBeInTheDocument();
    });
  });
});
