// The production build fails when test support code would ship (docs/testing.md): these tests
// build a tiny app with the same plugin and prove it refuses one that imports a test builder.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { isTestCode, noTestCode } from '../../build/no-test-code';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Builds `main.js` (which imports `imported`) in a fresh folder with the guard plugin. */
async function buildApp(imported: string) {
  const root = mkdtempSync(join(tmpdir(), 'no-test-code-'));
  folders.push(root);
  mkdirSync(join(root, 'tests/support'), { recursive: true });
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'tests/support/builders.js'), 'export const build = () => 1;\n');
  writeFileSync(join(root, 'src/probe.test-helper.js'), 'export const build = () => 2;\n');
  writeFileSync(join(root, 'src/shipped.js'), 'export const build = () => 3;\n');
  writeFileSync(
    join(root, 'main.js'),
    `import { build } from '${imported}';\nconsole.log(build());\n`,
  );
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [noTestCode(root)],
    build: { write: false, rolldownOptions: { input: join(root, 'main.js') } },
  });
}

describe('test support code never ships', () => {
  it('knows test support code by its path', () => {
    expect(isTestCode('tests/support/domain/test-builders.ts')).toBe(true);
    expect(isTestCode('src/ui/screens.test-helper.tsx')).toBe(true);
    expect(isTestCode('src/domain/plan/plan.test.ts')).toBe(true);
    expect(isTestCode('src/features/plan/plan-page.tsx')).toBe(false);
    expect(isTestCode('src/domain/triggers/triggers.ts')).toBe(false);
  });

  it('fails the build when shipped code imports from tests/', async () => {
    await expect(buildApp('./tests/support/builders.js')).rejects.toThrow(
      /Test support code would ship: tests\/support\/builders\.js/,
    );
  }, 60_000);

  it('fails the build when shipped code imports a *.test-helper file', async () => {
    await expect(buildApp('./src/probe.test-helper.js')).rejects.toThrow(
      /src\/probe\.test-helper\.js/,
    );
  }, 60_000);

  it('builds an app that imports only shipped code', async () => {
    await expect(buildApp('./src/shipped.js')).resolves.toBeDefined();
  }, 60_000);
});
