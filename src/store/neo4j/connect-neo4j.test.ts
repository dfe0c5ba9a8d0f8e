import { createServer, type Server } from 'node:net';
import { StoreUnavailableError } from '../../errors';
import neo4j from 'neo4j-driver';
import { connectNeo4j } from './connect-neo4j';
import { Neo4jGraphStore } from './neo4j-graph-store';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('connectNeo4j', () => {
  it('fails fast on an unreachable server, naming NEO4J_URI and the address tried', async () => {
    const port = await closedPort();
    const started = Date.now();
    const attempt = connectNeo4j({
      uri: `bolt://neo4j:s3cret@127.0.0.1:${port}`,
      user: 'neo4j',
      password: 'pw',
      database: 'neo4j',
    });
    await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(attempt).rejects.toThrow(
      `Cannot reach Neo4j at bolt://127.0.0.1:${port} (from NEO4J_URI`,
    );
    await expect(attempt).rejects.not.toThrow('s3cret');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('Neo4jGraphStore.ping', () => {
  it('throws StoreUnavailableError naming the address when the server is gone', async () => {
    const port = await closedPort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, {
      connectionTimeout: 2_000,
    });
    const store = new Neo4jGraphStore(driver, { address: `bolt://127.0.0.1:${port}` });
    try {
      const ping = store.ping();
      await expect(ping).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(ping).rejects.toThrow(`bolt://127.0.0.1:${port} (database neo4j)`);
    } finally {
      await driver.close();
    }
  });
});
