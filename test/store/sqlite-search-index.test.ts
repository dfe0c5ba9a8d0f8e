import BetterSqlite3 from 'better-sqlite3';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { chainArticleGraphs } from '../fixtures/graphs/chain-articles';
import { duplicateEntityGraph } from '../fixtures/graphs/duplicate-entity-article';
import { PUTIN, V_PUTIN, XI } from '../fixtures/graphs/entities';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';
import { openTempSqliteStore } from './sqlite-temp';

const ANALYST = { by: 'analyst@example.org', reason: 'same person' };
const INDEXES = ['entity_forms_fts', 'entity_forms_trigram'] as const;

let store: SqliteGraphStore;
/** A second connection to the same file, for FTS5's checks and the schema. */
let db: BetterSqlite3.Database;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const opened = await openTempSqliteStore();
  ({ store, cleanup } = opened);
  db = new BetterSqlite3(opened.path);
});

afterEach(async () => {
  db.close();
  await cleanup();
});

/**
 * FTS5's own check that an index holds exactly what its content table (entity_forms) gives: with
 * rank 1 it compares against the content, so a form left out or left behind fails it.
 */
function expectIndexesMatchForms(): void {
  for (const index of INDEXES) {
    expect(() =>
      db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run(),
    ).not.toThrow();
  }
}

/** The form rows each index finds for `form`'s words, as ids. */
function indexedIds(index: (typeof INDEXES)[number], match: string): number[] {
  return db
    .prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`)
    .pluck()
    .all(match) as number[];
}

describe('SQLite search indexes (forms indexed per statement, not per row)', () => {
  it('index every form an ingest adds, in batches across transactions', async () => {
    await store.upsertArticles([seedArticleGraph()]);
    await store.upsertArticles(chainArticleGraphs());
    expectIndexesMatchForms();
    const formIds = db
      .prepare("SELECT id FROM entity_forms WHERE form = 'xi jinping'")
      .pluck()
      .all() as number[];
    expect(formIds).toHaveLength(1);
    expect(indexedIds('entity_forms_fts', '"jinping"')).toEqual(formIds);
    expect(indexedIds('entity_forms_trigram', '"inp"')).toEqual(expect.arrayContaining(formIds));
  });

  it('stay in step with the forms through a merge, its undo, an alias and a re-ingest', async () => {
    await store.upsertArticles([seedArticleGraph(), duplicateEntityGraph()]);
    const merge = await store.mergeEntities([V_PUTIN.key], PUTIN.key, ANALYST);
    expectIndexesMatchForms();
    await store.addAlias(XI.key, 'President Xi', ANALYST);
    expectIndexesMatchForms();
    expect(
      (await store.searchEntities('President Xi', { offset: 0, limit: 5 }))[0]?.entity.key,
    ).toBe(XI.key);
    await store.undoMerge(merge.id, ANALYST);
    expectIndexesMatchForms();
    await store.upsertArticles([seedArticleGraph()]);
    expectIndexesMatchForms();
  });

  it('no longer fire a trigger per inserted form (migration 004)', () => {
    const triggers = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'entity_forms'",
      )
      .pluck()
      .all();
    expect(triggers).toEqual(['entity_forms_ad']);
  });
});
