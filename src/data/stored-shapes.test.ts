// A stored shape never changes without a migration (docs/testing.md, Data): the Dexie stores and
// the keys of every record schema are recorded per schema version in stored-shapes.json. Change a
// record schema or a store, and this fails until a new db.version (with its upgrade, or a note
// that none is needed) and a new entry for that version are added. Never edit a past entry.
import { describe, expect, it } from 'vitest';
import { backupTables } from '../domain/backup';
import { storedShape, type Shape } from '../../tests/support/data/stored-shape';
import { latestSchemaVersion, latestStores, schemaVersions } from './schema';
import history from './stored-shapes.json';

type Entry = { version: number; stores: Record<string, string>; records: Record<string, Shape> };
const entries = history as Entry[];
const last = entries[entries.length - 1]!;

const currentRecords = () =>
  Object.fromEntries(
    Object.entries(backupTables).map(([table, { schema }]) => [table, storedShape(schema)]),
  );

describe('stored shapes', () => {
  it('records every shape under a schema version, newest last', () => {
    const versions = entries.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const entry of entries) {
      const shipped = schemaVersions.find((v) => v.version === entry.version);
      expect(shipped?.stores, `stores of version ${String(entry.version)}`).toEqual(entry.stores);
    }
  });

  it('has the newest entry for the newest schema version: a shape change needs a new version', () => {
    expect(
      last.version,
      'Add an entry to stored-shapes.json for the new db.version (never edit a past one).',
    ).toBe(latestSchemaVersion);
    expect(last.stores).toEqual(latestStores);
  });

  it('matches what the record schemas store today', () => {
    expect(
      currentRecords(),
      'A stored record shape changed: add a db.version with its upgrade (docs/architecture.md §4), ' +
        'then a new entry in stored-shapes.json for it.',
    ).toEqual(last.records);
  });
});
