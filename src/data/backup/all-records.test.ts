import { describe, expect, it } from 'vitest';
import { backupTableNames, type BackupTableName } from '../../domain/backup';
import { parseAllRecords } from './all-records';

const empty = () =>
  Object.fromEntries(backupTableNames.map((name) => [name, []])) as unknown as Record<
    BackupTableName,
    unknown[]
  >;

const activity = (name: string) => ({
  id: crypto.randomUUID(),
  name,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

describe('parseAllRecords: every read into the report goes through the domain schemas', () => {
  it('keeps the rows that pass their schema', () => {
    const rows = { ...empty(), activities: [activity('Gardening')] };
    const { tables, unreadable } = parseAllRecords(rows);
    expect(tables.activities.map((a) => a.name)).toEqual(['Gardening']);
    expect(unreadable).toBe(0);
  });

  it('counts the rows that no longer validate instead of passing them on', () => {
    const rows = {
      ...empty(),
      activities: [activity('Gardening'), { id: 'x', name: 42 }],
      episodes: [{ id: 'y', severity: 'very bad' }],
    };
    const { tables, unreadable } = parseAllRecords(rows);
    expect(tables.activities).toHaveLength(1);
    expect(tables.episodes).toEqual([]);
    expect(unreadable).toBe(2);
  });

  it('answers every table, empty ones included', () => {
    const { tables } = parseAllRecords(empty());
    expect(Object.keys(tables).sort()).toEqual([...backupTableNames].sort());
  });
});
