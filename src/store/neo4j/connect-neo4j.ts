import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jStoreConfig } from '../../config';
import { redactUri } from '../../config';
import { StoreUnavailableError } from '../../errors';
import { Neo4jGraphStore } from './neo4j-graph-store';

export type Neo4jConnectionSettings = Pick<
  Neo4jStoreConfig,
  'uri' | 'user' | 'password' | 'database'
>;

/**
 * Timeouts short enough that an unreachable server fails start-up within seconds, and that a
 * transaction's retries end within the API's 10 s request limit (an outage longer than that is
 * the ingest's own retries' business: --store-retries with back-off).
 */
const DRIVER_CONFIG = {
  maxConnectionPoolSize: 50,
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 30_000,
  maxTransactionRetryTime: 5_000,
  disableLosslessIntegers: false,
} as const;

/**
 * Creates the driver, checks the server answers and returns a store that owns (and closes) it.
 * Fails fast with a StoreUnavailableError naming NEO4J_URI and the address tried.
 *
 * @example const store = await connectNeo4j({ uri: 'bolt://localhost:7687', user: 'neo4j', database: 'neo4j' });
 */
export async function connectNeo4j(settings: Neo4jConnectionSettings): Promise<Neo4jGraphStore> {
  const { driver, address } = await openVerifiedDriver(settings);
  return new Neo4jGraphStore(driver, { database: settings.database, ownsDriver: true, address });
}

/**
 * The driver connectNeo4j builds, for other readers of the same database (the export source);
 * the caller owns and closes it. `address` is the URI without credentials, for messages.
 */
export async function openVerifiedDriver(
  settings: Neo4jConnectionSettings,
): Promise<{ driver: Driver; address: string }> {
  const address = redactUri(settings.uri);
  const auth =
    settings.password !== undefined && settings.password !== ''
      ? neo4j.auth.basic(settings.user, settings.password)
      : undefined;
  let driver;
  try {
    driver = neo4j.driver(settings.uri, auth, DRIVER_CONFIG);
  } catch (error) {
    throw unreachable(address, settings.database, error);
  }
  try {
    await driver.verifyConnectivity({ database: settings.database });
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw unreachable(address, settings.database, error);
  }
  return { driver, address };
}

function unreachable(address: string, database: string, error: unknown): StoreUnavailableError {
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailableError(
    `Cannot reach Neo4j at ${address} (from NEO4J_URI, database ${database}): ${reason}`,
    { cause: error },
  );
}
