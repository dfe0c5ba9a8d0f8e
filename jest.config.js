/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testTimeout: 60_000,
  // Each worker gets its own Neo4j instance for *.neo4j.test.ts suites; two fit a 2-core box.
  maxWorkers: 2,
  testSequencer: '<rootDir>/test/support/neo4j-test-sequencer.js',
  globalSetup: '<rootDir>/test/support/neo4j-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/neo4j-global-teardown.ts',
};
