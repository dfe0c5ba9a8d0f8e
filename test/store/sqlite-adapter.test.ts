import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SchemaOutdatedError, StoreConflictError, StoreUnavailableError } from '../../src/errors';
import { loadMigrations } from '../../src/store/sqlite/migrations';
import {
  recomputeEntityCounts,
  recomputeRelationships,
  type Triple,
} from '../../src/store/sqlite/recompute';
import { createSqliteContext } from '../../src/store/sqlite/sqlite-context';
import { configureConnection } from '../../src/store/sqlite/open-sqlite-store';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { duplicateEntityGraph } from '../fixtures/graphs/duplicate-entity-article';
import { PUTIN, V_PUTIN } from '../fixtures/graphs/entities';
import { SECOND_ARTICLE_ID, secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { seedArticleGraph, seedArticleRevisedGraph } from '../fixtures/graphs/seed-article';

let dir: string;
let db: BetterSqlite3.Database;
let store: SqliteGraphStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-sqlite-adapter-'));
  db = new BetterSqlite3(join(dir, 'graph.db'));
  configureConnection(db, 50);
  store = new SqliteGraphStore(db);
  await store.migrate();
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteGraphStore connection settings', () => {
  it('runs in WAL mode with foreign keys enforced, a busy timeout and synchronous=NORMAL', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(50);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('has FTS5 tables for words (diacritics removed) and trigrams over names and aliases', () => {
    const sql = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE name LIKE 'entity_forms_%' AND type = 'table'",
      )
      .all() as { name: string; sql: string }[];
    const byName = Object.fromEntries(sql.map((row) => [row.name, row.sql]));
    expect(byName.entity_forms_fts).toMatch(/fts5.*unicode61 remove_diacritics 2/s);
    expect(byName.entity_forms_trigram).toMatch(/fts5.*trigram/s);
  });
});

describe('SqliteGraphStore migrations', () => {
  it('records the latest version and when it was applied', async () => {
    const row = db.prepare('SELECT version, applied_at AS appliedAt FROM schema_version').get() as {
      version: number;
      appliedAt: string;
    };
    expect(row.version).toBe(loadMigrations().length);
    expect(Number.isNaN(Date.parse(row.appliedAt))).toBe(false);
  });

  it('applies only pending migrations', async () => {
    const fresh = new BetterSqlite3(':memory:');
    const all = loadMigrations();
    const latest = all.length + 1;
    const extra = { version: latest, name: 'extra', sql: 'CREATE TABLE extra_probe (id INTEGER);' };
    const partial = new SqliteGraphStore(fresh, { migrations: all.slice(0, 1) });
    await expect(partial.schemaVersion()).resolves.toBeNull();
    await expect(partial.migrate()).resolves.toBe(1);
    const upgraded = new SqliteGraphStore(fresh, { migrations: [...all, extra] });
    await expect(upgraded.migrate()).resolves.toBe(latest);
    await expect(upgraded.migrate()).resolves.toBe(latest);
    expect(
      fresh.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra_probe'").pluck().get(),
    ).toBe(1);
    fresh.close();
  });

  it('refuses a database newer than the code', async () => {
    db.prepare('UPDATE schema_version SET version = 999').run();
    await expect(store.migrate()).rejects.toBeInstanceOf(SchemaOutdatedError);
  });

  it('reports an unmigrated database as outdated rather than failing obscurely', async () => {
    const bare = new SqliteGraphStore(new BetterSqlite3(':memory:'));
    await expect(bare.schemaVersion()).resolves.toBeNull();
    await expect(bare.stats()).rejects.toBeInstanceOf(SchemaOutdatedError);
    await bare.close();
  });
});

