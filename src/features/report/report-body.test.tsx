import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCheckin, buildEpisode } from '../../../tests/support/domain/test-builders';
import { emptyBackupData } from '../../domain/backup';
import { buildClinicianReport } from '../../domain/reports';
import { ReportBody } from './report-body';

const dayOf = (instant: string) => instant.slice(0, 10);

describe('ReportBody', () => {
  it('gives each trigger finding its words and, for the clinician, the rate ratio and correction', () => {
    const checkins = Array.from({ length: 20 }, (_, i) =>
      buildCheckin({
        id: `c${String(i)}`,
        day: `2026-11-${String(i + 1).padStart(2, '0')}`,
        activityIds: [i % 2 === 0 ? 'cat-moving-furniture' : 'cat-desk-work'],
      }),
    );
    const episodes = [1, 3, 5, 7, 9].map((d) =>
      buildEpisode({
        id: `e${String(d)}`,
        startedAt: `2026-11-0${String(d)}T10:00:00.000Z`,
        endedAt: undefined,
        activityId: 'cat-moving-furniture',
      }),
    );
    const report = buildClinicianReport(
      { ...emptyBackupData(), checkins, episodes },
      { from: '2026-11-01', to: '2026-11-25' },
      '2026-11-25',
      dayOf,
    );
    render(<ReportBody report={report} />);
    const section = screen.getByRole('region', { name: 'Trigger findings' });
    const furniture = within(section)
      .getAllByRole('listitem')
      .find((li) => li.textContent.startsWith('Moving furniture'));
    expect(furniture).toHaveTextContent('Moving furniture: Likely trigger.');
    expect(furniture).toHaveTextContent('rate ratio 11 (95 % CI 0.69 to 180)');
    expect(furniture).toHaveTextContent('Holm correction over 1 activity.');
  });
});
