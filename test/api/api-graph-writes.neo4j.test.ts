import type { Driver } from 'neo4j-driver';
import { Neo4jGraphStore } from '../../src/store/neo4j';
import { clearDatabase, connectTestDriver } from '../support/neo4j';
import { describeGraphWrites } from './api-graph-writes';

let driver: Driver;

beforeAll(() => {
  driver = connectTestDriver();
});

afterAll(async () => {
  await driver.close();
});

describeGraphWrites('Neo4j', async () => {
  await clearDatabase(driver);
  const store = new Neo4jGraphStore(driver);
  await store.migrate();
  return { store, cleanup: () => store.close() };
});
