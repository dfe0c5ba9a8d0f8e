import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiQuery, ApiSubjects } from './api-queries';
import { TOP_PEOPLE, apiQueries, peerNeighboursQuery } from './api-queries';
import type { RunningApi } from './api-server';
import { freePort, startApiProcess } from './api-server';
import type { CliRunner } from './build-cli';
import type { Cleanup } from './cleanup';
import type { Figure } from './figure';
import type { GraphqlRequest } from './graphql-http';
import { postGraphql } from './graphql-http';
import type { LoadOptions, LoadResult } from './graphql-load';
import { loadGraphql } from './graphql-load';
import { API_SERVER_MODULE } from './api-server-main';
import { logProgress } from './progress-log';

export const API_CONNECTIONS = 32;
const WARM_UP_SECONDS = 3;

export interface ApiBenchOptions {
  repoRoot: string;
  cli: CliRunner;
  sqlitePath: string;
  neo4jUri: string | undefined;
  cleanup: Cleanup;
  durationSeconds: number;
}

/** Whether this checkout has `newsgraph serve` yet (the API is built in parallel with the bench). */
export function hasServeCommand(cli: CliRunner): boolean {
  const ext = cli.kind === 'built' ? 'js' : 'ts';
  return existsSync(join(cli.root, 'cli', 'commands', `serve.${ext}`));
}

/**
 * How to start an API server process: `newsgraph serve` when it exists, else createApiServer
 * composed by bench/api-server-main.ts, else nothing yet.
 */
function apiServerCommand(cli: CliRunner): { nodeArgs: string[]; via: string } | undefined {
  if (hasServeCommand(cli)) return { nodeArgs: [...cli.nodeArgs, 'serve'], via: 'newsgraph serve' };
  if (existsSync(`${API_SERVER_MODULE}.ts`)) {
    return {
      nodeArgs: ['--import', 'tsx', join(__dirname, 'api-server-main.ts')],
      via: 'createApiServer from sources (tsx); newsgraph serve not yet in the checkout',
    };
  }
  return undefined;
}

/**
 * GraphQL latency and throughput with autocannon (32 connections on loopback) against
 * `newsgraph serve` on each store, and the 2-hop neighbourhood through the @neo4j/graphql peer
 * on the same Neo4j database. Each server runs in its own process; autocannon runs here.
 */
export async function benchApi(options: ApiBenchOptions): Promise<Figure[]> {
  const server = apiServerCommand(options.cli);
  if (!server) {
    logProgress(
      'api: neither `newsgraph serve` nor createApiServer exists yet; API figures pending',
    );
    return [pending('GraphQL API (all figures)', 'src/api and newsgraph serve do not exist yet')];
  }
  logProgress(`api: servers run through ${server.via}`);
  const load = { connections: API_CONNECTIONS, durationSeconds: options.durationSeconds };
  const figures: Figure[] = [];
  figures.push(
    ...(await orPending('SQLite API', () =>
      benchStore('SQLite', server.nodeArgs, options, load, {
        NEWSGRAPH_STORE: 'sqlite',
        NEWSGRAPH_SQLITE_PATH: options.sqlitePath,
      }),
    )),
  );
  const neo4jUri = options.neo4jUri;
  if (neo4jUri) {
    const env = { NEWSGRAPH_STORE: 'neo4j', NEO4J_URI: neo4jUri };
    let subjectKey: string | undefined;
    const neo4jFigures = await orPending('Neo4j API', () =>
      benchStore('Neo4j', server.nodeArgs, options, load, env, (s) => (subjectKey = s.fromId)),
    );
    figures.push(...neo4jFigures);
    figures.push(
      ...(await orPending('@neo4j/graphql peer', () =>
        benchPeer(options, load, neo4jFigures, subjectKey),
      )),
    );
  }
  return figures;
}

async function benchStore(
  store: 'SQLite' | 'Neo4j',
  serverArgs: readonly string[],
  options: ApiBenchOptions,
  load: LoadOptions,
  env: Record<string, string>,
  onSubjects?: (subjects: ApiSubjects) => void,
): Promise<Figure[]> {
  const port = await freePort();
  logProgress(`api: starting the API server on ${store} (port ${port})`);
  const api = await startApiProcess(
    serverArgs,
    { ...env, PORT: String(port), HOST: '127.0.0.1' },
    port,
    options.cleanup,
  );
  try {
    const subjects = await pickSubjects(api.url);
    logProgress(`api: subjects ${JSON.stringify(subjects)}`);
    onSubjects?.(subjects);
    const figures: Figure[] = [];
    for (const query of apiQueries(subjects)) {
      figures.push(...(await measureQuery(api, `${store} ${query.name}`, query, store, load)));
    }
    return figures;
  } finally {
    await api.stop();
  }
}

/** The two most-mentioned people: a well-connected start for neighbourhoods and paths. */
export async function pickSubjects(url: string): Promise<ApiSubjects & { toName: string }> {
  const data = await postGraphql<{ topEntities: { entity: { id: string; name: string } }[] }>(
    url,
    TOP_PEOPLE,
  );
  const [first, second] = data.topEntities;
  if (!first || !second) throw new Error('topEntities(type: Person) returned fewer than two');
  return {
    fromId: first.entity.id,
    fromName: first.entity.name,
    toId: second.entity.id,
    toName: second.entity.name,
  };
}

