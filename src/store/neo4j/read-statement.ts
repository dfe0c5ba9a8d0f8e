import { isRetryableError, type Session } from 'neo4j-driver';
import { mapNeo4jError } from './map-neo4j-error';
import type { CypherTx, Neo4jContext, Row } from './neo4j-context';
import { fromNeo4j } from './neo4j-values';

/**
 * As long as the driver retries a managed transaction (maxTransactionRetryTime, connect-neo4j.ts):
 * under the API's 10 s request limit, so a client whose store is down hears STORE_UNAVAILABLE,
 * not TIMEOUT, and no retry outlives the request.
 */
const MAX_READ_RETRY_MS = 5_000;
const FIRST_RETRY_DELAY_MS = 200;

/**
 * A read that runs exactly ONE statement, as an auto-commit query: one round trip (RUN + PULL)
 * where a managed transaction needs BEGIN … COMMIT, which measured about half the driver and
 * server work per read under the API's load. One statement sees one consistent snapshot, so
 * the transaction added nothing; `work` running a second statement is a bug and fails loudly.
 * Transient failures are retried with backoff as `executeRead` would (a read is idempotent);
 * driver errors are mapped like readTx's.
 */
export async function readStatement<T>(
  ctx: Neo4jContext,
  work: (tx: CypherTx) => Promise<T>,
): Promise<T> {
  const started = Date.now();
  for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
    const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: 'READ' });
    try {
      return await work(oneStatement(ctx, session));
    } catch (error) {
      if (!isRetryableError(error) || Date.now() - started + delay > MAX_READ_RETRY_MS) {
        throw mapNeo4jError(error, ctx.address);
      }
    } finally {
      await session.close();
    }
    await new Promise((resolve) => setTimeout(resolve, delay * (0.8 + Math.random() * 0.4)));
  }
}

function oneStatement(ctx: Neo4jContext, session: Session): CypherTx {
  let ran = false;
  return {
    run: async (name, params = {}) => {
      if (ran) throw new Error(`readStatement ran a second statement (${name}); use readTx`);
      ran = true;
      const result = await withoutStackCapture(() => session.run(ctx.cypher.get(name), params));
      return result.records.map((record) => fromNeo4j(record.toObject()) as Row);
    },
  };
}

/**
 * The driver formats a stack trace for every query it starts (the Result keeps it to put the
 * caller's frames on a failure): about 4 % of the API's CPU on a look-up by key. A failure here
 * is mapped to a typed error anyway, so frames are off for that one synchronous call.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
