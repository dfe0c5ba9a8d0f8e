import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { StoreUnavailableError } from '../../errors';
import { SqliteGraphStore, type SqliteGraphStoreOptions } from './sqlite-graph-store';

export interface OpenSqliteOptions extends SqliteGraphStoreOptions {
  /** How long a write waits for another connection's lock before failing, in ms. */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating its directory) a SQLite database file, or ':memory:', with the settings the
 * store relies on: WAL so readers never block the writer, foreign keys enforced, a busy timeout,
 * and synchronous=NORMAL (durable at checkpoints, safe against corruption under WAL).
 */
export function openSqliteStore(path: string, options: OpenSqliteOptions = {}): SqliteGraphStore {
  let db: BetterSqlite3.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new BetterSqlite3(path);
  } catch (error) {
    throw new StoreUnavailableError(`Cannot open the SQLite database at ${path}`, {
      cause: error,
      retriable: false,
    });
  }
  configureConnection(db, options.busyTimeoutMs ?? 5000);
  return new SqliteGraphStore(db, options);
}

export function configureConnection(db: BetterSqlite3.Database, busyTimeoutMs: number): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.pragma('synchronous = NORMAL');
}
