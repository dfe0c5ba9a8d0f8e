/**
 * A/B of `newsgraph ingest --store neo4j` between two builds (for instance HEAD before a change
 * and the working tree), within one run of this script so both see the same machine load:
 *
 *   npx tsx bench/neo4j-ingest-ab.ts --tree A=/tmp/ab/A --tree B=/tmp/ab/B --runs 2
 *
 * A tree is a build as `npm run build` lays it out (`dist/`, `cypher/`, `schema/`, `package.json`,
 * and `node_modules` reachable from it). Runs alternate the order (AB, BA, …); each ingest gets a
 * fresh ephemeral Neo4j with the benchmark's JVM flags and is timed from spawn to exit. Every
 * statement is timed by bench/statement-timings.mjs; after each ingest the store's snapshot is
 * hashed, so two builds that should write the same graph can be seen to.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { Neo4jGraphStore } from '../src/store/neo4j';
import type { Cleanup } from './cleanup';
import { BBC_NDJSON, SEED_ARTICLE } from './corpus';
import { startNeo4j } from './neo4j-server';
import { runComparison, treeArgument } from './alternate';

interface Tree {
  label: string;
  dir: string;
}

interface StatementTiming {
  runs: number;
  clientMs: number;
  serverMs: number;
  firstAtMs: number;
}

interface RunResult {
  tree: string;
  wallMs: number;
  /** Wall time up to the first statement of the end-of-run passes. */
  ingestMs: number;
  articles: number;
  snapshotHash: string;
  timings: Record<string, StatementTiming>;
}

function parseArgs(argv: readonly string[]) {
  const trees: Tree[] = [];
  let runs = 2;
  const extra: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--tree' && value) {
      trees.push(treeArgument(value));
      i += 1;
    } else if (arg === '--runs' && value) {
      runs = Number(value);
      i += 1;
    } else if (arg === '--') {
      extra.push(...argv.slice(i + 1));
      break;
    } else {
      throw new Error(`unknown argument ${arg} (expected --tree L=DIR, --runs N, -- ingest args)`);
    }
  }
  if (trees.length === 0) throw new Error('give at least one --tree LABEL=DIR');
  return { trees, runs, extra };
}

async function ingestOnce(
  tree: Tree,
  extra: readonly string[],
  cleanup: Cleanup,
): Promise<RunResult> {
  const server = await startNeo4j(join(__dirname, '..'), cleanup);
  const scratch = cleanup.directory(mkdtempSync(join(tmpdir(), 'newsgraph-ab-')));
  const timingsFile = join(scratch, 'timings.json');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(__dirname, 'statement-timings.mjs')).href,
      join(tree.dir, 'dist', 'cli', 'index.js'),
      'ingest',
      SEED_ARTICLE,
      BBC_NDJSON,
      '--store',
      'neo4j',
      '--json',
      ...extra,
    ],
    {
      cwd: tree.dir,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        NEO4J_URI: server.uri,
        NEO4J_USER: 'neo4j',
        NEWSGRAPH_STATEMENT_TIMINGS: timingsFile,
        NEWSGRAPH_CYPHER_DIR: join(tree.dir, 'cypher'),
      },
    },
  );
  cleanup.child(child);
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  const wallMs = performance.now() - started;
  if (code !== 0 && code !== 1) throw new Error(`${tree.label}: ingest exited with ${code}`);
  const summary = JSON.parse(stdout) as Record<string, number>;
  const articles = ['created', 'updated', 'unchanged', 'duplicates', 'failed'].reduce(
    (sum, key) => sum + (summary[key] ?? 0),
    0,
  );
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, StatementTiming>;
  const reconcileAt = timings['export/page-entities']?.firstAtMs;
  const snapshotHash = await hashSnapshot(server.uri);
  await server.stop();
  return {
    tree: tree.label,
    wallMs,
    ingestMs: reconcileAt ?? wallMs,
    articles,
    snapshotHash,
    timings,
  };
}

async function hashSnapshot(uri: string): Promise<string> {
  const driver = neo4j.driver(uri);
  const store = new Neo4jGraphStore(driver, { ownsDriver: true });
  try {
    return createHash('sha256')
      .update(JSON.stringify(await store.snapshot()))
      .digest('hex')
      .slice(0, 12);
  } finally {
    await store.close();
  }
}

function report(results: readonly RunResult[], trees: readonly Tree[]): void {
  for (const r of results) {
    console.log(
      `${r.tree}: ${(r.wallMs / 1000).toFixed(1)} s wall (ingest ${(r.ingestMs / 1000).toFixed(1)} s), ` +
        `${((r.articles * 1000) / r.wallMs).toFixed(1)} articles/s, snapshot ${r.snapshotHash}`,
    );
  }
  const names = new Set(results.flatMap((r) => Object.keys(r.timings)));
  const mean = (label: string, name: string, field: 'serverMs' | 'clientMs' | 'runs') => {
    const mine = results.filter((r) => r.tree === label);
    return mine.reduce((sum, r) => sum + (r.timings[name]?.[field] ?? 0), 0) / mine.length;
  };
  const rows = [...names]
    .map((name) => ({
      name,
      order: Math.max(...trees.map((t) => mean(t.label, name, 'clientMs'))),
    }))
    .filter((row) => row.order >= 50)
    .sort((a, b) => b.order - a.order);
  const header = trees.map((t) => `${t.label} runs/server/client ms`.padStart(32)).join('');
  console.log(`\n${'statement (mean per ingest)'.padEnd(42)}${header}`);
  for (const { name } of rows) {
    const cells = trees
      .map((t) =>
        `${mean(t.label, name, 'runs').toFixed(0)} / ${mean(t.label, name, 'serverMs').toFixed(0)} / ${mean(t.label, name, 'clientMs').toFixed(0)}`.padStart(
          32,
        ),
      )
      .join('');
    console.log(`${name.slice(0, 41).padEnd(42)}${cells}`);
  }
}

runComparison(() => {
  const { trees, runs, extra } = parseArgs(process.argv.slice(2));
  return {
    runs,
    trees,
    runOnce: (tree, cleanup) => ingestOnce(tree, extra, cleanup),
    describe: (result) => `${(result.wallMs / 1000).toFixed(1)} s, snapshot ${result.snapshotHash}`,
    report: (results) => report(results, trees),
  };
});
