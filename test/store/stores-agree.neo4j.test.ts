import type { Driver } from 'neo4j-driver';
import type { ArticleGraph } from '../../src/model/graph';
import type { GraphStore } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { duplicateEntityGraph } from '../fixtures/graphs/duplicate-entity-article';
import { PUTIN, V_PUTIN, XI } from '../fixtures/graphs/entities';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import {
  SEED_ARTICLE_ID,
  seedArticleGraph,
  seedArticleRevisedGraph,
} from '../fixtures/graphs/seed-article';
import { clearDatabase, connectTestDriver } from '../support/neo4j';

const FIXTURES: (() => ArticleGraph)[] = [
  seedArticleGraph,
  secondSourceGraph,
  duplicateEntityGraph,
];
const PAGE = { limit: 20, offset: 0 };

/**
 * Everything a client can ask of a store about the graph it holds, asked of every entity,
 * relationship and name in it. Equal answers from SQLite and Neo4j mean the adapters agree.
 */
async function answers(store: GraphStore) {
  const snapshot = await store.snapshot();
  const keys = snapshot.entities.map((e) => e.key);
  const entities = await store.getEntities(keys);
  const names = entities.flatMap((e) => (e ? [e.name, ...e.aliases] : []));
  const rounded = <T extends { maxConfidence: number; meanConfidence: number }>(r: T): T => ({
    ...r,
    maxConfidence: Number(r.maxConfidence.toFixed(6)),
    meanConfidence: Number(r.meanConfidence.toFixed(6)),
  });
  const relationships = async (filter: Parameters<GraphStore['relationshipsOf']>[1]) =>
    [...(await store.relationshipsOf(keys, filter)).entries()].map(([key, list]) => [
      key,
      list.map(rounded),
    ]);
  return {
    snapshot,
    stats: await store.stats(),
    entities,
    articles: await Promise.all(snapshot.articles.map((a) => store.getArticle(a.id))),
    byName: await Promise.all(names.map((name) => store.findEntitiesByName(name))),
    topHits: await Promise.all(
      names.map(async (name) => (await store.searchEntities(name, PAGE))[0]?.entity.key),
    ),
    relationships: await relationships({}),
    outgoingSince: await relationships({ direction: 'OUT', since: '2025-05-09' }),
    corroborated: await relationships({ minSources: 2, minConfidence: 0.5 }),
    statements: await Promise.all(
      snapshot.relationships.map((r) => store.statementsBetween(r.subjectKey, r.type, r.objectKey)),
    ),
    quotes: await Promise.all(keys.map((key) => store.quotesBy(key, PAGE))),
  };
}

let driver: Driver;
let neo4jStore: Neo4jGraphStore;
let sqliteStore: GraphStore;

beforeAll(() => {
  driver = connectTestDriver();
});

afterAll(async () => {
  await driver.close();
});

beforeEach(async () => {
  await clearDatabase(driver);
  neo4jStore = new Neo4jGraphStore(driver);
  await neo4jStore.migrate();
  sqliteStore = openSqliteStore(':memory:');
  await sqliteStore.migrate();
});

afterEach(async () => {
  await sqliteStore.close();
});

async function both(action: (store: GraphStore) => Promise<unknown>): Promise<void> {
  await action(sqliteStore);
  await action(neo4jStore);
}

async function expectAgreement(): Promise<void> {
  const [fromSqlite, fromNeo4j] = await Promise.all([answers(sqliteStore), answers(neo4jStore)]);
  expect(fromSqlite.snapshot.relationships.length).toBeGreaterThan(0);
  expect(fromNeo4j).toEqual(fromSqlite);
}

describe('SQLite and Neo4j give the same answers', () => {
  it('after ingesting the fixture articles', async () => {
    for (const fixture of FIXTURES) await both((store) => store.upsertArticle(fixture()));
    await expectAgreement();
  });

  it('after a new version of an article and a deletion', async () => {
    for (const fixture of FIXTURES) await both((store) => store.upsertArticle(fixture()));
    await both((store) => store.upsertArticle(seedArticleRevisedGraph()));
    await expectAgreement();
    await both((store) => store.deleteArticle(SEED_ARTICLE_ID));
    await expectAgreement();
  });

  it('after a merge, an alias and the undo of the merge', async () => {
    for (const fixture of FIXTURES) await both((store) => store.upsertArticle(fixture()));
    const mergeIds = new Map<GraphStore, string>();
    await both(async (store) => {
      mergeIds.set(store, (await store.mergeEntities([V_PUTIN.key], PUTIN.key, { by: 'a' })).id);
    });
    await both((store) => store.addAlias(XI.key, 'Chairman Xi', { by: 'a' }));
    await expectAgreement();
    await both((store) => store.undoMerge(mergeIds.get(store) as string, { by: 'a' }));
    await expectAgreement();
  });
});
