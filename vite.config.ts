import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { appVersionDefine } from './build/app-version';
import { chunkRules } from './build/chunks';
import { contentSecurityPolicy } from './build/csp';
import { dexieModernBuild } from './build/dexie-modern';
import { eagerReactCompile } from './build/eager-react-compile';
import { noTestCode } from './build/no-test-code';
import { prerenderFirstScreen } from './build/prerender';
import { pwa } from './build/pwa';

// Each build step is one named plugin in build/ (docs/architecture.md §5). Order matters for
// index.html: the prerender adds its inline scripts before the CSP hashes them.
export default defineConfig({
  define: appVersionDefine,
  plugins: [
    react(),
    prerenderFirstScreen(),
    contentSecurityPolicy(),
    dexieModernBuild(),
    chunkRules(),
    eagerReactCompile(),
    pwa(),
    noTestCode(),
  ],
  build: { target: 'es2022', sourcemap: false },
});
