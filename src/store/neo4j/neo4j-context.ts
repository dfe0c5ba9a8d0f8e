import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { CypherName } from './cypher-names';
import type { CypherRegistry } from './cypher-registry';
import { mapNeo4jError } from './map-neo4j-error';
import { fromNeo4j } from './neo4j-values';

/** One result row with driver values already converted to plain JavaScript. */
export type Row = Record<string, unknown>;

/** Runs named statements inside one managed transaction. */
export interface CypherTx {
  run(name: CypherName, params?: Record<string, unknown>): Promise<Row[]>;
}

/** What every part of the adapter needs: the injected driver, its database, the statements. */
export interface Neo4jContext {
  driver: Driver;
  database: string;
  cypher: CypherRegistry;
  /** For messages: "bolt://db:7687 (database neo4j)". */
  address: string;
}

/** A read transaction in its own session, closed whatever happens; driver errors are mapped. */
export function readTx<T>(ctx: Neo4jContext, work: (tx: CypherTx) => Promise<T>): Promise<T> {
  return inSession(ctx, 'READ', work);
}

/**
 * A write transaction in its own session. The driver retries it on transient errors (deadlocks,
 * leader switches), so `work` must only touch the database through `tx`.
 */
export function writeTx<T>(ctx: Neo4jContext, work: (tx: CypherTx) => Promise<T>): Promise<T> {
  return inSession(ctx, 'WRITE', work);
}

async function inSession<T>(
  ctx: Neo4jContext,
  mode: 'READ' | 'WRITE',
  work: (tx: CypherTx) => Promise<T>,
): Promise<T> {
  const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: mode });
  try {
    const unit = (tx: ManagedTransaction) => work(wrap(ctx, tx));
    return mode === 'READ' ? await session.executeRead(unit) : await session.executeWrite(unit);
  } catch (error) {
    throw mapNeo4jError(error, ctx.address);
  } finally {
    await session.close();
  }
}

function wrap(ctx: Neo4jContext, tx: ManagedTransaction): CypherTx {
  return {
    run: async (name, params = {}) => {
      const result = await tx.run(ctx.cypher.get(name), params);
      return result.records.map((record) => fromNeo4j(record.toObject()) as Row);
    },
  };
}
