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
