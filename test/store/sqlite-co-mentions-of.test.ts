import type BetterSqlite3 from 'better-sqlite3';
import { CO_MENTIONS_SQL } from '../../src/store/sqlite/co-mentions-of';
import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { XI } from '../fixtures/graphs/entities';
import { openSeededSqliteDatabase } from './sqlite-temp';

let db: BetterSqlite3.Database;
let store: SqliteGraphStore;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, store, cleanup } = await openSeededSqliteDatabase());
});

afterEach(() => cleanup());

describe('coMentionsOf on SQLite', () => {
  it("searches the asked keys' co-mentions through both indexes, scanning no table", () => {
    const plan = (
      db.prepare(`EXPLAIN QUERY PLAN ${CO_MENTIONS_SQL}`).all(JSON.stringify([XI.key])) as {
        detail: string;
      }[]
    ).map((row) => row.detail);

    expect(plan).toEqual(
      expect.arrayContaining([
        'SEARCH c USING INDEX article_comentions_a (a=?)',
        'SEARCH c USING INDEX article_comentions_b (b=?)',
      ]),
    );
    expect(plan.filter((step) => /^SCAN (c|e)\b/.test(step))).toEqual([]);
  });

  it('answers what the per-article rows add up to, most often first', async () => {
    const rows = db
      .prepare('SELECT a, b, count FROM article_comentions WHERE a = ? OR b = ?')
      .all(XI.key, XI.key) as { a: string; b: string; count: number }[];
    const totals = new Map<string, { count: number; articleCount: number }>();
    for (const { a, b, count } of rows) {
      const other = a === XI.key ? b : a;
      const total = totals.get(other) ?? { count: 0, articleCount: 0 };
      totals.set(other, { count: total.count + count, articleCount: total.articleCount + 1 });
    }
    expect(totals.size).toBeGreaterThan(1);

    const company = (await store.coMentionsOf([XI.key])).get(XI.key) ?? [];

    expect(
      new Map(company.map((c) => [c.key, { count: c.count, articleCount: c.articleCount }])),
    ).toEqual(totals);
    const order = company.map((c) => [-c.count, -c.articleCount]);
    expect(order).toEqual(
      [...order].sort(
        (x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number),
      ),
    );
  });
});
