import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Cleanup } from './cleanup';
import { logProgress } from './progress-log';

export interface Neo4jServer {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

const READY_PREFIX = 'NEO4J_READY ';
/** The first start may build the launcher with Maven. */
const START_TIMEOUT_MS = 300_000;

/**
 * JVM flags for measuring rather than for quick test start-up: the launcher's defaults (C1 only,
 * 512 MB serial-GC heap) favour jest; a benchmark of the store should see the server JIT and a
 * larger heap. The --add-opens are the launcher's own, needed by Neo4j on Java 17.
 */
const BENCH_JAVA_OPTS = [
  '-Xms1g',
  '-Xmx1g',
  '-XX:+UseParallelGC',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
].join(' ');

/**
 * One throw-away Neo4j from tools/neo4j, on a free port. It stops when our stdin pipe to it
 * closes, so even a crashed benchmark leaves no JVM behind.
 */
export async function startNeo4j(repoRoot: string, cleanup: Cleanup): Promise<Neo4jServer> {
  logProgress('starting Neo4j (tools/neo4j/run.sh --port 0 --ephemeral)');
  const child = spawn(
    'bash',
    [
      join(repoRoot, 'tools', 'neo4j', 'run.sh'),
      '--port',
      '0',
      '--ephemeral',
      '--exit-on-stdin-close',
    ],
    {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, NEO4J_LAUNCHER_JAVA_OPTS: BENCH_JAVA_OPTS },
    },
  );
  cleanup.child(child, { graceful: true });
  const uri = await readyUri(child);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };
  cleanup.closer(stop);
  logProgress(`Neo4j ready at ${uri}`);
  return { uri, pid: child.pid ?? -1, stop };
}

function readyUri(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Neo4j did not print its ready line within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j launcher exited with status ${code} before it was ready`));
    });
    if (!child.stdout) throw new Error('Neo4j launcher has no stdout pipe');
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith(READY_PREFIX)) return;
      clearTimeout(timer);
      const ready = JSON.parse(line.slice(READY_PREFIX.length)) as { uris: string[] };
      const uri = ready.uris[0];
      if (uri) resolve(uri);
      else reject(new Error(`Neo4j ready line without a URI: ${line}`));
    });
  });
}
