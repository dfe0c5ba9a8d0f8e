import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coMentionsFromMentions } from '../../src/model/co-mentions';
import { recomputeArticleCoMentions } from '../../src/store/sqlite/recompute';
import { createSqliteContext, type SqliteContext } from '../../src/store/sqlite/sqlite-context';
import { configureConnection } from '../../src/store/sqlite/open-sqlite-store';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { chainArticleGraphs } from '../fixtures/graphs/chain-articles';
import { MOSCOW, PUTIN, RUSSIA, XI, YULIA } from '../fixtures/graphs/entities';
import { SEED_ARTICLE_ID, seedArticleGraph } from '../fixtures/graphs/seed-article';

let dir: string;
let db: BetterSqlite3.Database;
let ctx: SqliteContext;
let store: SqliteGraphStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-recompute-comentions-'));
  db = new BetterSqlite3(join(dir, 'graph.db'));
  configureConnection(db, 50);
  store = new SqliteGraphStore(db);
  await store.migrate();
  await store.upsertArticles([seedArticleGraph(), ...chainArticleGraphs()]);
  ctx = createSqliteContext(db);
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

type Row = { articleId: string; a: string; b: string; count: number };

function storedRows(): Row[] {
  return db
    .prepare(
      'SELECT article_id AS articleId, a, b, count FROM article_comentions ORDER BY article_id, a, b',
    )
    .all() as Row[];
}

/** The rows every article's mentions give now: what the table must hold after a recompute. */
function rowsFromMentions(): Row[] {
  const mentions = db
    .prepare('SELECT article_id AS articleId, entity_key AS entityKey, sentence FROM mentions')
    .all() as { articleId: string; entityKey: string; sentence: number }[];
  const articleIds = [...new Set(mentions.map((m) => m.articleId))].sort();
  return articleIds.flatMap((articleId) =>
    coMentionsFromMentions(mentions.filter((m) => m.articleId === articleId)).map((c) => ({
      articleId,
      ...c,
    })),
  );
}

/** Rows written by `work`, counted by SQLite itself (inserts, updates and deletes). */
function rowsWrittenBy(work: () => void): number {
  const before = db.prepare('SELECT total_changes()').pluck().get() as number;
  work();
  return (db.prepare('SELECT total_changes()').pluck().get() as number) - before;
}

describe('recomputeArticleCoMentions', () => {
  it('recomputes every article asked, however many, a bounded step at a time', () => {
    const expected = rowsFromMentions();
    const real = [...new Set(expected.map((r) => r.articleId))];
    db.prepare('DELETE FROM article_comentions').run();
    // Articles beyond the first step's share: the real ones come last.
    const unknown = Array.from({ length: 450 }, (_, i) => `no-such-article-${i}`);
    recomputeArticleCoMentions(ctx, [...unknown, ...real]);
    expect(storedRows()).toEqual(expected);
  });

  it('writes nothing when the co-mentions already follow from the mentions', () => {
    const before = storedRows();
    const articleIds = [...new Set(before.map((r) => r.articleId))];
    expect(rowsWrittenBy(() => recomputeArticleCoMentions(ctx, articleIds))).toBe(0);
    expect(storedRows()).toEqual(before);
  });

  it("moves a merged entity's pairs and leaves the article's other pairs in place", () => {
    // What merging Yulia Shapovalova into Xi does to the seed article's mentions.
    db.prepare(
      'UPDATE OR REPLACE mentions SET entity_key = ? WHERE entity_key = ? AND article_id = ?',
    ).run(XI.key, YULIA.key, SEED_ARTICLE_ID);
    const expected = rowsFromMentions();
    const differing = expected.filter(
      (row) =>
        !storedRows().some(
          (s) =>
            s.articleId === row.articleId &&
            s.a === row.a &&
            s.b === row.b &&
            s.count === row.count,
        ),
    ).length;
    const stale = storedRows().filter(
      (s) =>
        !expected.some((row) => s.articleId === row.articleId && s.a === row.a && s.b === row.b),
    ).length;
    expect(differing + stale).toBeGreaterThan(0);

    const written = rowsWrittenBy(() => recomputeArticleCoMentions(ctx, [SEED_ARTICLE_ID]));

    expect(storedRows()).toEqual(expected);
    expect(written).toBe(differing + stale);
    expect(written).toBeLessThan(expected.filter((r) => r.articleId === SEED_ARTICLE_ID).length);
  });

  it('drops the co-mentions of an article left without mentions', () => {
    db.prepare('DELETE FROM mentions WHERE article_id = ?').run(SEED_ARTICLE_ID);
    recomputeArticleCoMentions(ctx, [SEED_ARTICLE_ID]);
    expect(storedRows().filter((r) => r.articleId === SEED_ARTICLE_ID)).toEqual([]);
    expect(storedRows()).toEqual(rowsFromMentions());
  });

  it('compares and writes only the pairs naming the keys it is given', () => {
    // Yulia Shapovalova's mentions moved onto Xi and her pairs dropped, as a merge leaves them.
    db.prepare(
      'UPDATE OR REPLACE mentions SET entity_key = ? WHERE entity_key = ? AND article_id = ?',
    ).run(XI.key, YULIA.key, SEED_ARTICLE_ID);
    db.prepare('DELETE FROM article_comentions WHERE a = ? OR b = ?').run(YULIA.key, YULIA.key);
    const expected = rowsFromMentions();
    // A pair naming neither: the recompute must not read it, so a wrong count stays wrong.
    const other = expected.find(
      (r) => r.articleId === SEED_ARTICLE_ID && ![r.a, r.b].includes(XI.key),
    );
    if (!other) throw new Error('the seed article has a pair without Xi');
    db.prepare(
      'UPDATE article_comentions SET count = 99 WHERE article_id = ? AND a = ? AND b = ?',
    ).run(other.articleId, other.a, other.b);

    recomputeArticleCoMentions(ctx, [SEED_ARTICLE_ID], new Set([XI.key]));

    expect(storedRows()).toEqual(expected.map((r) => (r === other ? { ...r, count: 99 } : r)));
  });
});

describe('mergeEntitiesInOrder', () => {
  it("leaves the co-mentions every article's mentions give, through a chain of merges", async () => {
    await store.mergeEntitiesInOrder([
      { keys: [MOSCOW.key], into: RUSSIA.key, by: { by: 'test' } },
      { keys: [YULIA.key], into: XI.key, by: { by: 'test' } },
      { keys: [XI.key], into: PUTIN.key, by: { by: 'test' } },
    ]);
    const expected = rowsFromMentions();
    expect(expected.some((r) => [r.a, r.b].includes(RUSSIA.key))).toBe(true);
    expect(
      expected.some((r) => r.articleId === SEED_ARTICLE_ID && [r.a, r.b].includes(PUTIN.key)),
    ).toBe(true);
    expect(storedRows()).toEqual(expected);
  });
});