async function measureQuery(
  api: RunningApi,
  label: string,
  query: ApiQuery,
  store: 'SQLite' | 'Neo4j',
  load: LoadOptions,
): Promise<Figure[]> {
  const target = store === 'Neo4j' ? query.p99TargetOnNeo4j : undefined;
  const result = await measure(api.url, label, query.request, load);
  if (typeof result === 'string') return [pending(label, result)];
  return latencyFigures(label, result, target);
}

/**
 * Check the operation answers without errors (a benchmark of errors measures nothing), warm
 * the server up, then measure. A failing operation becomes a pending figure with the reason.
 */
async function measure(
  url: string,
  label: string,
  request: GraphqlRequest,
  load: LoadOptions,
): Promise<LoadResult | string> {
  try {
    await postGraphql(url, request);
  } catch (error) {
    logProgress(`api: ${label} fails before measuring: ${String(error)}`);
    return `not measured: ${String(error).slice(0, 160)}`;
  }
  logProgress(`api: ${label}, ${load.connections} connections, ${load.durationSeconds} s`);
  await loadGraphql(url, request, { ...load, durationSeconds: WARM_UP_SECONDS });
  return loadGraphql(url, request, load);
}

function latencyFigures(label: string, r: LoadResult, p99Target?: number): Figure[] {
  const note = `${r.requests} requests, ${r.failures} failed, c=${API_CONNECTIONS}`;
  return [
    {
      section: 'api',
      name: `${label}: requests/s`,
      value: r.requestsPerSecond,
      unit: 'req/s',
      note,
    },
    { section: 'api', name: `${label}: p50`, value: r.p50Ms, unit: 'ms' },
    {
      section: 'api',
      name: `${label}: p99`,
      value: r.p99Ms,
      unit: 'ms',
      ...(p99Target !== undefined ? { target: { below: p99Target } } : {}),
    },
  ];
}

/** The same 2-hop neighbourhood through @neo4j/graphql, and how ours compares. */
async function benchPeer(
  options: ApiBenchOptions,
  load: LoadOptions,
  neo4jFigures: readonly Figure[],
  subjectKey: string | undefined,
): Promise<Figure[]> {
  if (!options.neo4jUri) return [];
  const port = await freePort();
  logProgress(`api: starting the @neo4j/graphql peer (port ${port})`);
  const peer = await startApiProcess(
    [
      '--import',
      'tsx',
      join(__dirname, 'neo4j-graphql-peer.ts'),
      '--port',
      String(port),
      '--uri',
      options.neo4jUri,
    ],
    {},
    port,
    options.cleanup,
  );
  try {
    // The same entity as our API was asked about; the peer's own choice only if ours failed.
    const key = subjectKey ?? (await pickPeerSubject(peer.url));
    logProgress(`api: peer subject ${key}`);
    const label = '@neo4j/graphql peer 2-hop neighbours (limit 50)';
    const result = await measure(peer.url, label, peerNeighboursQuery(key), load);
    if (typeof result === 'string') return [pending(label, result)];
    const figures = latencyFigures(label, result);
    const oursP99 = neo4jFigures.find((f) => f.name === 'Neo4j 2-hop neighbours (limit 50): p99');
    const oursRate = neo4jFigures.find(
      (f) => f.name === 'Neo4j 2-hop neighbours (limit 50): requests/s',
    );
    figures.push(
      oursP99?.value
        ? {
            section: 'api',
            name: 'Neo4j 2-hop p99, ours ÷ @neo4j/graphql peer',
            value: oursP99.value / result.p99Ms,
            unit: '×',
            target: { below: 1 },
          }
        : pending('Neo4j 2-hop p99, ours ÷ @neo4j/graphql peer', 'our neighbourhood not measured'),
    );
    if (oursRate?.value) {
      figures.push({
        section: 'api',
        name: 'Neo4j 2-hop requests/s, ours ÷ @neo4j/graphql peer',
        value: oursRate.value / result.requestsPerSecond,
        unit: '×',
        target: { atLeast: 1 },
      });
    }
    return figures;
  } finally {
    await peer.stop();
  }
}

/** The most-mentioned person, found with the peer's own generated query. */
async function pickPeerSubject(url: string): Promise<string> {
  const data = await postGraphql<{ entities: { key: string }[] }>(url, {
    query:
      'query Top { entities(where: { type: { eq: "Person" } }, sort: [{ mentionCount: DESC }, { key: ASC }], limit: 1) { key } }',
  });
  const top = data.entities[0];
  if (!top) throw new Error('the peer found no Person entity');
  return top.key;
}

/** A server that does not start is a pending row with its reason, not a lost table. */
async function orPending(name: string, run: () => Promise<Figure[]>): Promise<Figure[]> {
  try {
    return await run();
  } catch (error) {
    logProgress(`api: ${name} not measured: ${String(error)}`);
    return [pending(name, String(error).slice(0, 160))];
  }
}

function pending(name: string, reason: string): Figure {
  return { section: 'api', name, value: null, unit: '', note: `pending: ${reason}` };
}
