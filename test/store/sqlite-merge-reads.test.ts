import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureConnection } from '../../src/store/sqlite/open-sqlite-store';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { chainArticleGraphs } from '../fixtures/graphs/chain-articles';
import { MOSCOW, PUTIN, RUSSIA } from '../fixtures/graphs/entities';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';

let dir: string;
let executed: string[];
let store: SqliteGraphStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-merge-reads-'));
  executed = [];
  const db = new BetterSqlite3(join(dir, 'graph.db'), {
    verbose: (sql) => executed.push(String(sql)),
  });
  configureConnection(db, 50);
  store = new SqliteGraphStore(db);
  await store.migrate();
  await store.upsertArticles([seedArticleGraph(), ...chainArticleGraphs()]);
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const readsMergesInto = () => executed.some((sql) => /FROM merges WHERE into_key/.test(sql));

describe('mergeEntities on SQLite', () => {
  it('reads the merges standing into a target only when the target is curated', async () => {
    const by = { by: 'test' };
    executed = [];
    await store.mergeEntities([MOSCOW.key], RUSSIA.key, by);
    expect(readsMergesInto()).toBe(false);

    // The first merge curated Russia: what its undo keeps now depends on that merge.
    executed = [];
    const second = await store.mergeEntities([PUTIN.key], RUSSIA.key, by);
    expect(readsMergesInto()).toBe(true);

    await store.undoMerge(second.id, by);
    expect((await store.getEntities([RUSSIA.key]))[0]).toMatchObject({ curated: true });
  });
});
