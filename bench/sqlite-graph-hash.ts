/**
 * Fingerprints of a SQLite graph file, to show that two builds wrote the same graph: the store's
 * snapshot (what the contract tests compare) and every ordinary table.
 */
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';

export async function hashSnapshot(dbFile: string): Promise<string> {
  const store = openSqliteStore(dbFile);
  try {
    return sha(JSON.stringify(await store.snapshot()));
  } finally {
    await store.close();
  }
}

/** Columns that differ between identical ingests: row ids in insertion order, wall-clock times. */
const VOLATILE = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z|merge_[0-9a-f-]{36}/g;
const SKIPPED_COLUMNS: Record<string, readonly string[]> = { entity_forms: ['id'] };

/**
 * Every ordinary table's rows, sorted, with wall-clock times and merge ids masked: beyond the
 * snapshot it covers aliases' search forms, the change feed, merges and their undo data. The
 * full-text indexes' own tables are left out (their segments follow transaction boundaries):
 * FTS5's integrity check proves instead that they index exactly the forms table.
 */
export function hashTables(dbFile: string): string {
  const db = new BetterSqlite3(dbFile);
  try {
    for (const fts of ['entity_forms_fts', 'entity_forms_trigram']) {
      db.prepare(`INSERT INTO ${fts} (${fts}) VALUES ('integrity-check')`).run();
    }
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '%_fts%' AND name NOT LIKE '%_trigram%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    const hash = createHash('sha256');
    for (const table of tables) {
      const skipped = new Set(SKIPPED_COLUMNS[table] ?? []);
      const rows = (db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[])
        .map((row) =>
          JSON.stringify(Object.entries(row).filter(([column]) => !skipped.has(column))).replace(
            VOLATILE,
            '*',
          ),
        )
        .sort();
      hash.update(`${table}\n${rows.join('\n')}\n`);
    }
    return hash.digest('hex').slice(0, 12);
  } finally {
    db.close();
  }
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
