import type { Transaction } from 'dexie';

/**
 * Schema version 4 (2026-12-06), "add revisions": every stored record gets `revision: 1`, the
 * number each save raises, so a save based on an older copy (another tab's) is noticed instead of
 * overwriting it (docs/architecture.md, concurrent edits). A record that already has one keeps it.
 */
export async function addRevisions20261206(tx: Transaction): Promise<void> {
  await Promise.all(
    tx.db.tables.map((table) =>
      tx
        .table(table.name)
        .toCollection()
        .modify((record: { revision?: unknown }) => {
          if (typeof record.revision !== 'number') record.revision = 1;
        }),
    ),
  );
}
