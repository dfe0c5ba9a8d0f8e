import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type OpenSqliteOptions } from '../../src/store/sqlite/open-sqlite-store';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';

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
