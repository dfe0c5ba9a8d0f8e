/**
 * A/B of `newsgraph ingest --store sqlite` between two builds (for instance HEAD before a change
 * and the working tree), within one run of this script so both see the same machine load:
 *
 *   npx tsx bench/sqlite-ingest-ab.ts --tree A=/tmp/ab/A --tree B=/work/main --runs 3
 *   npx tsx bench/sqlite-ingest-ab.ts --tree A=/w --tree B=/w --tree-args B="--batch-size 200"
 *
 * A tree is a build as `npm run build` lays it out (`dist/` and `node_modules` reachable from
 * it). Runs alternate the order (AB, BA, …); each ingests seed + BBC into a new SQLite file and
 * is timed from spawn to exit. Wall time on a shared machine measures the neighbours too, so each
 * run also reports its main thread's CPU time and the whole process's, before and during the
 * end-of-run passes (bench/main-thread-cpu.mjs). After each run the store's snapshot is hashed,
 * and every table too (timestamps, merge ids and row ids masked), so two builds that should
 * write the same graph can be seen to.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Cleanup } from './cleanup';
import { BBC_NDJSON, SEED_ARTICLE } from './corpus';
import { hashSnapshot, hashTables } from './sqlite-graph-hash';
import { runComparison, treeArgument } from './alternate';

interface Tree {
  label: string;
  dir: string;
  /** Ingest arguments of this tree only (--tree-args L="--batch-size 200"). */
  args: string[];
}

interface Reading {
  wallMs: number;
  mainCpuMs: number;
  /** Time the main thread was runnable but waited for a CPU (the neighbours' share). */
  mainRunQueueMs: number;
  processCpuMs: number;
}

interface RunResult {
  tree: string;
  wallMs: number;
  articles: number;
  /** Main-thread and process CPU up to the end-of-run passes, and over the whole run. */
  ingest: Reading;
  end: Reading;
  snapshotHash: string;
  tablesHash: string;
  sqliteMs?: number;
}

