import type { Transaction } from 'dexie';
import { planSchema } from '../../domain/plan';
import { inferOwned } from '../../domain/progression';

/**
 * Schema version 4 (2026-12-06): every stored plan gets `owned`, the weights the person owns,
 * inferred from the equipment ticked and the loads the plan already uses (docs/domain.md §5b
 * rule 5; they correct it on the setup screen). A plan that does not read as a plan fails the
 * upgrade loudly, and Dexie leaves every record as it was (docs/architecture.md, migrations).
 */
export async function inferOwnedEquipment20261206(tx: Transaction): Promise<void> {
  const plans = tx.table('plans');
  const rows: unknown[] = await plans.toArray();
  for (const row of rows) {
    const parsed = planSchema.safeParse(row);
    if (!parsed.success) {
      throw new Error(`Schema 4: a stored plan could not be read (${parsed.error.message})`);
    }
    if (parsed.data.owned !== undefined) continue;
    await plans.put({ ...(row as object), owned: inferOwned(parsed.data) });
  }
}
