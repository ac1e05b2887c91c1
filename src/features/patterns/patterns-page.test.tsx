import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, withoutMeta } from '../../../tests/support/domain/test-builders';
import { saveCheckin } from '../../data/episodes/checkin-queries';
import { localDay } from '../../data/clock';
import { episodeRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { FindingPage } from './finding-page';
import { PatternsPage } from './patterns-page';

const FLOOR = 'cat-floor-pickup';
const daysAgo = (n: number) => localDay(new Date(Date.now() - n * 86_400_000));

/** 24 check-in days: the floor on 12 (a spasm began with it on 8 of them), desk work on the rest. */
async function seedPlantedTrigger() {
  for (let n = 1; n <= 24; n++) {
    const day = daysAgo(n);
    const checked = await saveCheckin({
      day,
      backPain: 2,
      activityIds: [n <= 12 ? FLOOR : 'cat-desk-work'],
    });
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    if (n <= 8) await addSpasm(day, FLOOR);
  }
}

async function addSpasm(day: string, activityId: string | undefined, severity = 6) {
  const startedAt = new Date(`${day}T09:00`).toISOString();
  const episode = withoutMeta(
    buildEpisode({
      startedAt,
      endedAt: undefined,
      activityId,
      movement: 'bending-forward',
      severity,
    }),
  );
  const stored = await episodeRepository.add(episode);
  if (!stored.ok) throw new Error(JSON.stringify(stored.errors));
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
    expect(notice).toHaveTextContent('3 more spasms logged and 19 more days of check-ins');
    expect(notice).toHaveTextContent('10 check-in days with it and 10 without it');
    expect(within(notice).getByRole('link', { name: 'Check in for today' })).toHaveAttribute(
      'href',
      '/checkin',
    );
  });

  it('names a planted trigger as likely, with counts, what to do next and its spasms', async () => {
    await seedPlantedTrigger();
    renderAt('/patterns');
    const list = await screen.findByRole('list', { name: 'What comes before your spasms' });
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Picking something up from the floor',
    );
    expect(first).toHaveTextContent('Likely trigger');
    expect(first).toHaveTextContent(
      '8 of your 8 spasms began while picking something up from the floor. On days you did it, ' +
        'one began during it about 7 days in 10; on the 12 other days, none.',
    );
    expect(first).not.toHaveTextContent('%');
    const advice = within(first).getByRole('region', {
      name: 'What to do next about Picking something up from the floor',
    });
    expect(advice).toHaveTextContent('Avoiding it for good is not the aim');
    expect(within(advice).getByRole('link', { name: /See your plan/ })).toHaveAttribute(
      'href',
      '/plan',
    );
    expect(within(advice).getByRole('link', { name: /Open the beliefs journal/ })).toHaveAttribute(
      'href',
      '/beliefs',
    );
    expect(first).toHaveTextContent('8 spasms began with it.');
    expect(within(first).getByRole('link', { name: /See these 8 spasms/ })).toHaveAttribute(
      'href',
      `/patterns/activity/${FLOOR}`,
    );
    const desk = within(list)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByRole('heading', { name: /Desk work/ }));
    expect(desk).toHaveTextContent('No sign');
    expect(desk).toHaveTextContent('so far; this does not rule it out');
    expect(within(desk!).queryByRole('region')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Not enough to go on yet' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'What were you doing when it started?' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('Days since your last spasm').parentElement).toHaveTextContent('1');
  });

  it('says the onset question is what lets it tell, when most spasms have no answer', async () => {
    for (let n = 1; n <= 3; n++) await addSpasm(daysAgo(n), undefined);
    await addSpasm(daysAgo(4), FLOOR);
    renderAt('/patterns');
    const notice = await screen.findByRole('region', {
      name: 'What were you doing when it started?',
    });
    expect(notice).toHaveTextContent('3 of your 4 spasms have no answer to this');
    expect(notice).toHaveTextContent('what lets the app tell a trigger from chance');
    expect(within(notice).getByRole('link', { name: 'Log a spasm' })).toHaveAttribute(
      'href',
      '/log/new',
    );
  });

  it('gives every chart’s figures as a table', async () => {
    await seedPlantedTrigger();
    renderAt('/patterns');
    const byActivity = await screen.findByRole('table', {
      name: 'Spasms by the activity they began with',
    });
    expect(
      within(byActivity).getByRole('row', { name: /Picking something up from the floor/ }),
    ).toHaveTextContent('8');
    const byTime = screen.getByRole('table', { name: 'Spasms by time of day' });
    expect(within(byTime).getByRole('row', { name: /Morning/ })).toHaveTextContent('8');
    expect(screen.getByRole('table', { name: 'Spasms by day of the week' })).toBeInTheDocument();
  });

  it('shows the counts and spasms behind a finding on its own page, without percentages', async () => {
    await seedPlantedTrigger();
    renderAt(`/patterns/activity/${FLOOR}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Picking something up from the floor' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Likely trigger')).toBeInTheDocument();
    expect(screen.getByText('Check-in days you did it').nextElementSibling).toHaveTextContent(
      '12 days; a spasm began with it on 8 days',
    );
    expect(screen.getByText('Other check-in days').nextElementSibling).toHaveTextContent(
      '12 days; a spasm began on 0 days',
    );
    expect(screen.getByRole('heading', { level: 2, name: /What to do next/ })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('%');
    const began = screen.getByRole('heading', {
      name: 'Spasms that began with it',
    }).nextElementSibling!;
    expect(within(began as HTMLElement).getAllByRole('listitem')).toHaveLength(8);
  });

  it('lists the other spasms on days the activity was done, and only those', async () => {
    await seedPlantedTrigger();
    // On a floor day, one that began with something else; on a desk-work day, one not listed.
    await addSpasm(daysAgo(10), 'cat-desk-work', 3);
    await addSpasm(daysAgo(20), 'cat-desk-work', 9);
    renderAt(`/patterns/activity/${FLOOR}`);
    const others = (await screen.findByRole('heading', { name: 'Other spasms on days you did it' }))
      .nextElementSibling as HTMLElement;
    const listed = within(others).getAllByRole('listitem');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toHaveTextContent(/severity 3 .*Desk work/);
    expect(screen.getByText('9 spasms in all.', { exact: false })).toBeInTheDocument();
  });

  it('says so when a link no longer matches anything', async () => {
    renderAt('/patterns/activity/nothing-here');
    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeInTheDocument();
  });
});
