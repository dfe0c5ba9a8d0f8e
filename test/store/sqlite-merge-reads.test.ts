import type { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { MOSCOW, PUTIN, RUSSIA } from '../fixtures/graphs/entities';
import { openSeededSqliteDatabase } from './sqlite-temp';

let executed: string[];
let store: SqliteGraphStore;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  executed = [];
  ({ store, cleanup } = await openSeededSqliteDatabase({
    verbose: (sql) => executed.push(String(sql)),
  }));
});

afterEach(() => cleanup());

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

describe('the merges recorded on SQLite (migration 005)', () => {
  it('are found by the entity they went into through an index, not by a scan', async () => {
    const { db, cleanup: close } = await openSeededSqliteDatabase();
    try {
      const plan = db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT undo FROM merges WHERE into_key = ? AND undone_at IS NULL',
        )
        .all(PUTIN.key) as { detail: string }[];
      expect(plan.map((row) => row.detail).join('\n')).toMatch(/USING INDEX merges_into/);
    } finally {
      await close();
    }
  });
});
