// `npm test` fails on an import cycle, type-only imports included (docs/architecture.md §1):
// these tests feed scripts/check-cycles.mjs a cycle and prove it is found and fails the run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles } from '../../scripts/check-cycles.mjs';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tree(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'cycles-'));
  folders.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

const cyclesIn = (root: string) =>
  findCycles(root).map((cycle) => cycle.map((file) => basename(file)));

function run(root: string) {
  try {
    execFileSync('node', ['scripts/check-cycles.mjs', root], { stdio: 'pipe' });
    return 0;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

describe('import cycle check', () => {
  it('finds a cycle made only of type imports, and fails', () => {
    const root = tree({
      'review.ts':
        "import type { Sentence } from './sentences';\nexport type Review = Sentence[];\n",
      'sentences.ts': "import type { Signal } from './signals';\nexport type Sentence = Signal;\n",
      'signals.ts':
        "import type { Review } from './review';\nexport type Signal = Review | string;\n",
    });
    expect(cyclesIn(root)).toEqual([['review.ts', 'sentences.ts', 'signals.ts', 'review.ts']]);
    expect(run(root)).toBe(1);
  }, 60_000);

  it('finds cycles through re-exports and index files', () => {
    const root = tree({
      'index.ts': "export * from './plan';\n",
      'plan.ts': "import { week } from './index';\nexport const plan = () => week;\n",
    });
    expect(cyclesIn(root)).toHaveLength(1);
  });

  it('passes a tree whose imports point one way', () => {
    const root = tree({
      'a.ts': "import type { B } from './b';\nexport type A = B;\n",
      'b.ts': "import { c } from './c';\nexport type B = typeof c;\n",
      'c.ts': 'export const c = 1;\n',
    });
    expect(cyclesIn(root)).toEqual([]);
    expect(run(root)).toBe(0);
  }, 60_000);
});
