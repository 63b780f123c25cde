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
  ],
  testTimeout: 30_000,
};

export default config;
