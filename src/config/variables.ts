/**
 * Every environment variable newsgraph reads, with its default and a good example. The README's
 * configuration table, the messages for bad values and the deployment test all come from here, so
 * a variable cannot be documented without being read, or read without being documented.
 */
export interface ConfigVariable {
  name: string;
  /** Shown in docs; undefined when the variable has no default. */
  defaultValue?: string;
  /** A value that is accepted, quoted in error messages. */
  example: string;
  description: string;
  /** Secret values are never echoed, in messages or logs. */
  secret: boolean;
}

const VARIABLES = [
  {
    name: 'NEWSGRAPH_STORE',
    defaultValue: 'sqlite',
    example: 'neo4j',
    description: 'Which graph store to use: `sqlite` (embedded file) or `neo4j`.',
    secret: false,
  },
  {
    name: 'NEWSGRAPH_SQLITE_PATH',
    defaultValue: './data/newsgraph.db',
    example: './data/newsgraph.db',
    description: 'SQLite database file (created with its directory when missing).',
    secret: false,
  },
  {
    name: 'NEO4J_URI',
    example: 'bolt://localhost:7687',
    description:
      'Neo4j Bolt address (`bolt://`, `bolt+s://`, `neo4j://`, `neo4j+s://` …); required when NEWSGRAPH_STORE=neo4j.',
    secret: false,
  },
  {
    name: 'NEO4J_USER',
    defaultValue: 'neo4j',
    example: 'neo4j',
    description: 'Neo4j user name.',
    secret: false,
  },
  {
    name: 'NEO4J_PASSWORD',
    example: 'a-long-password',
    description: 'Neo4j password; leave unset for a server without authentication.',
    secret: true,
  },
  {
    name: 'NEO4J_DATABASE',
    defaultValue: 'neo4j',
    example: 'neo4j',
    description: 'Neo4j database name.',
    secret: false,
  },
  {
    name: 'PORT',
    defaultValue: '4000',
    example: '4000',
    description: 'HTTP port of the GraphQL API (0 picks a free port).',
    secret: false,
  },
  {
    name: 'HOST',
    defaultValue: '127.0.0.1',
    example: '0.0.0.0',
    description: 'Interface the API listens on; `0.0.0.0` to accept connections from outside.',
    secret: false,
  },
  {
    name: 'NEWSGRAPH_LIVE_POLL_MS',
    defaultValue: '1000',
    example: '500',
    description:
      'How often the API reads the store’s change feed to tell `articleIngested` subscribers about articles other processes (`newsgraph ingest`) wrote; `0` stops following them (the API’s own mutations are still told).',
    secret: false,
  },
  {
    name: 'LOG_LEVEL',
    defaultValue: 'info',
    example: 'debug',
    description: 'fatal, error, warn, info, debug, trace or silent. Logs are JSON lines on stderr.',
    secret: false,
  },
  {
    name: 'NEWSGRAPH_API_KEYS',
    example: 'k3y-for-dashboards:read,k3y-for-ingest:write',
    description:
      'API keys with their role: `key:role` entries separated by commas, role `read` or `write`.',
    secret: true,
  },
  {
    name: 'NEWSGRAPH_READ_REQUIRES_KEY',
    defaultValue: 'false',
    example: 'true',
    description: 'When true, queries need a key too; otherwise only mutations do.',
    secret: false,
  },
] as const satisfies readonly ConfigVariable[];

export type ConfigVariableName = (typeof VARIABLES)[number]['name'];

export const CONFIG_VARIABLES: readonly (ConfigVariable & { name: ConfigVariableName })[] =
  VARIABLES;

export const CONFIG_VARIABLE_NAMES: readonly ConfigVariableName[] = CONFIG_VARIABLES.map(
  (v) => v.name,
);

export function configVariable(name: ConfigVariableName): ConfigVariable {
  const found = CONFIG_VARIABLES.find((v) => v.name === name);
  if (!found) throw new Error(`unknown configuration variable ${name}`);
  return found;
}
