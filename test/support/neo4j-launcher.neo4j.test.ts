import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { clearDatabase, connectTestDriver, neo4jTestUri } from './neo4j';
import { startLauncher, type RunningLauncher } from './neo4j-launcher-process';

const STOP_TIMEOUT_MS = 20_000;
/** Each test starts its own JVM (twice for the restart); a busy 2-core box can take 30 s a start. */
const LAUNCHER_TEST_TIMEOUT_MS = 180_000;

function portOf(uri: string): number {
  return Number(new URL(uri).port);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function exitCodeWithin(launcher: RunningLauncher, ms: number): Promise<number | null | 'timeout'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), ms);
    launcher.child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('the jest-started Neo4j for this worker', () => {
  let driver: Driver;

  beforeAll(() => {
    driver = connectTestDriver();
  });

  afterAll(async () => {
    await driver.close();
  });

  it('answers RETURN 1 over Bolt at this worker’s own URI', async () => {
    expect(neo4jTestUri()).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0]?.get('one').toNumber()).toBe(1);
  });

  it('is Neo4j Community 5.26', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    const kernel = records.find((r) => r.get('name') === 'Neo4j Kernel');
    expect(kernel?.get('version')).toMatch(/^5\.26\./);
    expect(kernel?.get('edition')).toBe('community');
  });

  it('clearDatabase removes every node and relationship but keeps constraints', async () => {
    await driver.executeQuery(
      'CREATE CONSTRAINT launcher_probe_key IF NOT EXISTS FOR (p:LauncherProbe) REQUIRE p.key IS UNIQUE',
    );
    await driver.executeQuery(
      'UNWIND range(1, 25) AS i CREATE (:LauncherProbe {key: i})-[:NEXT]->(:Other)',
    );

    await clearDatabase(driver);

    const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
    const constraints = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name WHERE name = 'launcher_probe_key' RETURN name",
    );
    expect(nodes.records[0]?.get('n').toNumber()).toBe(0);
    expect(rels.records[0]?.get('n').toNumber()).toBe(0);
    expect(constraints.records).toHaveLength(1);
    await driver.executeQuery('DROP CONSTRAINT launcher_probe_key IF EXISTS');
  });
});

describe('tools/neo4j/run.sh', () => {
  it(
    'stops with exit code 0 on SIGTERM, closes its port and deletes an ephemeral data dir',
    async () => {
      const launcher = await startLauncher(['--port', '0', '--ephemeral']);
      const port = portOf(launcher.ready.uris[0] ?? '');
      const dataDir = launcher.ready.dataDirs[0] ?? '';
      expect(await canConnect(port)).toBe(true);
      expect(existsSync(dataDir)).toBe(true);

      const exited = exitCodeWithin(launcher, STOP_TIMEOUT_MS);
      launcher.child.kill('SIGTERM');

      expect(await exited).toBe(0);
      expect(await canConnect(port)).toBe(false);
      expect(existsSync(dataDir)).toBe(false);
    },
    LAUNCHER_TEST_TIMEOUT_MS,
  );

  it(
    'stops by itself when its stdin closes, given --exit-on-stdin-close',
    async () => {
      const launcher = await startLauncher(['--port', '0', '--ephemeral', '--exit-on-stdin-close']);

      const exited = exitCodeWithin(launcher, STOP_TIMEOUT_MS);
      launcher.child.stdin?.end();

      expect(await exited).toBe(0);
    },
    LAUNCHER_TEST_TIMEOUT_MS,
  );

  it(
    'keeps data across a restart on the same port, and the same driver recovers',
    async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'newsgraph-neo4j-restart-'));
      const port = await freePort();
      const args = ['--port', String(port), '--data-dir', dataDir];
      let launcher = await startLauncher(args);
      const driver = connectTestDriver(`bolt://127.0.0.1:${port}`);
      try {
        await driver.executeQuery("CREATE (:Survivor {name: 'before restart'})");
        expect(await launcher.stop()).toBe(0);

        launcher = await startLauncher(args);
        // A managed transaction retries on the pooled connections the restart broke.
        const names = await driver.executeQuery('MATCH (s:Survivor) RETURN s.name AS name');
        expect(names.records.map((r) => r.get('name'))).toEqual(['before restart']);
      } finally {
        await driver.close();
        await launcher.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    LAUNCHER_TEST_TIMEOUT_MS,
  );
});
