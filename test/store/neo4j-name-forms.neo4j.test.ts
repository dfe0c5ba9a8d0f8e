import type { Driver } from 'neo4j-driver';
import { Neo4jGraphStore, loadCypherRegistry } from '../../src/store/neo4j';
import { PUTIN, XI } from '../fixtures/graphs/entities';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';
import { clearDatabase, connectTestDriver } from '../support/neo4j';

/**
 * Exact name look-ups seek alias forms on (:NameForm) nodes (cypher/migrations/004). These pin
 * down what the contract suite cannot see: a database stored before the nodes existed, and that
 * the nodes are exactly the entities' alias forms after curation.
 */
let driver: Driver;
let store: Neo4jGraphStore;

async function nameForms(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (f:NameForm) RETURN f.entityKey + " " + f.form AS form ORDER BY form',
  );
  return records.map((r) => r.get('form') as string);
}

async function aliasForms(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (e:Entity) UNWIND e.normalisedAliases AS form RETURN e.key + " " + form AS form ORDER BY form',
  );
  return records.map((r) => r.get('form') as string);
}

beforeAll(async () => {
  driver = connectTestDriver();
  store = new Neo4jGraphStore(driver);
});

beforeEach(async () => {
  await clearDatabase(driver);
  await store.migrate();
});

afterAll(async () => {
  await clearDatabase(driver);
  await driver.close();
});

describe('alias look-up nodes (migration 004)', () => {
  it('are created for entities stored before the migration, which then finds them by alias', async () => {
    await store.upsertArticle(seedArticleGraph());
    // The database as an older newsgraph left it: no look-up nodes, schema version 3.
    await driver.executeQuery('MATCH (f:NameForm) DELETE f');
    await driver.executeQuery("MATCH (v:SchemaVersion {id: 'newsgraph'}) SET v.version = 3");
    await expect(store.findEntitiesByName('President Putin')).resolves.toEqual([]);

    // From version 3 the migrations from 004 on run, up to the latest.
    const latest = loadCypherRegistry().migrations.at(-1)?.version;
    await expect(store.migrate()).resolves.toBe(latest);

    expect((await store.findEntitiesByName('President Putin')).map((e) => e.key)).toEqual([
      PUTIN.key,
    ]);
    expect(await nameForms()).toEqual(await aliasForms());
  });

  it('stay equal to the alias forms through an alias, a merge and its undo', async () => {
    await store.upsertArticle(seedArticleGraph());
    const actor = { by: 'analyst' as const };
    await store.addAlias(XI.key, 'Chairman Xi', actor);
    expect(await nameForms()).toEqual(await aliasForms());

    const merge = await store.mergeEntities([PUTIN.key], XI.key, actor);
    expect(await nameForms()).toEqual(await aliasForms());
    expect((await store.findEntitiesByName('Vladimir Putin')).map((e) => e.key)).toEqual([XI.key]);

    await store.undoMerge(merge.id, actor);
    expect(await nameForms()).toEqual(await aliasForms());
    expect((await store.findEntitiesByName('President Putin')).map((e) => e.key)).toEqual([
      PUTIN.key,
    ]);
  });
});
