// The one-way dependencies of DESIGN.md are enforced by ESLint; these tests prove the rules bite.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Probe files don't exist on disk, so the type-aware rules (which need the TS project) are off;
// the boundary rules under test don't need types.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: tseslint.configs.disableTypeChecked,
});

async function ruleIdsFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('import boundaries', () => {
  it('rejects React inside src/domain', async () => {
    const ids = await ruleIdsFor(
      'src/domain/boundary-probe.ts',
      "import { useState } from 'react';\nexport const probe = useState;\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it('rejects Dexie and the data layer inside src/domain', async () => {
    const ids = await ruleIdsFor(
      'src/domain/boundary-probe.ts',
      "import Dexie from 'dexie';\nimport { db } from '../data/db';\nexport const probe = [Dexie, db];\n",
    );
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(2);
  });

  it('rejects reading the clock inside src/domain', async () => {
    const ids = await ruleIdsFor(
      'src/domain/boundary-probe.ts',
      'export const probe = () => [Date.now(), new Date()];\n',
    );
    expect(ids.filter((id) => id === 'no-restricted-syntax')).toHaveLength(2);
  });

  it('rejects one feature importing another, and features touching the db', async () => {
    const ids = await ruleIdsFor(
      'src/features/log/boundary-probe.ts',
      "import { PlanPage } from '../plan/plan-page';\nimport { db } from '../../data/db';\nexport const probe = [PlanPage, db];\n",
    );
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(2);
  });

  it('allows a feature to use the data, domain and ui layers', async () => {
    const ids = await ruleIdsFor(
      'src/features/log/boundary-probe.ts',
      "import { EmptyState } from '../../ui/empty-state';\nimport { usePersistentStorage } from '../../data/persistent-storage';\nexport const probe = [EmptyState, usePersistentStorage];\n",
    );
    expect(ids).not.toContain('no-restricted-imports');
  });
});
