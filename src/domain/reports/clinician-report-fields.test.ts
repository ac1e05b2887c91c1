// The clinician report's spasm table can't forget a field (docs/testing.md, exhaustiveness):
// every field of the spasm schema has a column of the table's rows, or says why it has none, and
// every column shows the field it names. The report page renders these rows as they are.
import { describe, expect, it } from 'vitest';
import { emptyBackupData } from '../backup';
import { episodeSchema, type Episode } from '../episodes';
import { buildEpisode } from '../../../tests/support/domain/test-builders';
import {
  bookkeeping,
  coverageGaps,
  shownFields,
  type FieldCoverage,
} from '../../../tests/support/domain/field-coverage';
import { buildClinicianReport, type ClinicianReport } from './clinician-report';

type Row = ClinicianReport['spasms']['rows'][number];
const inTheCsv = { leftOut: 'kept out of the one-page table; the spasm CSV has it' };

const reportColumns = {
  ...bookkeeping,
  deletedAt: { leftOut: 'deleted spasms are not reported' },
  startedAt: ['startedAt', 'duration'],
  endedAt: ['duration'],
  severity: ['severity'],
  activityId: ['activity'],
  movement: ['movement'],
  region: inTheCsv,
  side: inTheCsv,
  loadKg: inTheCsv,
  easedBy: inTheCsv,
  couldMove: inTheCsv,
  notes: inTheCsv,
} satisfies FieldCoverage<Episode, readonly (keyof Row)[]>;

const period = { from: '2026-11-01', to: '2026-11-30' };
const rowFor = (episode: Episode) =>
  buildClinicianReport(
    { ...emptyBackupData(), episodes: [episode] },
    period,
    '2026-11-30',
    (instant) => instant.slice(0, 10),
  ).spasms.rows[0];

describe("the clinician report's spasm table covers every field", () => {
  it('places every spasm field in a column or says why not, and has no other column', () => {
    expect(coverageGaps(episodeSchema, reportColumns, "The report's spasm table")).toBe('');
    const named = new Set(
      shownFields<readonly (keyof Row)[]>(reportColumns).flatMap(([, columns]) => columns),
    );
    expect(Object.keys(rowFor(buildEpisode()) ?? {}).sort()).toEqual([...named].sort());
  });

  it('shows in each column the field it names', () => {
    const episode = buildEpisode({ severity: 7, movement: 'twisting' });
    const row = rowFor(episode);
    expect(row).toEqual({
      startedAt: episode.startedAt,
      severity: 7,
      activity: 'Lifting a case of water or groceries',
      movement: 'Twisting',
      duration: '1 h 30 min',
    });
    const changed = rowFor({ ...episode, endedAt: undefined, activityId: undefined });
    expect(changed).toMatchObject({ activity: 'Not noted', duration: 'Still going' });
  });
});
