import type { Driver } from 'neo4j-driver';
import { Neo4jGraphStore } from '../../src/store/neo4j';
import { Neo4jExportSource } from '../../src/store/neo4j/export-source';
import { clearDatabase, connectTestDriver } from '../support/neo4j';
import { describeExportSourceContract } from './export-source.contract';

let driver: Driver;

beforeAll(() => {
  driver = connectTestDriver();
});

afterAll(async () => {
  await driver.close();
});

describeExportSourceContract('Neo4j', async () => {
  await clearDatabase(driver);
  const store = new Neo4jGraphStore(driver);
  await store.migrate();
  return {
    store,
    // The source shares the test's driver and leaves it open, as a composition root would.
    openSource: async (pageSize) => new Neo4jExportSource(driver, pageSize ? { pageSize } : {}),
    cleanup: () => store.close(),
  };
});
