// The CSV exports can't forget a field (docs/testing.md, exhaustiveness): every field of the spasm
// and check-in schemas feeds named columns or says why it has none, and those columns are the
// header, each filled in for a record that has every field.
import { describe, expect, it } from 'vitest';
import { checkinSchema, episodeSchema, type Checkin, type Episode } from '../episodes';
import { buildCheckin, buildEpisode } from '../../../tests/support/domain/test-builders';
import {
  bookkeeping,
  coverageGaps,
  shownFields,
  type FieldCoverage,
} from '../../../tests/support/domain/field-coverage';
import { checkinsCsv, episodesCsv } from './csv-exports';

const deleted = { deletedAt: { leftOut: 'deleted records are not exported' } } as const;

const episodeColumns = {
  ...bookkeeping,
  ...deleted,
  startedAt: ['started_at', 'duration_minutes'],
  endedAt: ['ended_at', 'duration_minutes'],
  severity: ['severity_0_10'],
  region: ['region'],
  side: ['side'],
  activityId: ['activity'],
  movement: ['movement'],
  loadKg: ['load_kg'],
  easedBy: ['eased_by'],
  couldMove: ['could_move'],
  notes: ['notes'],
} satisfies FieldCoverage<Episode, readonly string[]>;

const checkinColumns = {
  ...bookkeeping,
  ...deleted,
  day: ['day'],
  backPain: ['back_pain_0_10'],
  activityIds: ['activities'],
  morningAfterSession: ['morning_after_session'],
  notes: ['notes'],
} satisfies FieldCoverage<Checkin, readonly string[]>;

/** The cells of each CSV line (RFC 4180 quoting, as toCsv writes it; no line breaks in cells). */
function table(csv: string): string[][] {
  return csv
    .trimEnd()
    .split('\r\n')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i += 1) {
        const char = line.charAt(i);
        if (quoted && char === '"' && line.charAt(i + 1) === '"') {
          cell += '"';
          i += 1;
        } else if (char === '"') quoted = !quoted;
        else if (char === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += char;
      }
      return [...cells, cell];
    });
}

function expectEveryColumnFilled(
  csv: string,
  columns: Record<string, readonly string[] | { leftOut: string }>,
) {
  const [header = [], row = []] = table(csv);
  const named = new Set(shownFields<readonly string[]>(columns).flatMap(([, names]) => names));
  expect(
    header.filter((name) => !named.has(name)),
    'columns no field feeds',
  ).toEqual([]);
  for (const [field, names] of shownFields<readonly string[]>(columns)) {
    for (const name of names) {
      const index = header.indexOf(name);
      expect(index, `column ${name} (for ${field}) is in the header`).toBeGreaterThanOrEqual(0);
      expect(row[index], `column ${name} is filled in from ${field}`).not.toBe('');
    }
  }
}

describe('the CSV exports cover every field', () => {
  it('places every spasm field in a column or says why not', () => {
    expect(coverageGaps(episodeSchema, episodeColumns, 'The spasm CSV')).toBe('');
    expectEveryColumnFilled(
      episodesCsv([buildEpisode()], [], () => 0),
      episodeColumns,
    );
  });

  it('places every check-in field in a column or says why not', () => {
    expect(coverageGaps(checkinSchema, checkinColumns, 'The check-in CSV')).toBe('');
    expectEveryColumnFilled(
      checkinsCsv([buildCheckin({ notes: 'Long drive' })], []),
      checkinColumns,
    );
  });
});
