import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { SchemaOutdatedError } from '../../errors';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const SCHEMA_ID = 'newsgraph';

/**
 * The migrations folder, next to this module: in src/ when running from source, and in dist/
 * after `npm run build`, which copies the .sql files beside the compiled code.
 */
function migrationsDirectory(): string {
  const directory = join(__dirname, 'migrations');
  if (!existsSync(directory)) {
    throw new Error(`SQLite migrations not found in ${directory}; run npm run build again`);
  }
  return directory;
}

/** Numbered `NNN-name.sql` files, in order; fails fast on a gap or a duplicate number. */
export function loadMigrations(directory = migrationsDirectory()): Migration[] {
  const migrations = readdirSync(directory)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d+)-(.+)\.sql$/.exec(file);
      if (!match) throw new Error(`migration file ${file}: expected NNN-name.sql`);
      return {
        version: Number(match[1]),
        name: match[2] as string,
        sql: readFileSync(join(directory, file), 'utf8'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migration ${m.version}-${m.name}: expected version ${i + 1}`);
    }
  });
  return migrations;
}

export function readSchemaVersion(db: Database): number | null {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
    .get();
  if (!table) return null;
  const row = db.prepare('SELECT version FROM schema_version WHERE id = ?').get(SCHEMA_ID) as
    { version: number } | undefined;
  return row?.version ?? null;
}

/** Applies each pending migration in its own transaction, recording the version with it. */
export function applyMigrations(db: Database, migrations: readonly Migration[]): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    id TEXT PRIMARY KEY, version INTEGER NOT NULL, applied_at TEXT NOT NULL)`);
  const latest = migrations.at(-1)?.version ?? 0;
  const apply = db.transaction((migration: Migration) => {
    db.exec(migration.sql);
    db.prepare(
      `INSERT INTO schema_version (id, version, applied_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at`,
    ).run(SCHEMA_ID, migration.version, new Date().toISOString());
  });
  // Re-read inside an immediate transaction so two processes migrating at once do not both apply.
  const applyPending = db.transaction(() => {
    const current = readSchemaVersion(db) ?? 0;
    if (current > latest) {
      throw new SchemaOutdatedError(
        `The database schema is version ${current}, newer than this newsgraph knows (${latest}); upgrade newsgraph.`,
      );
    }
    for (const migration of migrations) {
      if (migration.version > current) apply(migration);
    }
  });
  applyPending.immediate();
  return readSchemaVersion(db) ?? 0;
}
