const ESM_PACKAGES = [
  'css-select',
  'css-what',
  'domutils',
  'dom-serializer',
  'domhandler',
  'entities',
  'nth-check',
  'boolbase',
  'htmlparser2',
  'domelementtype',
  'cssomnom',
  'html-escaper',
  'uhyphen',
].join('|');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }],
    // linkedom (HTML cleaning) requires these ESM-only packages; Node 20 loads them natively,
    // jest does not, so swc compiles them to CommonJS for tests.
    [`/node_modules/(${ESM_PACKAGES})/.+\\.js$`]: ['@swc/jest', { jsc: { target: 'es2022' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES})/)`],
  testTimeout: 60_000,
  // Each worker gets its own Neo4j instance for *.neo4j.test.ts suites; two fit a 2-core box.
  maxWorkers: 2,
  testSequencer: '<rootDir>/test/support/neo4j-test-sequencer.js',
  globalSetup: '<rootDir>/test/support/neo4j-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/neo4j-global-teardown.ts',
};
