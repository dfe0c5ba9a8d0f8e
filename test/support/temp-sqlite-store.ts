import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore } from '../../src/store/graph-store';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';

/**
 * A migrated SQLite store in a fresh temp directory for each test of the enclosing describe,
 * closed and removed after it. Call inside `describe`; read the store through the getter.
 */
export function useTempSqliteStore(prefix: string): () => GraphStore {
  let dir: string;
  let store: GraphStore;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    store = openSqliteStore(join(dir, 'graph.db'));
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => store;
}