function parseArgs(argv: readonly string[]) {
  const trees: Tree[] = [];
  let runs = 2;
  let statements = false;
  const extra: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--tree' && value) {
      trees.push({ ...treeArgument(value), args: [] });
      i += 1;
    } else if (arg === '--tree-args' && value) {
      const [label, ...rest] = value.split('=');
      const tree = trees.find((t) => t.label === label);
      if (!tree) throw new Error(`--tree-args ${value}: give --tree ${label}=DIR first`);
      tree.args.push(...rest.join('=').split(' ').filter(Boolean));
      i += 1;
    } else if (arg === '--runs' && value) {
      runs = Number(value);
      i += 1;
    } else if (arg === '--statements') {
      statements = true;
    } else if (arg === '--') {
      extra.push(...argv.slice(i + 1));
      break;
    } else {
      throw new Error(
        `unknown argument ${arg} (expected --tree L=DIR, --tree-args L=ARGS, --runs N, --statements, -- ingest args)`,
      );
    }
  }
  if (trees.length === 0) throw new Error('give at least one --tree LABEL=DIR');
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a whole number ≥ 1`);
  return { trees, runs, statements, extra };
}

async function ingestOnce(
  tree: Tree,
  options: { statements: boolean; extra: readonly string[] },
  cleanup: Cleanup,
): Promise<RunResult> {
  const scratch = cleanup.directory(mkdtempSync(join(tmpdir(), 'newsgraph-sqlite-ab-')));
  const cpuFile = join(scratch, 'cpu.json');
  const timingsFile = join(scratch, 'sqlite-timings.json');
  const dbFile = join(scratch, 'graph.db');
  const preloads = [
    'main-thread-cpu.mjs',
    ...(options.statements ? ['sqlite-statement-timings.mjs'] : []),
  ];
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...preloads.flatMap((file) => ['--import', pathToFileURL(join(__dirname, file)).href]),
      join(tree.dir, 'dist', 'cli', 'index.js'),
      'ingest',
      SEED_ARTICLE,
      BBC_NDJSON,
      '--store',
      'sqlite',
      '--json',
      ...options.extra,
      ...tree.args,
    ],
    {
      cwd: tree.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        NEWSGRAPH_SQLITE_PATH: dbFile,
        NEWSGRAPH_MAIN_CPU: cpuFile,
        ...(options.statements ? { NEWSGRAPH_SQLITE_TIMINGS: timingsFile } : {}),
      },
    },
  );
  cleanup.child(child);
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  // Progress bars are not wanted here; the end-of-run pass's lines are.
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    if (/reconcil|error|Error/.test(chunk)) process.stderr.write(chunk);
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  const wallMs = performance.now() - started;
  if (code !== 0 && code !== 1) throw new Error(`${tree.label}: ingest exited with ${code}`);
  const summary = JSON.parse(stdout) as Record<string, number>;
  const articles = ['created', 'updated', 'unchanged', 'duplicates', 'failed'].reduce(
    (sum, key) => sum + (summary[key] ?? 0),
    0,
  );
  const cpu = JSON.parse(readFileSync(cpuFile, 'utf8')) as { end: Reading; phase?: Reading };
  const sqliteMs = options.statements
    ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as { totalMs: number }).totalMs
    : undefined;
  return {
    tree: tree.label,
    wallMs,
    articles,
    ingest: cpu.phase ?? cpu.end,
    end: cpu.end,
    snapshotHash: await hashSnapshot(dbFile),
    tablesHash: hashTables(dbFile),
    ...(sqliteMs === undefined ? {} : { sqliteMs }),
  };
}

function describe(r: RunResult): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const sql = r.sqliteMs === undefined ? '' : `, SQLite ${s(r.sqliteMs)} s`;
  return (
    `${s(r.wallMs)} s wall, ${((r.articles * 1000) / r.wallMs).toFixed(1)} articles/s; ` +
    `to the end-of-run passes ${s(r.ingest.wallMs)} s wall, main thread ${s(r.ingest.mainCpuMs)} s CPU ` +
    `(${s(r.ingest.mainRunQueueMs)} s waiting for a CPU), ` +
    `process ${s(r.ingest.processCpuMs)} s CPU; passes: main ${s(r.end.mainCpuMs - r.ingest.mainCpuMs)} s CPU${sql}; ` +
    `snapshot ${r.snapshotHash}, tables ${r.tablesHash}`
  );
}

function report(results: readonly RunResult[], trees: readonly Tree[]): void {
  const mean = (rows: readonly RunResult[], f: (r: RunResult) => number) =>
    rows.reduce((sum, r) => sum + f(r), 0) / rows.length;
  console.log('\nmean per tree');
  for (const tree of trees) {
    const mine = results.filter((r) => r.tree === tree.label);
    const f = (g: (r: RunResult) => number) => (mean(mine, g) / 1000).toFixed(2).padStart(7);
    console.log(
      `${tree.label.padEnd(6)} wall ${f((r) => r.wallMs)} s, articles/s ${mean(mine, (r) => (r.articles * 1000) / r.wallMs).toFixed(1)}, ` +
        `ingest wall ${f((r) => r.ingest.wallMs)} s, ingest main CPU ${f((r) => r.ingest.mainCpuMs)} s, ` +
        `ingest main run queue ${f((r) => r.ingest.mainRunQueueMs)} s, ` +
        `ingest process CPU ${f((r) => r.ingest.processCpuMs)} s, passes main CPU ${f((r) => r.end.mainCpuMs - r.ingest.mainCpuMs)} s, ` +
        `snapshots ${[...new Set(mine.map((r) => r.snapshotHash))].join(',')} tables ${[...new Set(mine.map((r) => r.tablesHash))].join(',')}`,
    );
  }
}

runComparison(() => {
  const { trees, runs, statements, extra } = parseArgs(process.argv.slice(2));
  return {
    runs,
    trees,
    runOnce: (tree, cleanup) => ingestOnce(tree, { statements, extra }, cleanup),
    describe,
    report: (results) => report(results, trees),
  };
});
