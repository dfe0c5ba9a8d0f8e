import neo4j, { type Driver } from 'neo4j-driver';

const DELETE_BATCH = 10_000;

/**
 * The Bolt URI of this jest worker's own Neo4j. The global setup starts one instance per worker
 * and lists them in NEO4J_TEST_URIS; JEST_WORKER_ID picks ours, so two workers never share a
 * database. With a shared NEO4J_URI there is only one: run such suites with `--runInBand`.
 */
export function neo4jTestUri(): string {
  const uris = (process.env.NEO4J_TEST_URIS ?? '').split(',').filter((uri) => uri !== '');
  if (uris.length === 0) {
    throw new Error(
      'NEO4J_TEST_URIS is empty: only suites named *.neo4j.test.ts get a Neo4j from the jest ' +
        'global setup (see tools/neo4j/README.md).',
    );
  }
  const workerId = Number(process.env.JEST_WORKER_ID ?? '1');
  const uri = uris[(workerId - 1) % uris.length];
  if (uri === undefined) throw new Error(`no Neo4j URI for jest worker ${workerId}`);
  return uri;
}

/**
 * A driver for this worker's Neo4j; the caller closes it. Launcher instances run without auth;
 * a shared NEO4J_URI uses NEO4J_USER/NEO4J_PASSWORD when a password is set.
 */
export function connectTestDriver(uri = neo4jTestUri()): Driver {
  const password = process.env.NEO4J_PASSWORD;
  const auth = password ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password) : undefined;
  return neo4j.driver(uri, auth);
}

/**
 * Deletes every node and relationship, in batches so a big graph never needs one huge
 * transaction. Constraints and indexes stay: suites create the schema once and clear data often.
 */
export async function clearDatabase(driver: Driver): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(
      'MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
      { batch: neo4j.int(DELETE_BATCH) },
    );
    const deleted = records[0]?.get('deleted') as { toNumber(): number } | undefined;
    if (deleted === undefined || deleted.toNumber() < DELETE_BATCH) return;
  }
}
