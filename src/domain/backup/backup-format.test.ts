import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  createBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
} from './backup-format';
import { mergePlan, recordsToMerge, summarizeBackup } from './backup-merge';
import { arbitraryBackupData } from '../../../tests/support/domain/backup-test-data';
import { emptyBackupData } from './backup-tables';
import { buildCheckin, buildEpisode, testClock } from '../../../tests/support/domain/test-builders';

const read = (text: string) => parseBackup(text, text.length);
const refusal = (text: string, bytes = text.length) => {
  const result = parseBackup(text, bytes);
  return result.ok ? 'accepted' : result.errors._form;
};
const emptyTables = emptyBackupData;
const validFile = () => JSON.stringify(createBackup(emptyTables(), '0.1.0', testClock.now));

describe('reading a backup', () => {
  it('gives back exactly what was exported, for random data from every table', () => {
    fc.assert(
      fc.property(arbitraryBackupData, (tables) => {
        const backup = createBackup(tables, '0.1.0', testClock.now);
        expect(read(JSON.stringify(backup))).toEqual({ ok: true, value: backup });
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ['not JSON', 'hello, I am a shopping list', /not complete JSON/],
    ['truncated', validFile().slice(0, 40), /not complete JSON/],
    ['empty', '   ', /empty/],
    [
      'from another app',
      JSON.stringify({ format: 'other-app', data: [] }),
      /isn't a Steadyback backup/,
    ],
    ['a JSON array', '[1,2,3]', /isn't a Steadyback backup/],
    [
      'a future format version',
      validFile().replace(`"formatVersion":${BACKUP_FORMAT_VERSION}`, '"formatVersion":99'),
      /newer version/,
    ],
    [
      'a __proto__ key',
      validFile().replace('"tables":{', '"tables":{"__proto__":{"polluted":true},'),
      /"__proto__"/,
    ],
  ])('refuses a file that is %s, with a clear message', (_what, text, message) => {
    expect(refusal(text)).toMatch(message);
  });

  it('refuses a 50 MB file before reading it', () => {
    expect(refusal(validFile(), MAX_BACKUP_BYTES + 1)).toMatch(/over 50 MB/);
  });

  it('refuses two check-ins for the same day', () => {
    const backup = createBackup(emptyTables(), '0.1.0', testClock.now);
    const twice = {
      ...backup,
      tables: { ...backup.tables, checkins: [buildCheckin(), buildCheckin()] },
    };
    expect(refusal(JSON.stringify(twice))).toMatch(/two check-ins for 2026-11-25/);
  });

  it('names the record and the field when a record has the wrong type', () => {
    const backup = createBackup(emptyTables(), '0.1.0', testClock.now);
    const bad = {
      ...backup,
      tables: {
        ...backup.tables,
        episodes: [buildEpisode(), { ...buildEpisode(), severity: 'bad' }],
      },
    };
    expect(refusal(JSON.stringify(bad))).toBe(
      "The backup's spasm number 2 can't be restored: Severity must be a whole number from 0 to 10.",
    );
  });
});

describe('merging a backup', () => {
  it('is idempotent: merging the same records twice writes nothing the second time', () => {
    fc.assert(
      fc.property(arbitraryBackupData, arbitraryBackupData, (stored, incoming) => {
        const first = recordsToMerge(stored.episodes, incoming.episodes);
        const merged = [
          ...stored.episodes.filter((e) => !first.some((f) => f.id === e.id)),
          ...first,
        ];
        expect(recordsToMerge(merged, incoming.episodes)).toEqual([]);
      }),
    );
  });

  it('keeps the newer copy of each record, including a newer soft delete', () => {
    const stored = buildEpisode({ id: 'a', updatedAt: '2026-11-20T00:00:00.000Z' });
    const deletedLater = {
      ...stored,
      updatedAt: '2026-11-21T00:00:00.000Z',
      deletedAt: '2026-11-21T00:00:00.000Z',
    };
    const olderEdit = { ...stored, updatedAt: '2026-11-19T00:00:00.000Z', severity: 1 };
    expect(recordsToMerge([stored], [deletedLater])).toEqual([deletedLater]);
    expect(recordsToMerge([stored], [olderEdit])).toEqual([]);
  });
});

describe('merging records kept one per day', () => {
  it('keeps the newer check-in of a day and removes the older one', () => {
    const mine = buildCheckin({ id: 'mine', updatedAt: '2026-11-25T08:00:00.000Z' });
    const theirs = buildCheckin({ id: 'theirs', updatedAt: '2026-11-25T09:00:00.000Z' });
    expect(mergePlan([mine], [theirs], 'day')).toEqual({ put: [theirs], remove: ['mine'] });
    expect(mergePlan([theirs], [mine], 'day')).toEqual({ put: [], remove: [] });
  });
});

describe('summarizing a backup', () => {
  it('counts each kind in words and gives the date range', () => {
    const backup = createBackup(
      {
        ...emptyTables(),
        episodes: [
          buildEpisode({ startedAt: '2026-01-05T08:00:00.000Z', endedAt: undefined }),
          buildEpisode(),
        ],
      },
      '0.1.0',
      testClock.now,
    );
    expect(summarizeBackup(backup)).toEqual({
      counts: [{ table: 'episodes', count: 2, words: '2 spasms' }],
      from: '2026-01-05',
      to: '2026-11-25',
    });
  });
});
