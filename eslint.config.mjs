import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'tools/neo4j/target/**',
      '**/*.generated.ts',
      'jest.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Boundaries: only the Neo4j adapter talks to the driver, only extract/ loads wink-nlp,
    // only config/ reads the environment.
    files: ['src/**/*.ts'],
    ignores: ['src/store/neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'Only src/store/neo4j may import neo4j-driver.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/extract/**', 'src/store/neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'Only src/store/neo4j may import neo4j-driver.' },
            { name: 'wink-nlp', message: 'Only src/extract may import wink-nlp.' },
            {
              name: 'wink-eng-lite-web-model',
              message: 'Only src/extract may import the wink model.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/config.' },
      ],
    },
  },
);
