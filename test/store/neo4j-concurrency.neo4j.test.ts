import type { Driver } from 'neo4j-driver';
import type { GraphSnapshot } from '../../src/store/graph-store';
import { Neo4jGraphStore } from '../../src/store/neo4j';
import { duplicateEntityGraph } from '../fixtures/graphs/duplicate-entity-article';
import { XI } from '../fixtures/graphs/entities';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { SEED_ARTICLE_ID, seedArticleGraph } from '../fixtures/graphs/seed-article';
import { clearDatabase, connectTestDriver } from '../support/neo4j';

const FIXTURES = [seedArticleGraph, secondSourceGraph, duplicateEntityGraph];

/**
 * What must not depend on the order concurrent writers commit in. An entity's name is set by
 * whichever article creates it first, by design, so only counts and one alias set are compared.
 */
function orderIndependent(snapshot: GraphSnapshot) {
  const xi = snapshot.entities.find((e) => e.key === XI.key);
  return {
    mentions: snapshot.mentions,
    statements: snapshot.statements,
    relationships: snapshot.relationships,
    quotes: snapshot.quotes,
    cooccurrences: snapshot.cooccurrences,
    counts: snapshot.entities.map((e) => [e.key, e.mentionCount, e.articleCount]),
    xiAliases: xi?.aliases,
  };
}

let driver: Driver;
let store: Neo4jGraphStore;

beforeAll(() => {
  driver = connectTestDriver();
  store = new Neo4jGraphStore(driver);
});

afterAll(async () => {
  await driver.close();
});

async function freshStore(): Promise<void> {
  await clearDatabase(driver);
  await store.migrate();
}

describe('concurrent writers on Neo4j', () => {
  it('lose no alias, share or aggregate when articles about the same entities land together', async () => {
    await freshStore();
    for (const fixture of FIXTURES) await store.upsertArticle(fixture());
    const sequential = orderIndependent(await store.snapshot());

    for (let round = 0; round < 3; round += 1) {
      await freshStore();
      await Promise.all(
        [...FIXTURES, seedArticleGraph].map((fixture) => store.upsertArticle(fixture())),
      );
      expect(orderIndependent(await store.snapshot())).toEqual(sequential);
    }
  });

  it('retract shares correctly when a delete and an upsert touch the same entities', async () => {
    await freshStore();
    await store.upsertArticle(seedArticleGraph());
    await store.upsertArticle(secondSourceGraph());
    await Promise.all([
      store.deleteArticle(SEED_ARTICLE_ID),
      store.upsertArticle(duplicateEntityGraph()),
    ]);
    const concurrent = orderIndependent(await store.snapshot());

    await freshStore();
    await store.upsertArticle(secondSourceGraph());
    await store.upsertArticle(duplicateEntityGraph());
    expect(concurrent).toEqual(orderIndependent(await store.snapshot()));
  });
});
