import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
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
