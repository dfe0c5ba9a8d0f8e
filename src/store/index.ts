import type { Config, Neo4jStoreConfig, StoreConfig } from '../config';
import { redactUri } from '../config';
import { StoreUnavailableError, isNewsgraphError } from '../errors';
import type { GraphStore } from './graph-store';
import { connectNeo4j } from './neo4j';
import { openSqliteStore } from './sqlite/open-sqlite-store';

/** How the adapters are built; injected in tests, the real adapters by default. */
export interface OpenStoreDeps {
  openSqlite?: (path: string) => GraphStore | Promise<GraphStore>;
  openNeo4j?: (config: Neo4jStoreConfig) => Promise<GraphStore>;
  /** Apply pending migrations before returning (default true: every start-up migrates). */
  migrate?: boolean;
}

/**
 * Open the configured store, check it answers, and migrate it. An unreachable Neo4j fails here,
 * at start-up, with a StoreUnavailableError naming NEO4J_URI and the address tried.
 *
 * @example const store = await openStore(loadConfig().store);
 */
export async function openStore(
  config: StoreConfig | Config,
  deps: OpenStoreDeps = {},
): Promise<GraphStore> {
  const storeConfig = 'kind' in config ? config : config.store;
  const store = await openAdapter(storeConfig, deps);
  try {
    await store.ping();
    if (deps.migrate ?? true) await store.migrate();
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw explainStoreError(storeConfig, error);
  }
}

/** "SQLite at ./data/newsgraph.db" / "Neo4j at bolt://db:7687 (database neo4j)", for messages. */
export function describeStore(config: StoreConfig): string {
  return config.kind === 'sqlite'
    ? `SQLite at ${config.path}`
    : `Neo4j at ${redactUri(config.uri)} (database ${config.database})`;
}

async function openAdapter(config: StoreConfig, deps: OpenStoreDeps): Promise<GraphStore> {
  try {
    switch (config.kind) {
      case 'sqlite':
        return await (deps.openSqlite ?? openSqliteStore)(config.path);
      case 'neo4j':
        return await (deps.openNeo4j ?? defaultOpenNeo4j)(config);
      default: {
        const unknownKind: never = config;
        throw new Error(`unknown store ${JSON.stringify(unknownKind)}`);
      }
    }
  } catch (error) {
    throw explainStoreError(config, error);
  }
}

function defaultOpenNeo4j(config: Neo4jStoreConfig): Promise<GraphStore> {
  return connectNeo4j(config);
}

/**
 * Store errors name the setting to check and the address tried (never credentials); other
 * newsgraph errors (an outdated schema) pass through unchanged.
 */
export function explainStoreError(config: StoreConfig, error: unknown): unknown {
  if (isNewsgraphError(error) && !(error instanceof StoreUnavailableError)) return error;
  const setting =
    config.kind === 'neo4j'
      ? `NEO4J_URI=${redactUri(config.uri)}`
      : `NEWSGRAPH_SQLITE_PATH=${config.path}`;
  if (error instanceof StoreUnavailableError) {
    if (error.message.includes(setting.split('=')[0] ?? setting)) return error;
    // The adapter's message says what failed and where; add which setting led there.
    return new StoreUnavailableError(`${error.message} (${setting})`, {
      cause: error,
      retriable: error.retriable,
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  const what =
    config.kind === 'neo4j'
      ? `Cannot reach Neo4j at ${redactUri(config.uri)}`
      : `Cannot open the SQLite database at ${config.path}`;
  return new StoreUnavailableError(`${what} (${setting}): ${reason}`, {
    cause: error,
    retriable: config.kind === 'neo4j',
  });
}
