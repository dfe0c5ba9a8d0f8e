import type { Driver } from 'neo4j-driver';
import { Neo4jGraphStore } from '../../src/store/neo4j';
import { clearDatabase, connectTestDriver } from '../support/neo4j';
import { describeApiAuthAndLimits } from './api-auth-limits';

// A cold Neo4j on a loaded machine answers its first writes slowly; the jest default is too tight.
jest.setTimeout(180_000);

let driver: Driver;

beforeAll(() => {
  driver = connectTestDriver();
});

afterAll(async () => {
  await driver.close();
});

describeApiAuthAndLimits('Neo4j', async () => {
  await clearDatabase(driver);
  const store = new Neo4jGraphStore(driver);
  await store.migrate();
  return { store, cleanup: () => store.close() };
});
