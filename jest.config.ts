import type { Config } from 'jest';

// One Jest run over every workspace. The api project boots the real app against
// a real PostgreSQL (embedded, or DATABASE_URL when set); the browser project
// drives the built app in Chromium.
const swc = (decorators: boolean) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators, tsx: true },
      transform: decorators ? { legacyDecorator: true, decoratorMetadata: true } : { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const domainSource = { '^@send/domain$': '<rootDir>/../../libs/domain/src/index.ts' };

const config: Config = {
  projects: [
    {
      displayName: 'domain',
      rootDir: 'libs/domain',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform: { '^.+\\.tsx?$': swc(false) },
    },
    {
      displayName: 'api',
      rootDir: 'apps/api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      transform: { '^.+\\.tsx?$': swc(true) },
      moduleNameMapper: domainSource,
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      // Component tests: React Testing Library in jsdom, no server (fetch is stubbed per test).
      displayName: 'web',
      rootDir: 'apps/web',
      testEnvironment: '<rootDir>/src/testing/jsdom-environment.cjs',
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc(false) },
      moduleNameMapper: {
        ...domainSource,
        // import.meta.env is Vite's; tests get a fixed configuration.
        '^@/config/env$': '<rootDir>/src/testing/env.ts',
        '^@/(.*)$': '<rootDir>/src/$1',
        '\\.(css|scss)$': '<rootDir>/src/testing/style-stub.ts',
      },
      setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
    },
    {
      // The built app (API + web) in Chromium: pages, journeys, accessibility, screenshots.
      displayName: 'browser',
      rootDir: 'apps/web',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.spec.ts'],
      transform: { '^.+\\.tsx?$': swc(false) },
      moduleNameMapper: domainSource,
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/e2e/support/setup.ts'],
    },
  ],
  testTimeout: 30_000,
  // Teardown stops the app and PostgreSQL; exit even if a library leaves a timer behind, so CI never hangs.
  forceExit: true,
};

export default config;
