import type { Driver } from 'neo4j-driver';
import { Neo4jGraphStore } from '../../../src/store/neo4j';
import { clearDatabase, connectTestDriver } from '../../support/neo4j';

/**
 * For a test file's API suite on Neo4j: one driver for the file (opened before, closed after
 * all its tests) and a factory of stores over a cleared, migrated database, in the shape the
 * shared suites take.
 */
export function freshNeo4jStores(): () => Promise<{
  store: Neo4jGraphStore;
  cleanup: () => Promise<void>;
}> {
  let driver: Driver;
  beforeAll(() => {
    driver = connectTestDriver();
  });
  afterAll(async () => {
    await driver.close();
  });
  return async () => {
    await clearDatabase(driver);
    const store = new Neo4jGraphStore(driver);
    await store.migrate();
    return { store, cleanup: () => store.close() };
  };
}
