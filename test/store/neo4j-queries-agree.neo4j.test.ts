import type { Driver } from 'neo4j-driver';
import type { GraphQueries } from '../../src/store/graph-queries';
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { clearDatabase, connectTestDriver } from '../support/neo4j';
import { queryGraphs } from './queries-contract-fixture';
import { randomArticles } from './neo4j-queries-random-graphs';

type Store = GraphStore & GraphQueries;

/** Floats (confidence means, PMI) to 9 places: the stores sum in different orders. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isInteger(value)) return Number(value.toFixed(9));
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  }
  return value;
}

/** Every analytical read, asked about every entity (and pairs of them) the store holds. */
async function answers(store: Store): Promise<unknown> {
  const keys = (await store.snapshot()).entities.map((e) => e.key);
  const ranges = [
    {},
    { since: '2025-02' },
    { until: '2025-01-03' },
    { since: '2024', until: '2024-06' },
  ];
  const pairs = keys.flatMap((a, i) =>
    keys.filter((_, j) => (i * 7 + j) % 9 === 0).map((b) => [a, b] as const),
  );
  const out: unknown[] = [];
  for (const key of keys) {
    for (const depth of [1, 2, 3]) {
      out.push(await store.neighbourhood(key, { depth, limit: 7 }));
      out.push(
        await store.neighbourhood(key, { depth, limit: 100, types: ['SUPPORTS', 'OPPOSES'] }),
      );
    }
    for (const bucket of ['DAY', 'WEEK', 'MONTH'] as const) {
      for (const range of ranges) out.push(await store.timeline(key, { bucket, ...range }));
    }
    for (const range of ranges) {
      out.push(await store.cooccurrences(key, { limit: 5, ...range }));
      out.push(await store.articles({ mentions: [key], ...range }, { limit: 3, offset: 1 }));
    }
  }
  for (const [a, b] of pairs) {
    out.push(await store.paths(a, b, { maxHops: 5, limit: 20 }));
    out.push(await store.paths(a, b, { maxHops: 3, limit: 5, types: ['HOSTED', 'ACCUSES'] }));
    out.push(await store.commonNeighbours(a, b));
    out.push(await store.articles({ mentions: [a, b] }, { limit: 50, offset: 0 }));
  }
  for (const range of ranges) {
    out.push(await store.topEntities({ limit: 10, ...range }));
    out.push(await store.topEntities({ type: 'Person', limit: 5, ...range }));
    out.push(await store.events(range, { limit: 10, offset: 0 }));
    for (const bucket of [undefined, 'WEEK', 'MONTH'] as const) {
      out.push(await store.relationCounts({ ...range, ...(bucket ? { bucket } : {}) }));
    }
  }
  for (const article of (await store.snapshot()).articles) {
    out.push(await store.statementsInArticle(article.id));
    out.push(await store.quotesInArticle(article.id));
  }
  return rounded(out);
}

let driver: Driver;

beforeAll(() => {
  driver = connectTestDriver();
});

afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
});

describe.each([
  ['the contract fixture', () => queryGraphs()],
  ['random graph 4', () => randomArticles(4, 45)],
  ['random graph 5', () => randomArticles(5, 30)],
])('SQLite and Neo4j give the same analytical answers on %s', (_name, graphs) => {
  it('for every read, entity, pair, range and bucket', async () => {
    await clearDatabase(driver);
    const neo4jStore = new Neo4jGraphStore(driver);
    await neo4jStore.migrate();
    const sqliteStore = openSqliteStore(':memory:');
    await sqliteStore.migrate();
    try {
      for (const graph of graphs()) {
        await neo4jStore.upsertArticle(graph);
        await sqliteStore.upsertArticle(graph);
      }
      const fromSqlite = await answers(sqliteStore);
      expect(JSON.stringify(fromSqlite).length).toBeGreaterThan(10_000);
      expect(await answers(neo4jStore)).toEqual(fromSqlite);
    } finally {
      await sqliteStore.close();
    }
  });
});
