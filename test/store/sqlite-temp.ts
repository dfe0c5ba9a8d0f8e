import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  configureConnection,
  openSqliteStore,
  type OpenSqliteOptions,
} from '../../src/store/sqlite/open-sqlite-store';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { chainArticleGraphs } from '../fixtures/graphs/chain-articles';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';

/** A migrated SQLite store in its own temporary directory, removed by `cleanup`. */
export async function openTempSqliteStore(
  options: OpenSqliteOptions = {},
): Promise<{ store: SqliteGraphStore; path: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-sqlite-'));
  const path = join(dir, 'graph', 'newsgraph.db');
  const store = openSqliteStore(path, options);
  await store.migrate();
  return {
    store,
    path,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A migrated store over a database this opens itself, so a test can query it beside the store
 * (EXPLAIN a statement) or watch every statement it runs (`verbose`), holding the seed article's
 * graph and the chain articles. Removed by `cleanup`.
 */
export async function openSeededSqliteDatabase(options: BetterSqlite3.Options = {}): Promise<{
  db: BetterSqlite3.Database;
  store: SqliteGraphStore;
  cleanup: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-sqlite-'));
  const db = new BetterSqlite3(join(dir, 'graph.db'), options);
  configureConnection(db, 50);
  const store = new SqliteGraphStore(db);
  await store.migrate();
  await store.upsertArticles([seedArticleGraph(), ...chainArticleGraphs()]);
  return {
    db,
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
