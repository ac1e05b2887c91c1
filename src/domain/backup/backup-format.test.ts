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

const read = (text: string) => parseBackup(text, text.length, testClock.now);
const refusal = (text: string, bytes = text.length) => {
  const result = parseBackup(text, bytes, testClock.now);
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
      "Nothing was restored: the backup's spasm number 2 is not valid: Severity must be a whole number from 0 to 10.",
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

describe('refusing a backup as a whole', () => {
  const fileWith = (tables: Partial<ReturnType<typeof emptyTables>>, exportedAt = testClock.now) =>
    JSON.stringify(createBackup({ ...emptyTables(), ...tables }, '0.1.0', exportedAt));

  it('refuses records dated after the export, naming the first few', () => {
    const late = (id: string) =>
      buildEpisode({ id, startedAt: '2099-01-01T08:00:00.000Z', endedAt: undefined });
    const episodes = [buildEpisode({ id: 'fine' }), late('a'), late('b'), late('c'), late('d')];
    const message = refusal(fileWith({ episodes }));
    expect(message).toMatch(/^Nothing was restored: this backup has 4 records dated after/);
    expect(message).toContain('spasm number 2, spasm number 3, spasm number 4 and 1 more');
  });

  it('refuses a check-in day after the export, and anything after now when the file has no time', () => {
    const checkins = [buildCheckin({ day: '2026-12-30' })];
    expect(refusal(fileWith({ checkins }))).toMatch(/check-in number 1/);
    const undated = fileWith({
      episodes: [buildEpisode({ updatedAt: '2026-11-26T12:00:00.000Z' })],
    }).replace(`"exportedAt":"${testClock.now}"`, '"exportedAt":"soon"');
    expect(refusal(undated)).toMatch(/dated after the backup was made \(spasm number 1\)/);
  });

  it('refuses two records of a kind with the same id', () => {
    const episodes = [buildEpisode({ id: 'twin' }), buildEpisode({ id: 'twin', severity: 2 })];
    expect(refusal(fileWith({ episodes }))).toBe(
      'Nothing was restored: this backup has a record listed twice under the same id (spasm number 2), which the app never makes; the file may have been edited by hand.',
    );
  });

  it('calls a version given as text not a valid version, not one from a newer app', () => {
    const text = validFile().replace(
      `"formatVersion":${BACKUP_FORMAT_VERSION}`,
      '"formatVersion":"1"',
    );
    expect(refusal(text)).toMatch(/format version \("1"\) is not a valid version number/);
  });

  it('says plainly that nothing was restored, whatever the reason', () => {
    expect(refusal('   ')).toMatch(/^Nothing was restored: this file is empty/);
  });

  it('refuses every file holding a duplicate or a future date, whatever else it holds', () => {
    fc.assert(
      fc.property(
        arbitraryBackupData.filter((tables) => tables.episodes.length > 0),
        fc.boolean(),
        fc.nat(),
        (tables, duplicate, pick) => {
          const episodes = [...tables.episodes];
          const victim = episodes[pick % episodes.length];
          if (!victim) return;
          if (duplicate) episodes.push({ ...victim, severity: 1 });
          else
            episodes[pick % episodes.length] = { ...victim, updatedAt: '2027-01-01T00:00:00.000Z' };
          const result = read(
            JSON.stringify(createBackup({ ...tables, episodes }, '0.1.0', testClock.now)),
          );
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});
