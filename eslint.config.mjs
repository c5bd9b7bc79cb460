import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', 'out/**', 'coverage/**', 'public/**', 'next-env.d.ts', '.e2e-profiles/**'],
  },
];

export default config;
