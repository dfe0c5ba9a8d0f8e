/**
 * A/B of the main thread's half of `newsgraph ingest --store sqlite` between two builds, within
 * one run of this script so both see the same machine load:
 *
 *   npx tsx bench/dump-extractions.ts --tree /work/main --out /tmp/me/extractions.ndjson
 *   npx tsx bench/sqlite-replay-ab.ts --dump /tmp/me/extractions.ndjson \
 *     --tree A=/tmp/ab/A --tree B=/work/main --runs 3
 *
 * Each run replays the recorded extraction through one build's pipeline into a new SQLite file
 * (bench/sqlite-ingest-replay.ts, its own process), alternating the order (AB, BA, …): no
 * workers, so the main thread's CPU time for resolution and writes, and for the end-of-run
 * passes, is measured alone. Then the graph's snapshot and tables are hashed: builds that should
 * write the same graph show the same hashes.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Cleanup } from './cleanup';
import { hashSnapshot, hashTables } from './sqlite-graph-hash';
import { runComparison, treeArgument } from './alternate';

interface Tree {
  label: string;
  dir: string;
}

interface ReplayResult {
  ingestCpuMs: number;
  ingestWallMs: number;
  passesCpuMs: number;
  passesWallMs: number;
  merges: number;
  created: number;
}

interface RunResult extends ReplayResult {
  tree: string;
  /** Main-thread CPU ms per SQL text (with --statements). */
  statements?: Record<string, { runs: number; cpuMs: number }>;
  snapshotHash: string;
  tablesHash: string;
}

function parseArgs(argv: readonly string[]) {
  const trees: Tree[] = [];
  let runs = 2;
  let dump: string | undefined;
  let statements = false;
  for (let i = 0; i < argv.length; i += 1) {
    const [arg, value] = [argv[i], argv[i + 1]];
    if (arg === '--statements') {
      statements = true;
      continue;
    }
    if (arg === '--tree' && value) {
      trees.push(treeArgument(value));
    } else if (arg === '--runs' && value) runs = Number(value);
    else if (arg === '--dump' && value) dump = resolve(value);
    else
      throw new Error(
        `unknown argument ${arg} (expected --tree L=DIR, --runs N, --dump FILE, --statements)`,
      );
    i += 1;
  }
  if (trees.length === 0 || !dump) throw new Error('give --dump FILE and at least one --tree');
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs expects a whole number ≥ 1');
  return { trees, runs, dump, statements };
}

async function replayOnce(
  tree: Tree,
  options: { dump: string; statements: boolean },
  cleanup: Cleanup,
): Promise<RunResult> {
  const scratch = cleanup.directory(mkdtempSync(join(tmpdir(), 'newsgraph-replay-ab-')));
  const db = join(scratch, 'graph.db');
  const timingsFile = join(scratch, 'sqlite-timings.json');
  const preload = options.statements
    ? ['--import', pathToFileURL(join(__dirname, 'sqlite-statement-timings.mjs')).href]
    : [];
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      ...preload,
      join(__dirname, 'sqlite-ingest-replay.ts'),
      '--tree',
      tree.dir,
      '--dump',
      options.dump,
      '--db',
      db,
    ],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
      env: {
        ...process.env,
        ...(options.statements ? { NEWSGRAPH_SQLITE_TIMINGS: timingsFile } : {}),
      },
    },
  );
  cleanup.child(child);
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${tree.label}: replay exited with ${code}`);
  const result = JSON.parse(stdout) as ReplayResult;
  const timings = options.statements
    ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as { statements: RunResult['statements'] })
    : undefined;
  return {
    ...result,
    ...(timings?.statements ? { statements: timings.statements } : {}),
    tree: tree.label,
    snapshotHash: await hashSnapshot(db),
    tablesHash: hashTables(db),
  };
}

const s = (ms: number) => (ms / 1000).toFixed(2);

/** Mean main-thread CPU of each build per replay, with the hashes of what it wrote. */
function report(results: readonly RunResult[], trees: readonly Tree[], statements: boolean): void {
  console.log('\nmean main-thread CPU per replay');
  for (const tree of trees) {
    const mine = results.filter((r) => r.tree === tree.label);
    const mean = (f: (r: RunResult) => number) =>
      mine.reduce((sum, r) => sum + f(r), 0) / mine.length;
    const hashes = (f: (r: RunResult) => string) => [...new Set(mine.map(f))].join(',');
    console.log(
      `${tree.label.padEnd(6)} ingest ${s(mean((r) => r.ingestCpuMs))} s, passes ${s(mean((r) => r.passesCpuMs))} s, ` +
        `snapshot ${hashes((r) => r.snapshotHash)}, tables ${hashes((r) => r.tablesHash)}`,
    );
  }
  if (statements) reportStatements(results, trees);
}

/** Mean main-thread CPU per statement and replay, the costliest first (over 20 ms only). */
function reportStatements(results: readonly RunResult[], trees: readonly Tree[]): void {
  const mean = (label: string, name: string, field: 'cpuMs' | 'runs') => {
    const mine = results.filter((r) => r.tree === label);
    return mine.reduce((sum, r) => sum + (r.statements?.[name]?.[field] ?? 0), 0) / mine.length;
  };
  const names = [...new Set(results.flatMap((r) => Object.keys(r.statements ?? {})))]
    .map((name) => ({ name, order: Math.max(...trees.map((t) => mean(t.label, name, 'cpuMs'))) }))
    .filter((row) => row.order >= 20)
    .sort((a, b) => b.order - a.order);
  console.log(
    `\n${'statement (mean per replay)'.padEnd(72)}${trees.map((t) => `${t.label} runs / CPU ms`.padStart(24)).join('')}`,
  );
  for (const { name } of names) {
    const cells = trees.map((t) =>
      `${mean(t.label, name, 'runs').toFixed(0)} / ${mean(t.label, name, 'cpuMs').toFixed(0)}`.padStart(
        24,
      ),
    );
    console.log(`${name.slice(0, 71).padEnd(72)}${cells.join('')}`);
  }
}

runComparison(() => {
  const { trees, runs, dump, statements } = parseArgs(process.argv.slice(2));
  return {
    runs,
    trees,
    runOnce: (tree, cleanup) => replayOnce(tree, { dump, statements }, cleanup),
    describe: (r) =>
      `ingest ${s(r.ingestCpuMs)} s CPU (${s(r.ingestWallMs)} s wall), ` +
      `passes ${s(r.passesCpuMs)} s CPU (${s(r.passesWallMs)} s wall), ${r.created} created, ` +
      `${r.merges} merges, snapshot ${r.snapshotHash}, tables ${r.tablesHash}`,
    report: (results) => report(results, trees, statements),
  };
});
