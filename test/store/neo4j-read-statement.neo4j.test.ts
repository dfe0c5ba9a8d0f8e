import type { Driver } from 'neo4j-driver';
import { loadCypherRegistry } from '../../src/store/neo4j/cypher-registry';
import type { Neo4jContext } from '../../src/store/neo4j/neo4j-context';
import { readStatement } from '../../src/store/neo4j/read-statement';
import { connectTestDriver } from '../support/neo4j';

describe('readStatement (one-statement reads as auto-commit queries)', () => {
  let driver: Driver;
  let ctx: Neo4jContext;

  beforeAll(() => {
    driver = connectTestDriver();
    ctx = { driver, database: 'neo4j', cypher: loadCypherRegistry(), address: 'test' };
  });

  afterAll(async () => {
    await driver.close();
  });

  it('runs one named statement and returns its rows as plain values', async () => {
    const rows = await readStatement(ctx, (tx) => tx.run('health/ping'));
    expect(rows).toEqual([{ ok: 1 }]); // a number, not a driver Integer
  });

  it('refuses a second statement: several statements need a transaction (readTx)', async () => {
    await expect(
      readStatement(ctx, async (tx) => {
        await tx.run('health/ping');
        return tx.run('health/ping');
      }),
    ).rejects.toThrow(/second statement.*use readTx/);
  });

  it('does not retry an error that is not transient: it passes through unchanged, once', async () => {
    let attempts = 0;
    const refusal = new Error('not transient');
    await expect(
      readStatement(ctx, () => {
        attempts += 1;
        return Promise.reject(refusal);
      }),
    ).rejects.toBe(refusal);
    expect(attempts).toBe(1);
  });
});
