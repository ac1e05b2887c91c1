import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { appVersionDefine } from './build/app-version';
import './build/node20-map-group-by';

export default defineConfig({
  define: appVersionDefine,
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup/vitest-setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.{ts,tsx}',
      // The seed and benchmark data: their counts, determinism and restorability, not timings.
      'tests/bench/**/*.test.ts',
    ],
    restoreMocks: true,
  },
});
