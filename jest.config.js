// Projects: pure unit tests (libs/ and src/ *.spec.ts), end-to-end tests that boot the real application against
// the real PostgreSQL and Redis (test/e2e/*.e2e-spec.ts), the console in a real browser (test/console), faults.
const moduleNameMapper = {
  '^@app/(.*)$': '<rootDir>/src/$1',
  '^@libs/(.*)$': '<rootDir>/libs/$1',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  '/node_modules/content-disposition/.+\\.js$': '<rootDir>/test/setup/esm-to-cjs.js',
};
const transformIgnorePatterns = ['/node_modules/(?!content-disposition/)'];

module.exports = {
  // testTimeout is global in Jest (ignored inside projects): e2e hooks boot whole applications.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      moduleFileExtensions: ['ts', 'js', 'json'],
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/src/**/*.spec.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      rootDir: __dirname,
      testEnvironment: 'node',
      moduleFileExtensions: ['ts', 'js', 'json'],
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      testTimeout: 60000,
    },
    {
      // The web console in a real browser (Debian's chromium through playwright-core) against the real API (npm run test:console).
      displayName: 'console',
      rootDir: __dirname,
      testEnvironment: 'node',
      moduleFileExtensions: ['ts', 'js', 'json'],
      testMatch: ['<rootDir>/test/console/**/*.e2e-spec.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
    {
      // Fault injection: Redis cut, worker SIGKILLed, PostgreSQL connections terminated (npm run test:faults).
      displayName: 'faults',
      rootDir: __dirname,
      testEnvironment: 'node',
      moduleFileExtensions: ['ts', 'js', 'json'],
      testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      testTimeout: 240000,
    },
  ],
};
