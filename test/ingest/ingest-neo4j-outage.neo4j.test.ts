import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { connectNeo4j } from '../../src/store/neo4j';
import {
  runNewsgraph,
  startNewsgraph,
  type CliRun,
  type RunningNewsgraph,
} from '../cli/spawn-newsgraph';
import { clearDatabase } from '../support/neo4j';
import { startLauncher, type RunningLauncher } from '../support/neo4j-launcher-process';

/**
 * Issue 6: "Neo4j stopped mid-run: the ingest retries with back-off, then fails with a clear
 * message; rerun completes." This suite runs its own launcher on a fixed port and data dir (not
 * the per-worker server of the global setup) because it stops and restarts it.
 */

const REPO_ROOT = join(__dirname, '..', '..');
const BBC = join(REPO_ROOT, '..', 'shared', 'data', 'bbc', 'bbc.ndjson');
const ARTICLES = 40;
/** Stop Neo4j once this many articles are stored: the run is then truly in the middle. */
const STOP_AFTER = 3;
/** Few retries keep the test short; the default (5) only waits longer before the same end. */
const STORE_RETRIES = '2';
/**
 * How long the CLI may take to give up once Neo4j is gone. Each of the 1 + STORE_RETRIES tries
 * can last the driver's own managed-transaction retry time (15 s, src/store/neo4j/connect-neo4j.ts)
 * and more: measured 74-78 s on two loaded cores.
 */
const GIVE_UP_WITHIN_MS = 180_000;

let dir: string;
let port: number;
let uri: string;
let launcher: RunningLauncher | undefined;
let input: string;
/** The interrupted ingest, killed in afterAll if a failed assertion left it running. */
let ingest: RunningNewsgraph | undefined;

const cliEnv = () => ({ NEWSGRAPH_STORE: 'neo4j', NEO4J_URI: uri });
const launcherArgs = () => [
  '--port',
  String(port),
  '--data-dir',
  join(dir, 'neo4j'),
  '--exit-on-stdin-close',
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-outage-'));
  input = join(dir, `bbc-${ARTICLES}.ndjson`);
  writeFileSync(input, readFileSync(BBC, 'utf8').split('\n').slice(0, ARTICLES).join('\n'));
  port = await freePort();
  uri = `bolt://127.0.0.1:${port}`;
  launcher = await startLauncher(launcherArgs());
}, 240_000);

afterAll(async () => {
  // Whatever failed above, no CLI and no JVM outlive the suite.
  ingest?.kill('SIGKILL');
  await launcher?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('newsgraph ingest when Neo4j stops mid-run', () => {
  it('retries, exits 3 naming NEO4J_URI and saying to rerun; the rerun ends as an uninterrupted run', async () => {
    // Small transactions, so Neo4j stops between two of them with articles still to come.
    ingest = startNewsgraph(
      [
        'ingest',
        input,
        '--concurrency',
        '1',
        '--store-retries',
        STORE_RETRIES,
        '--batch-size',
        '2',
      ],
      cliEnv(),
    );
    const storedBeforeStop = await waitForArticles(STOP_AFTER, ingest.finished);
    expect(storedBeforeStop).toBeGreaterThanOrEqual(STOP_AFTER);
    expect(storedBeforeStop).toBeLessThan(ARTICLES);

    const stopping = Date.now();
    expect(await launcher!.stop()).toBe(0);
    launcher = undefined;
    const stoppedAt = Date.now();
    const failed = await withinMs(ingest.finished, GIVE_UP_WITHIN_MS, 'the ingest to give up');
    const gaveUpAfterMs = Date.now() - stoppedAt;

    const output = failed.stdout + failed.stderr;
    expect({ code: failed.code, output }).toMatchObject({ code: 3 });
    expect(output).toContain('NEO4J_URI');
    expect(output).toContain(`127.0.0.1:${port}`);
    expect(output).toContain(`Gave up after ${STORE_RETRIES} retries`);
    expect(output).toMatch(/run the same command again/i);
    // Giving up took at least the back-off waits (200 ms, then 400 ms): it did retry.
    expect(gaveUpAfterMs).toBeGreaterThanOrEqual(600);

    launcher = await startLauncher(launcherArgs());
    const rerun = await runNewsgraph(['ingest', input, '--json', '--concurrency', '1'], cliEnv());
    expect({ code: rerun.code, stderr: rerun.stderr }).toMatchObject({ code: 0 });
    const summary = JSON.parse(rerun.stdout) as { created: number; unchanged: number };
    expect(summary.unchanged).toBeGreaterThanOrEqual(storedBeforeStop);
    expect(summary.created + summary.unchanged).toBeLessThanOrEqual(ARTICLES);
    const resumed = await snapshot();

    const driver = connect();
    try {
      await clearDatabase(driver);
    } finally {
      await driver.close();
    }
    const whole = await runNewsgraph(['ingest', input, '--concurrency', '1'], cliEnv());
    expect(whole.code).toBe(0);
    const uninterrupted = await snapshot();

    expect(uninterrupted.articles.length).toBeGreaterThan(STOP_AFTER);
    expect(resumed).toEqual(uninterrupted);
    process.stderr.write(
      `neo4j outage: stopped after ${storedBeforeStop} articles, ingest gave up ` +
        `${gaveUpAfterMs} ms after the JVM exited (which took ${stoppedAt - stopping} ms); ` +
        `${/Gave up[^.]*/.exec(output)?.[0] ?? ''}\n`,
    );
  }, 500_000);
});

function connect(): Driver {
  return neo4j.driver(uri);
}

async function snapshot() {
  const store = await connectNeo4j({ uri, user: 'neo4j', password: undefined, database: 'neo4j' });
  try {
    return await store.snapshot();
  } finally {
    await store.close();
  }
}

/** Polls the article count until it reaches `atLeast`; fails if the ingest ends first. */
async function waitForArticles(atLeast: number, finished: Promise<CliRun>): Promise<number> {
  const driver = connect();
  let ended: CliRun | undefined;
  void finished.then((run) => (ended = run));
  try {
    for (;;) {
      const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
      const count = (records[0]?.get('n') as { toNumber(): number }).toNumber();
      if (count >= atLeast) return count;
      if (ended) {
        throw new Error(
          `the ingest ended (code ${ended.code}) with ${count} articles stored, before Neo4j ` +
            `could be stopped:\n${ended.stdout}${ended.stderr}`,
        );
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    await driver.close();
  }
}

function withinMs<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${ms} ms for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A port nothing listens on now, kept for both launches so NEO4J_URI stays the same. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const found = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(found));
    });
  });
}
