import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// House rules (DESIGN.md, "Layout"): which layer may import what.
const UI_AND_STORE = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'next', 'next/*'],
    message: 'The pure layers (lib/srs, lib/quiz, lib/decks, lib/insight) import no React or Next.',
  },
  {
    group: ['dexie', 'dexie-react-hooks', '@/lib/db', '@/lib/db/*'],
    message: 'The pure layers import no store: only lib/db touches IndexedDB.',
  },
  { group: ['@/components/*', '@/app/*'], message: 'lib/ never imports components or routes.' },
  {
    group: ['node:*'],
    message: 'The pure layers run in the browser and workers too: no Node APIs (build-time readers live in lib/build).',
  },
];
const DEXIE_ONLY_IN_STORE = {
  group: ['dexie', 'dexie/*'],
  message: 'Only lib/db imports Dexie; screens use lib/db and components/use-live-value.',
};
const LIVE_QUERY_HOOK = { group: ['dexie-react-hooks'], message: 'One live-query hook: components/use-live-value.ts.' };
const FSRS_ONLY_IN_ADAPTER = { group: ['ts-fsrs', 'ts-fsrs/*'], message: 'ts-fsrs is used only behind lib/srs/fsrs-adapter.ts.' };
const STORE_THROUGH_PROVIDER = {
  name: '@/lib/db',
  allowTypeImports: true,
  message: 'Screens reach the store one way: useDb().store (loaded lazily by components/db-provider.tsx); import only types from @/lib/db.',
};
const NO_SRS_BARREL = {
  name: '@/lib/srs',
  allowTypeImports: true,
  message:
    'Import the lib/srs module you need (e.g. @/lib/srs/study-day): the barrel pulls ts-fsrs into the screen (the study screen alone may).',
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['lib/db/**', '__tests__/**', 'bench/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DEXIE_ONLY_IN_STORE, LIVE_QUERY_HOOK] }] },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['lib/srs/fsrs-adapter.ts', '__tests__/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FSRS_ONLY_IN_ADAPTER] }] },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}', 'lib/pwa/**/*.ts'],
    ignores: ['components/study/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [NO_SRS_BARREL, STORE_THROUGH_PROVIDER], patterns: [DEXIE_ONLY_IN_STORE, LIVE_QUERY_HOOK] },
      ],
    },
  },
  {
    files: ['components/study/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [STORE_THROUGH_PROVIDER], patterns: [DEXIE_ONLY_IN_STORE, LIVE_QUERY_HOOK] },
      ],
    },
  },
  {
    files: ['lib/srs/**/*.ts', 'lib/quiz/**/*.ts', 'lib/decks/**/*.ts', 'lib/insight/**/*.ts', 'lib/anki/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: UI_AND_STORE }] },
  },
  {
    // Jest configs and test environments are CommonJS by design (next/jest, TOOLCHAIN.md).
    files: ['*.config.js', '__tests__/support/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    ignores: ['node_modules/**', '.next/**', 'out/**', 'coverage/**', 'public/**', 'next-env.d.ts', '.e2e-profiles/**', 'bench/results/**'],
  },
];

export default config;
