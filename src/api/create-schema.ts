import { join } from 'node:path';
import { loadFilesSync } from '@graphql-tools/load-files';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers';

/** schema/ sits two levels above both src/api and dist/api. */
export const SCHEMA_DIR = join(__dirname, '..', '..', 'schema');

/**
 * The executable schema: the SDL files of schema/ (the public contract) with the resolvers.
 * Fails at start-up when a resolver names a field the SDL does not have.
 */
export function createSchema(schemaDir = SCHEMA_DIR): GraphQLSchema {
  const typeDefs = loadFilesSync(join(schemaDir, '*.graphql'));
  if (typeDefs.length === 0) {
    throw new Error(`no .graphql files in ${schemaDir}: the API cannot start without its schema`);
  }
  return makeExecutableSchema({
    typeDefs,
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
