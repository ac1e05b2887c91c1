import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, buildPlan, withoutMeta } from '../../../tests/support/domain/test-builders';
import { episodeRepository, planRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { TodaySummary } from './today-summary';

beforeEach(resetDatabase);

describe('the path card on Today', () => {
  it('starts at step 1 and says how much more the diary needs', async () => {
    const startedAt = new Date(Date.now() - 3_600_000).toISOString();
    await episodeRepository.add(withoutMeta(buildEpisode({ startedAt, endedAt: undefined })));
    render(<TodaySummary />, { wrapper: MemoryRouter });
    expect(
      await screen.findByRole('heading', { name: 'Step 1 of 3: find your triggers' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/2 more spasms and 20 more check-in days/)).toBeInTheDocument();
  });

  it('follows the plan to step 2 with what moves the person on', async () => {
    await planRepository.add(
      withoutMeta(buildPlan({ phase: 2, flareMode: false, flareSince: undefined })),
    );
    render(<TodaySummary />, { wrapper: MemoryRouter });
    expect(
      await screen.findByRole('heading', { name: 'Step 2 of 3: a tolerable baseline' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Two steady weeks in a row/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See your plan' })).toHaveAttribute('href', '/plan');
  });
});
