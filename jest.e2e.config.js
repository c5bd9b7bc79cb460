// Real-browser tests: playwright-core driving Debian's /usr/bin/chromium against the built export.
const nextJest = require('next/jest.js');

const createJestConfig = nextJest({ dir: './' });

module.exports = createJestConfig({
  testEnvironment: 'node',
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testMatch: ['<rootDir>/__tests__/e2e/**/*.e2e.test.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.next/', '<rootDir>/out/'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/e2e/helpers/guard-setup.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
});
