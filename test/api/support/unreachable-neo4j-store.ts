import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import { Neo4jGraphStore } from '../../../src/store/neo4j';

/** A loopback port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

/**
 * A Neo4j store whose server is down: its driver points at a closed port, so every read is
 * refused at connect time. The driver gives up at once (no managed-transaction retries) so the
 * refusal reaches the API as STORE_UNAVAILABLE well within its request timeout.
 */
export async function openUnreachableNeo4jStore(): Promise<{
  store: Neo4jGraphStore;
  cleanup: () => Promise<void>;
}> {
  const address = `bolt://127.0.0.1:${await closedPort()}`;
  const driver = neo4j.driver(address, undefined, {
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 0,
  });
  const store = new Neo4jGraphStore(driver, { ownsDriver: true, address });
  return { store, cleanup: () => store.close() };
}
