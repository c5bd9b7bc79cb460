// Unit, component and server tests. Browser tests live in __tests__/e2e (jest.e2e.config.js).
const nextJest = require('next/jest.js');

const createJestConfig = nextJest({ dir: './' });

module.exports = createJestConfig({
  testEnvironment: '<rootDir>/__tests__/support/jsdom-env.js',
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/setup.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts?(x)'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/', '<rootDir>/.next/', '<rootDir>/out/'],
  modulePathIgnorePatterns: ['<rootDir>/.next/', '<rootDir>/out/'],
  testTimeout: 20000,
});
