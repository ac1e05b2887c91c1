import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { appVersionDefine } from './build/app-version';
import './build/node20-map-group-by';

// The domain module is pure TypeScript (docs/architecture.md): its tests run in plain Node, which
// also proves it never reaches for the browser. Creating jsdom for each of its files was 71 % of
// their run time (docs/testing.md).
const domainTests = 'src/domain/**/*.test.ts';

export default defineConfig({
  define: appVersionDefine,
  plugins: [react()],
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'domain', environment: 'node', include: [domainTests] },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['tests/setup/vitest-setup.ts'],
          include: [
            'src/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.{ts,tsx}',
            // The seed and benchmark data: their counts, determinism and restorability, not timings.
            'tests/bench/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, domainTests],
        },
      },
    ],
  },
});
