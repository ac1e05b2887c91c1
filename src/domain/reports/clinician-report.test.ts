import { describe, expect, it } from 'vitest';
import { emptyBackupData, type BackupData } from '../backup';
import { buildClinicianReport } from './clinician-report';
import {
  buildCheckin,
  buildEpisode,
  buildMedication,
  buildOutcome,
  buildScreening,
} from '../../../tests/support/domain/test-builders';

const dayOf = (instant: string) => instant.slice(0, 10);
const empty: BackupData = emptyBackupData();
const period = { from: '2026-10-27', to: '2026-11-25' };

describe('the clinician report', () => {
  it('lists the spasms of the period with activity, movement and duration, oldest first', () => {
    const report = buildClinicianReport(
      {
        ...empty,
        episodes: [
          buildEpisode({
            startedAt: '2026-11-20T08:00:00.000Z',
            endedAt: '2026-11-20T09:30:00.000Z',
            severity: 4,
          }),
          buildEpisode({
            startedAt: '2026-11-02T08:00:00.000Z',
            endedAt: undefined,
            severity: 8,
            activityId: undefined,
            movement: 'twisting',
          }),
          buildEpisode({ startedAt: '2026-10-01T08:00:00.000Z', endedAt: undefined }),
          buildEpisode({
            startedAt: '2026-11-21T08:00:00.000Z',
            deletedAt: '2026-11-21T09:00:00.000Z',
          }),
        ],
      },
      period,
      '2026-11-25',
      dayOf,
    );
    expect(report.spasms).toEqual({
      count: 2,
      perThirtyDays: 2,
      meanSeverity: 6,
      rows: [
        {
          startedAt: '2026-11-02T08:00:00.000Z',
          severity: 8,
          activity: 'Not noted',
          movement: 'Twisting',
          duration: 'Still going',
        },
        {
          startedAt: '2026-11-20T08:00:00.000Z',
          severity: 4,
          activity: 'Lifting a case of water or groceries',
          movement: 'Lifting',
          duration: '1 h 30 min',
        },
      ],
      onsetActivities: [
        { name: 'Lifting a case of water or groceries', count: 1 },
        { name: 'Not noted', count: 1 },
      ],
    });
  });

  it('words safety checks by their signs, never a diagnosis', () => {
    const report = buildClinicianReport(
      {
        ...empty,
        screenings: [
          buildScreening({
            outcome: 'see-doctor-soon',
            answers: { 'both-legs-numb': false, 'chest-pain': true },
            seenDoctorOn: '2026-11-25',
          }),
        ],
      },
      period,
      '2026-11-25',
      dayOf,
    );
    expect(report.safetyChecks).toEqual([
      {
        takenAt: '2026-11-25T09:00:00.000Z',
        outcome: 'See a doctor soon',
        signs: ['Chest pain'],
        seenDoctorOn: '2026-11-25',
      },
    ]);
  });

  it('gives a medicine its class and its before/after note with counts', () => {
    const report = buildClinicianReport(
      {
        ...empty,
        medications: [buildMedication()],
        episodes: [buildEpisode({ startedAt: '2026-11-12T08:00:00.000Z', endedAt: undefined })],
      },
      period,
      '2026-11-25',
      dayOf,
    );
    const [medicine] = report.medications;
    expect(medicine).toMatchObject({
      name: 'Atorvastatin',
      started: '2026-10-20',
      doses: [{ dose: '10 mg' }, { dose: '20 mg', from: '2026-11-10' }],
    });
    expect(medicine?.drugClass).toMatch(/statin/i);
    expect(medicine?.note).toMatch(/you logged 1 spasm/);
    expect(medicine?.note).not.toMatch(/\bstop/i);
  });

  it('sums weekly ratings by month and names likely triggers with counts', () => {
    const checkins = Array.from({ length: 20 }, (_, i) => {
      const day = `2026-11-${String(i + 1).padStart(2, '0')}`;
      return buildCheckin({
        id: `c${i}`,
        day,
        activityIds: i % 2 === 0 ? ['cat-moving-furniture'] : ['cat-desk-work'],
      });
    });
    const episodes = [1, 3, 5, 7, 9].map((d) =>
      buildEpisode({
        startedAt: `2026-11-0${d}T10:00:00.000Z`,
        endedAt: undefined,
        activityId: 'cat-moving-furniture',
      }),
    );
    const report = buildClinicianReport(
      { ...empty, checkins, episodes, outcomes: [buildOutcome({ weekOf: '2026-11-16' })] },
      period,
      '2026-11-25',
      dayOf,
    );
    expect(report.months.map((m) => [m.month, m.ratedWeeks, m.meanRatedPain])).toEqual([
      ['2026-10', 0, null],
      ['2026-11', 1, 4],
    ]);
    const furniture = report.triggers.find((t) => t.name === 'Moving furniture');
    expect(furniture?.sentence).toMatch(/^All 5 of your spasms|5 of your 5 spasms/);
    expect(furniture?.verdict).toBe('Likely trigger');
    // 5 of 10 days against 0 of 10: Haldane-corrected rate ratio (5.5/11)/(0.5/11) = 11.
    expect(furniture?.statistics).toBe(
      'A spasm began with it on 5 of 10 check-in days with it, against a spasm on 0 of 10 other ' +
        'check-in days: rate ratio 11 (95 % CI 0.69 to 180); one-sided mid-p exact test, Holm ' +
        'correction over 1 activity.',
    );
  });
});
