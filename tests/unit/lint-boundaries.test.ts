// The one-way dependencies of docs/architecture.md §1 are enforced by ESLint; these tests prove the rules bite.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Probe files don't exist on disk, so the type-aware rules (which need the TS project) are off;
// the boundary rules under test don't need types.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: tseslint.configs.disableTypeChecked,
});

// Loading the config and its plugins takes seconds on a busy machine: once, before the first probe.
beforeAll(async () => {
  await eslint.calculateConfigForFile('src/domain/boundary-probe.ts');
}, 60_000);

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

  it('rejects the data layer importing a feature or the ui', async () => {
    const ids = await ruleIdsFor(
      'src/data/boundary-probe.ts',
      "import { LogPage } from '../features/log/log-page';\nimport { EmptyState } from '../ui/empty-state';\nexport const probe = [LogPage, EmptyState];\n",
    );
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(2);
  });
});

// docs/architecture.md §1: a domain concept's index.ts is its public surface.
describe('domain concept entry points', () => {
  const inside =
    "import { planSchema } from '../../domain/plan/plan';\nexport const probe = planSchema;\n";
  const index =
    "import { planSchema } from '../../domain/plan';\nexport const probe = planSchema;\n";

  it.each([
    'src/features/plan/boundary-probe.ts',
    'src/data/boundary-probe.ts',
    'src/app/boundary-probe.tsx',
    'src/ui/boundary-probe.tsx',
  ])('rejects a file inside a concept from %s', async (file) => {
    expect(await ruleIdsFor(file, inside)).toContain('no-restricted-imports');
  });

  it('rejects a file inside a concept from the entry, src/main.tsx', async () => {
    const ids = await ruleIdsFor(
      'src/main.tsx',
      "import { planSchema } from './domain/plan/plan';\nexport const probe = planSchema;\n",
    );
    expect(ids).toContain('no-restricted-imports');
  });

  it('allows the concept index from features and data', async () => {
    expect(await ruleIdsFor('src/features/plan/boundary-probe.ts', index)).not.toContain(
      'no-restricted-imports',
    );
    expect(await ruleIdsFor('src/data/boundary-probe.ts', index)).not.toContain(
      'no-restricted-imports',
    );
  });

  it('rejects a file inside another concept from the domain, and allows its index and siblings', async () => {
    const file = 'src/domain/review/boundary-probe.ts';
    const across = await ruleIdsFor(
      file,
      "import { planSchema } from '../plan/plan';\nexport const probe = planSchema;\n",
    );
    expect(across).toContain('no-restricted-imports');
    const allowed = await ruleIdsFor(
      file,
      "import { planSchema } from '../plan';\nimport { reviewWeek } from './weekly-review';\nexport const probe = [planSchema, reviewWeek];\n",
    );
    expect(allowed).not.toContain('no-restricted-imports');
  });
});
