import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, withoutMeta } from '../../../tests/support/domain/test-builders';
import { saveCheckin } from '../../data/checkin-queries';
import { localDay } from '../../data/clock';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { FindingPage } from './finding-page';
import { PatternsPage } from './patterns-page';

const FLOOR = 'cat-floor-pickup';
const daysAgo = (n: number) => localDay(new Date(Date.now() - n * 86_400_000));

/** 12 check-in days: the floor on 6 (a spasm began with it on 4 of them), desk work on the rest. */
async function seedPlantedTrigger() {
  for (let n = 1; n <= 12; n++) {
    const day = daysAgo(n);
    const checked = await saveCheckin({
      day,
      backPain: 2,
      activityIds: [n <= 6 ? FLOOR : 'cat-desk-work'],
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    if (n <= 4) {
      const startedAt = new Date(`${day}T09:00`).toISOString();
      const episode = withoutMeta(
        buildEpisode({
          startedAt,
          endedAt: undefined,
          activityId: FLOOR,
          movement: 'bending-forward',
        }),
      );
      const stored = await episodeRepository.add(episode);
      if (!stored.ok) throw new Error(JSON.stringify(stored.errors));
    }
  }
}

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/patterns" element={<PatternsPage />} />
        <Route path="/patterns/:kind/:id" element={<FindingPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(resetDatabase);

describe('Patterns', () => {
  it('says how many more spasms and check-ins make the picture reliable', async () => {
    await saveCheckin({ day: daysAgo(1), backPain: 1, activityIds: [] });
    renderAt('/patterns');
    const notice = await screen.findByRole('region', { name: 'Not enough to go on yet' });
    expect(notice).toHaveTextContent('So far: 0 spasms logged and 1 day checked in.');
    expect(notice).toHaveTextContent('3 more spasms logged and 9 more days of check-ins');
    expect(within(notice).getByRole('link', { name: 'Check in for today' })).toHaveAttribute(
      'href',
      '/checkin',
    );
  });

  it('names a planted trigger as likely, with the counts behind it and a way to its spasms', async () => {
    await seedPlantedTrigger();
    renderAt('/patterns');
    const list = await screen.findByRole('list');
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('heading')).toHaveTextContent(
      'Picking something up from the floor',
    );
    expect(first).toHaveTextContent('Likely trigger');
    expect(first).toHaveTextContent(
      '4 of your 4 spasms began while picking something up from the floor; on days you did it, a spasm followed 4 times in 6 days, against 0 times in 6 other days.',
    );
    expect(
      within(first).getByRole('link', { name: /See the 4 spasms behind this/ }),
    ).toHaveAttribute('href', `/patterns/activity/${FLOOR}`);
    expect(
      screen.queryByRole('region', { name: 'Not enough to go on yet' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Days since your last spasm').parentElement).toHaveTextContent('1');
  });

  it('gives every chart’s figures as a table', async () => {
    await seedPlantedTrigger();
    renderAt('/patterns');
    const byActivity = await screen.findByRole('table', {
      name: 'Spasms by the activity they began with',
    });
    expect(
      within(byActivity).getByRole('row', { name: /Picking something up from the floor/ }),
    ).toHaveTextContent('4');
    const byTime = screen.getByRole('table', { name: 'Spasms by time of day' });
    expect(within(byTime).getByRole('row', { name: /Morning/ })).toHaveTextContent('4');
    expect(screen.getByRole('table', { name: 'Spasms by day of the week' })).toBeInTheDocument();
  });

  it('shows the spasms and rates behind a finding on its own page', async () => {
    await seedPlantedTrigger();
    renderAt(`/patterns/activity/${FLOOR}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Picking something up from the floor' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Likely trigger')).toBeInTheDocument();
    expect(screen.getByText('Spasm rate on days you did it').nextElementSibling).toHaveTextContent(
      '67 % (95 % range 30 % to 90 %)',
    );
    const began = screen.getByRole('heading', {
      name: 'Spasms that began with it',
    }).nextElementSibling!;
    expect(within(began as HTMLElement).getAllByRole('listitem')).toHaveLength(4);
  });

  it('says so when a link no longer matches anything', async () => {
    renderAt('/patterns/activity/nothing-here');
    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeInTheDocument();
  });
});
