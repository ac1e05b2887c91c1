import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, DATABASE_NAME } from './db';
import { dexieReads } from './dexie-reads';
import { openStoredDatabase, transactionReads } from './indexeddb-reads';
import type { KeyRange, Reads } from './reads';
import { resetDatabase } from './test-reset';

beforeEach(resetDatabase);

// Raw rows, not domain records: Reads moves whatever is stored. A field left out is missing from
// its index, as a spasm still going is missing from the endedAt index.
const day = fc.constantFrom('2026-01-01', '2026-01-02', '2026-01-05', '2026-02-01', '2026-03-10');
const row = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    startedAt: day,
    endedAt: day,
    deletedAt: day,
    updatedAt: day,
    kind: fc.constantFrom('weekly-review', 'flare-on'),
    day,
  },
  { requiredKeys: ['id', 'startedAt', 'kind', 'day'] },
);
const rows = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 8 });
const range: fc.Arbitrary<KeyRange | undefined> = fc.option(
  fc.record(
    { lower: day, upper: day, lowerOpen: fc.boolean(), upperOpen: fc.boolean() },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const index = fc.constantFrom('startedAt', 'endedAt', 'deletedAt', 'updatedAt');

async function viaIndexedDb<T>(read: (reads: Reads) => Promise<T>): Promise<T> {
  const database = await openStoredDatabase(DATABASE_NAME);
  if (typeof database === 'string') throw new Error(`The database is ${database}`);
  try {
    return await read(transactionReads(database.transaction(['episodes', 'planChanges'])));
  } finally {
    database.close();
  }
}

/** Every Reads operation on the same arguments, as one comparable value. */
async function everyRead(reads: Reads, at: string, within: KeyRange | undefined, ids: string[]) {
  const accept = (candidate: unknown) => (candidate as { id: string }).id >= 'd';
  return {
    get: await reads.get('episodes', ids[0] ?? 'a'),
    getMany: await reads.getMany('episodes', ids),
    all: await reads.all('episodes', at, within),
    whole: await reads.all('episodes'),
    allOf: await reads.allOf('episodes', at, [...ids.map(() => '2026-01-02'), '2026-03-10']),
    count: await reads.count('episodes', at, within),
    countAll: await reads.count('episodes'),
    primaryKeys: await reads.primaryKeys('episodes', at, within),
    firstKey: await reads.firstKey('episodes', at, within),
    findNext: await reads.find('episodes', at, 'next', accept, within),
    findPrev: await reads.find('episodes', at, 'prev', accept, within),
    reviews: await reads.all('planChanges', '[kind+day]', {
      lower: ['weekly-review'],
      upper: ['weekly-review', []],
    }),
    newestReview: await reads.find('planChanges', '[kind+day]', 'prev', accept, {
      lower: ['weekly-review'],
      upper: ['weekly-review', []],
    }),
  };
}

describe('the two implementations of Reads', () => {
  it('give the same answer to every read, on any records and any range', async () => {
    await fc.assert(
      fc.asyncProperty(
        rows,
        index,
        range,
        fc.array(fc.constantFrom('a', 'c', 'h', 'z'), { maxLength: 3 }),
        async (stored, at, within, ids) => {
          await db.episodes.clear();
          await db.planChanges.clear();
          await db.table('episodes').bulkPut(stored);
          await db.table('planChanges').bulkPut(stored);
          const expected = await everyRead(dexieReads, at, within, ids);
          db.close();
          try {
            expect(await viaIndexedDb((reads) => everyRead(reads, at, within, ids))).toEqual(
              expected,
            );
          } finally {
            await db.open();
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answer nothing for crossed bounds, where IDBKeyRange.bound would throw', async () => {
    await db.table('episodes').bulkPut([{ id: 'a', startedAt: '2026-01-02' }]);
    const crossed: KeyRange = { lower: '2026-02-01', upper: '2026-01-01' };
    const empty: KeyRange = { lower: '2026-01-02', upper: '2026-01-02', lowerOpen: true };
    expect(await dexieReads.count('episodes', 'startedAt', crossed)).toBe(0);
    db.close();
    try {
      expect(
        await viaIndexedDb(async (reads) => [
          await reads.count('episodes', 'startedAt', crossed),
          await reads.all('episodes', 'startedAt', empty),
          await reads.count('episodes', 'startedAt', { lower: '2026-01-02', upper: '2026-01-02' }),
        ]),
      ).toEqual([0, [], 1]);
    } finally {
      await db.open();
    }
  });
});
