// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * One-way dependencies (docs/architecture.md §1): app -> features -> data -> domain; ui is
 * presentational only. Relative imports are matched by folder name, so each layer's rule lists the
 * folders it may not reach.
 */
const layer = (folders) => ({
  regex: `^\\.{1,2}/(?:\\.\\./)*(?:${folders.join('|')})(?:/|$)`,
  message: `This layer may not import from ${folders.join(', ')} (docs/architecture.md §1: app -> features -> data -> domain).`,
});
/**
 * Outside the domain, a concept is reached through its index.ts only (`../../domain/plan`), never
 * a file inside it (`../../domain/plan/plan-change`): the index is the concept's public surface.
 */
const conceptIndexOnly = {
  regex: '(^|/)domain/[^/]+/',
  message:
    "Import the domain concept's index (../../domain/<concept>), not a file inside it (docs/architecture.md §1).",
};
/** Inside the domain: siblings directly (`./x`), another concept through its index (`../plan`). */
const otherConceptIndexOnly = {
  // Layer folders have their own message (layer above), so they are left out here.
  regex: '^\\.\\./(?!(?:app|features|data|ui)/)[^/.]+/',
  message:
    'Import another concept through its index (../<concept>), not a file inside it (docs/architecture.md §1).',
};
const packages = (names, why) => names.map((name) => ({ name, message: why }));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dev-dist',
      'coverage',
      'test-results',
      'playwright-report',
      'node_modules',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Config files are the one place default exports are the convention.
    files: ['*.config.ts', '*.config.js', 'build/*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain is pure: plain functions over plain data, time passed in.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages(
            [
              'react',
              'react-dom',
              'dexie',
              'dexie-react-hooks',
              'zustand',
              'react-router',
              'workbox-window',
            ],
            'src/domain is pure TypeScript: no React, storage or routing.',
          ),
          patterns: [
            layer(['app', 'features', 'data', 'ui']),
            otherConceptIndexOnly,
            {
              group: ['react/*', 'react-dom/*', 'react-router/*'],
              message: 'src/domain is pure TypeScript.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator'].map(
          (name) => ({ name, message: 'src/domain has no DOM or storage: pass data in.' }),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: take `now` as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: take `now` as an argument.',
        },
      ],
    },
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages(
            ['react-router', 'zustand'],
            'src/data holds storage, not UI state or routing.',
          ),
          patterns: [layer(['app', 'features', 'ui']), conceptIndexOnly],
        },
      ],
    },
  },
  // Features never import each other, and only src/data touches the database. From a file at a
  // feature's top, `../x` is another feature; from one in a feature's subfolder (plan/session/),
  // `../x` is its own feature and `../../x` another.
  ...[
    { files: ['src/features/*/*.{ts,tsx}'], otherFeature: '^\\.\\./(?!\\.\\./)' },
    {
      files: ['src/features/*/*/**/*.{ts,tsx}'],
      otherFeature: '^\\.\\./\\.\\./(?!\\.\\./)',
    },
  ].map(({ files, otherFeature }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages(
            ['dexie'],
            'Only src/data touches the database: use a repository or hook.',
          ),
          patterns: [
            layer(['app']),
            conceptIndexOnly,
            {
              regex: otherFeature,
              message:
                'Features never import each other: move shared code to src/ui, src/data or src/domain.',
            },
            {
              regex: '(^|/)data/db(\\.ts)?$',
              message: 'Only src/data touches the database: use a repository or hook.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages(
            ['dexie', 'dexie-react-hooks'],
            'src/ui is presentational: no data access (UI state, such as drafts, may use zustand).',
          ),
          patterns: [layer(['app', 'features', 'data']), conceptIndexOnly],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages(['dexie'], 'Only src/data touches the database.'),
          patterns: [
            { regex: '(^|/)data/db(\\.ts)?$', message: 'Only src/data touches the database.' },
            conceptIndexOnly,
          ],
        },
      ],
    },
  },
  {
    // Tests may use non-null assertions on values they just created.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