describe('SqliteGraphStore transactions', () => {
  const failOnQuoteInsert = () =>
    db.exec(`CREATE TEMP TRIGGER fail_on_quote BEFORE INSERT ON quotes
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);

  it('rolls back a new article when a write fails after mentions and statements were written', async () => {
    failOnQuoteInsert();
    await expect(store.upsertArticle(seedArticleGraph())).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM entities)
           + (SELECT count(*) FROM mentions) + (SELECT count(*) FROM statements)
           + (SELECT count(*) FROM entity_forms) AS rows`,
      )
      .pluck()
      .get();
    expect(counts).toBe(0);
  });

  it('keeps the previous version when replacing an article fails midway', async () => {
    await store.upsertArticle(seedArticleGraph());
    const before = await store.snapshot();
    failOnQuoteInsert();
    await expect(store.upsertArticle(seedArticleRevisedGraph())).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    expect(await store.snapshot()).toEqual(before);
  });

  it('reports a database locked by another connection as retriable unavailability', async () => {
    const other = new BetterSqlite3(join(dir, 'graph.db'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const failure = await store.upsertArticle(seedArticleGraph()).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(StoreUnavailableError);
      expect((failure as StoreUnavailableError).retriable).toBe(true);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await expect(store.upsertArticle(seedArticleGraph())).resolves.toMatchObject({
      status: 'created',
    });
  });

  it('reports a closed store as unavailable, not retriable', async () => {
    await store.close();
    const failure = await store.stats().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as StoreUnavailableError).retriable).toBe(false);
  });
});

describe('SqliteGraphStore search index', () => {
  const integrityCheck = () => {
    db.exec("INSERT INTO entity_forms_fts (entity_forms_fts) VALUES ('integrity-check')");
    db.exec("INSERT INTO entity_forms_trigram (entity_forms_trigram) VALUES ('integrity-check')");
  };

  it('stays consistent with names and aliases through ingest, merge, undo and delete', async () => {
    await store.upsertArticle(seedArticleGraph());
    await store.upsertArticle(secondSourceGraph());
    await store.upsertArticle(duplicateEntityGraph());
    integrityCheck();
    const merge = await store.mergeEntities([V_PUTIN.key], PUTIN.key, { by: 'test' });
    integrityCheck();
    await expect(store.searchEntities('V. Putin', { limit: 1, offset: 0 })).resolves.toEqual([
      expect.objectContaining({ entity: expect.objectContaining({ key: PUTIN.key }) }),
    ]);
    await store.undoMerge(merge.id, { by: 'test' });
    await store.deleteArticle(SECOND_ARTICLE_ID);
    integrityCheck();
    const orphanForms = db
      .prepare(
        'SELECT count(*) FROM entity_forms f WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.key = f.entity_key)',
      )
      .pluck()
      .get();
    expect(orphanForms).toBe(0);
    await expect(store.findEntitiesByName('Lula')).resolves.toEqual([]);
  });
});

describe('SqliteGraphStore ingest fast path', () => {
  it('adds a new article to aggregates exactly as a full recompute would', async () => {
    await store.upsertArticle(seedArticleGraph());
    await store.upsertArticle(secondSourceGraph());
    await store.upsertArticle(duplicateEntityGraph());
    const incremental = await store.snapshot();
    const keys = incremental.entities.map((e) => e.key);
    const views = await store.getEntities(keys);
    const ctx = createSqliteContext(db);
    db.transaction(() => {
      const triples = db
        .prepare('SELECT DISTINCT subject_key, type, object_key FROM statements')
        .raw()
        .all() as Triple[];
      db.prepare('DELETE FROM relationships').run();
      recomputeRelationships(ctx, triples);
      recomputeEntityCounts(ctx, db.prepare('SELECT key FROM entities').pluck().all() as string[]);
    })();
    expect(await store.snapshot()).toEqual(incremental);
    expect(await store.getEntities(keys)).toEqual(views);
  });

  it("rewrites a known entity's row only when the article brings it attributes", async () => {
    await store.upsertArticle(seedArticleGraph());
    db.exec(`CREATE TEMP TABLE rewritten (key TEXT);
      CREATE TEMP TRIGGER count_rewrites AFTER UPDATE OF attributes ON main.entities
      BEGIN INSERT INTO rewritten VALUES (new.key); END`);
    const second = secondSourceGraph();
    const known = new Set((await store.snapshot()).entities.map((e) => e.key));
    const knownInSecond = second.entities.filter((e) => known.has(e.key));
    expect(knownInSecond.some((e) => !e.attributes)).toBe(true);

    await store.upsertArticle(second);

    const rewritten = db.prepare('SELECT key FROM rewritten ORDER BY key').pluck().all();
    expect(rewritten).toEqual(
      knownInSecond
        .filter((e) => e.attributes)
        .map((e) => e.key)
        .sort(),
    );
  });
});
