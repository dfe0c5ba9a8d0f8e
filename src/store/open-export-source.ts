import BetterSqlite3 from 'better-sqlite3';
import type { Config, Neo4jStoreConfig, StoreConfig } from '../config';
import { SchemaOutdatedError, StoreUnavailableError } from '../errors';
import type { GraphExportSource } from './export-source';
import { explainStoreError } from './index';
import { Neo4jExportSource } from './neo4j/export-source';
import { openVerifiedDriver } from './neo4j/connect-neo4j';
import { loadMigrations, readSchemaVersion } from './sqlite/migrations';
import { SqliteExportSource } from './sqlite/export-source';

export interface OpenExportSourceOptions {
  /** Rows per page read from the store (default EXPORT_PAGE_SIZE). */
  pageSize?: number;
}

/**
 * Opens a read-only export source on the configured store, with its own connection: a SQLite
 * handle opened read-only (an export never writes, and never creates a missing database), or a
 * Neo4j driver checked to answer. Errors name the setting to check, as openStore's do.
 *
 * @example
 * const source = await openExportSource(loadConfig().store);
 * try { for await (const node of source.nodes({})) … } finally { await source.close(); }
 */
export async function openExportSource(
  config: StoreConfig | Config,
  options: OpenExportSourceOptions = {},
): Promise<GraphExportSource> {
  const storeConfig = 'kind' in config ? config : config.store;
  try {
    switch (storeConfig.kind) {
      case 'sqlite':
        return openSqliteExportSource(storeConfig.path, options);
      case 'neo4j':
        return await openNeo4jExportSource(storeConfig, options);
      default: {
        const unknownKind: never = storeConfig;
        throw new Error(`unknown store ${JSON.stringify(unknownKind)}`);
      }
    }
  } catch (error) {
    throw explainStoreError(storeConfig, error);
  }
}

function openSqliteExportSource(path: string, options: OpenExportSourceOptions): GraphExportSource {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreUnavailableError(`Cannot open the SQLite database at ${path} to export`, {
      cause: error,
      retriable: false,
    });
  }
  try {
    db.pragma('busy_timeout = 5000');
    checkSqliteSchema(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteExportSource(db, { ownsDatabase: true, ...pageSize(options) });
}

/** Read-only cannot migrate: a database this newsgraph does not know is refused with the fix. */
function checkSqliteSchema(db: BetterSqlite3.Database, path: string): void {
  const version = readSchemaVersion(db);
  const latest = loadMigrations().at(-1)?.version ?? 0;
  if (version === null) {
    throw new SchemaOutdatedError(
      `The SQLite database at ${path} has no newsgraph schema; run \`newsgraph migrate\` or \`newsgraph ingest\` first.`,
    );
  }
  if (version > latest) {
    throw new SchemaOutdatedError(
      `The database schema is version ${version}, newer than this newsgraph knows (${latest}); upgrade newsgraph.`,
    );
  }
}

async function openNeo4jExportSource(
  config: Neo4jStoreConfig,
  options: OpenExportSourceOptions,
): Promise<GraphExportSource> {
  const { driver, address } = await openVerifiedDriver(config);
  return new Neo4jExportSource(driver, {
    database: config.database,
    ownsDriver: true,
    address,
    ...pageSize(options),
  });
}

function pageSize(options: OpenExportSourceOptions): { pageSize?: number } {
  return options.pageSize === undefined ? {} : { pageSize: options.pageSize };
}
