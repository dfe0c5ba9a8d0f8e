/**
 * A/B of two builds' GraphQL API on the same, already loaded stores, in one sitting: both
 * servers run side by side and the load alternates between them operation by operation (the
 * order flipping every round), so both see the same machine. Besides autocannon's req/s, p50 and
 * p99 it reads the CPU time each process spent per request (the API server's, and Neo4j's when
 * its pid is given) from /proc, which moves far less than latency on a shared machine.
 *
 *   npx tsx bench/api-ab.ts --a /base/dist/cli/index.js --b dist/cli/index.js \
 *     --neo4j bolt://127.0.0.1:7687 --neo4j-pid 1234 --sqlite /tmp/g.db [--seconds 10] \
 *     [--rounds 2] [--only search,2-hop]
 *
 * The stores must hold the same graph (ingest seed + BBC once with either build).
 */
import { readFileSync } from 'node:fs';
import { apiQueries, type ApiQuery } from './api-queries';
import { API_CONNECTIONS, pickSubjects } from './api-bench';
import { freePort, startApiProcess, type RunningApi } from './api-server';
import { Cleanup } from './cleanup';
import { postGraphql } from './graphql-http';
import { loadGraphql, type LoadResult } from './graphql-load';
import { logProgress } from './progress-log';
import { orderForRound } from './alternate';

interface AbArgs {
  builds: { label: string; cli: string }[];
  neo4jUri?: string;
  neo4jPid?: number;
  sqlitePath?: string;
  seconds: number;
  rounds: number;
  only: string[];
}

interface Sample extends LoadResult {
  store: string;
  operation: string;
  build: string;
  serverCpuMsPerRequest: number;
  neo4jCpuMsPerRequest: number | null;
}

const WARM_UP_SECONDS = 2;
/** /proc/<pid>/stat counts CPU time in clock ticks of 1/100 s on Linux. */
const TICK_MS = 10;

function parseArgs(argv: readonly string[]): AbArgs {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const a = value('--a');
  const b = value('--b');
  if (!a || !b) throw new Error('expected --a <cli/index.js> and --b <cli/index.js>');
  const pid = value('--neo4j-pid');
  const neo4jUri = value('--neo4j');
  const sqlitePath = value('--sqlite');
  return {
    builds: [
      { label: 'A', cli: a },
      { label: 'B', cli: b },
    ],
    ...(neo4jUri ? { neo4jUri } : {}),
    ...(pid ? { neo4jPid: Number(pid) } : {}),
    ...(sqlitePath ? { sqlitePath } : {}),
    seconds: Number(value('--seconds') ?? 10),
    rounds: Number(value('--rounds') ?? 2),
    only: (value('--only') ?? '').split(',').filter((s) => s !== ''),
  };
}

/** User + system CPU time of a process so far, in ms (all its threads). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

async function measureOne(
  api: RunningApi,
  query: ApiQuery,
  seconds: number,
  neo4jPid: number | undefined,
): Promise<Omit<Sample, 'store' | 'build'>> {
  await postGraphql(api.url, query.request);
  await loadGraphql(api.url, query.request, {
    connections: API_CONNECTIONS,
    durationSeconds: WARM_UP_SECONDS,
  });
  const serverBefore = cpuMs(api.pid);
  const neo4jBefore = neo4jPid ? cpuMs(neo4jPid) : 0;
  const result = await loadGraphql(api.url, query.request, {
    connections: API_CONNECTIONS,
    durationSeconds: seconds,
  });
  const requests = Math.max(1, result.requests);
  return {
    ...result,
    operation: query.name,
    serverCpuMsPerRequest: (cpuMs(api.pid) - serverBefore) / requests,
    neo4jCpuMsPerRequest: neo4jPid ? (cpuMs(neo4jPid) - neo4jBefore) / requests : null,
  };
}

async function benchStore(
  args: AbArgs,
  store: string,
  env: Record<string, string>,
  cleanup: Cleanup,
): Promise<Sample[]> {
  const servers: { label: string; api: RunningApi }[] = [];
  for (const build of args.builds) {
    const port = await freePort();
    logProgress(`${store}: starting ${build.label} (${build.cli}) on ${port}`);
    const api = await startApiProcess(
      [build.cli, 'serve'],
      { ...env, PORT: String(port), HOST: '127.0.0.1' },
      port,
      cleanup,
    );
    servers.push({ label: build.label, api });
  }
  const first = servers[0];
  if (!first) return [];
  const subjects = await pickSubjects(first.api.url);
  logProgress(`${store}: subjects ${JSON.stringify(subjects)}`);
  const queries = apiQueries(subjects).filter(
    (q) => args.only.length === 0 || args.only.some((o) => q.name.includes(o)),
  );
  const samples: Sample[] = [];
  try {
    for (let round = 0; round < args.rounds; round += 1) {
      const order = orderForRound(servers, round);
      for (const query of queries) {
        for (const { label, api } of order) {
          logProgress(`${store} round ${round + 1}: ${label} ${query.name}`);
          const pid = store === 'Neo4j' ? args.neo4jPid : undefined;
          const sample = await measureOne(api, query, args.seconds, pid);
          samples.push({ ...sample, store, build: label });
        }
      }
    }
  } finally {
    for (const { api } of servers) await api.stop();
  }
  return samples;
}

function formatRow(s: Sample): string {
  const neo4j = s.neo4jCpuMsPerRequest === null ? '' : s.neo4jCpuMsPerRequest.toFixed(2);
  return [
    s.store,
    s.operation,
    s.build,
    s.requestsPerSecond.toFixed(0),
    String(s.p50Ms),
    String(s.p99Ms),
    s.serverCpuMsPerRequest.toFixed(2),
    neo4j,
    String(s.failures),
  ].join('\t');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const cleanup = new Cleanup();
  cleanup.installSignalHandlers();
  const samples: Sample[] = [];
  try {
    if (args.neo4jUri) {
      const env = { NEWSGRAPH_STORE: 'neo4j', NEO4J_URI: args.neo4jUri };
      samples.push(...(await benchStore(args, 'Neo4j', env, cleanup)));
    }
    if (args.sqlitePath) {
      const env = { NEWSGRAPH_STORE: 'sqlite', NEWSGRAPH_SQLITE_PATH: args.sqlitePath };
      samples.push(...(await benchStore(args, 'SQLite', env, cleanup)));
    }
  } finally {
    await cleanup.run();
  }
  process.stdout.write(
    'store\toperation\tbuild\treq/s\tp50 ms\tp99 ms\tAPI CPU ms/req\tNeo4j CPU ms/req\tfailed\n',
  );
  for (const sample of samples) process.stdout.write(`${formatRow(sample)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`api-ab failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
