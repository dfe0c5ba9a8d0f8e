import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliRunner } from './build-cli';
import type { Cleanup } from './cleanup';
import type { Figure } from './figure';
import { logProgress } from './progress-log';
import { perSecond } from './stats';

export const INGEST_TARGETS = {
  sqliteArticlesPerSecond: 500,
  neo4jArticlesPerSecond: 200,
  peakRssMb: 400,
} as const;

export interface IngestRun {
  /** Articles the CLI read: created, updated, unchanged, duplicate content and failed. */
  articles: number;
  created: number;
  failed: number;
  wallMs: number;
  peakRssMb: number;
  /** CPU seconds of the main thread and of the process (Linux only; see main-thread-cpu.mjs). */
  cpu?: IngestCpu;
}

interface IngestCpu {
  /** Main thread up to the end-of-run passes: reading, resolution, writes. */
  mainIngestS: number;
  /** Main thread in the end-of-run passes. */
  mainPassesS: number;
  /** Every thread up to the passes: the extraction workers included. */
  processIngestS: number;
}

interface CpuReading {
  mainCpuMs: number;
  processCpuMs: number;
}

interface IngestSummaryJson {
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  failed: number;
}

/**
 * Run `newsgraph ingest <inputs> --json` as its own process, exactly as a user would, and time
 * it from spawn to exit: start-up, migrations, reading, extraction on every core and writing.
 * Its peak RSS comes from the process itself at exit (report-max-rss.mjs), its CPU time by thread
 * from main-thread-cpu.mjs: on a shared machine the wall time measures the neighbours too.
 */
export async function runCliIngest(
  cli: CliRunner,
  inputs: readonly string[],
  env: Record<string, string>,
  cleanup: Cleanup,
): Promise<IngestRun> {
  const scratch = cleanup.directory(mkdtempSync(join(tmpdir(), 'newsgraph-bench-rss-')));
  const rssFile = join(scratch, 'max-rss-kb');
  const cpuFile = join(scratch, 'cpu.json');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(__dirname, 'report-max-rss.mjs')).href,
      '--import',
      pathToFileURL(join(__dirname, 'main-thread-cpu.mjs')).href,
      ...cli.nodeArgs,
      'ingest',
      ...inputs,
      '--json',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        ...env,
        NEWSGRAPH_BENCH_MAX_RSS_FILE: rssFile,
        NEWSGRAPH_MAIN_CPU: cpuFile,
      },
    },
  );
  cleanup.child(child);
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  const wallMs = performance.now() - started;
  // Exit status 1 means some items failed; the summary still says how many.
  if (code !== 0 && code !== 1) throw new Error(`newsgraph ingest exited with status ${code}`);
  const summary = JSON.parse(stdout) as IngestSummaryJson;
  const articles =
    summary.created + summary.updated + summary.unchanged + summary.duplicates + summary.failed;
  const peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  logProgress(
    `ingest: ${articles} articles (${summary.created} created, ${summary.failed} failed) in ${(wallMs / 1000).toFixed(1)} s, peak RSS ${peakRssMb.toFixed(0)} MB`,
  );
  const cpu = readCpu(cpuFile);
  return {
    articles,
    created: summary.created,
    failed: summary.failed,
    wallMs,
    peakRssMb,
    ...(cpu ? { cpu } : {}),
  };
}

function readCpu(file: string): IngestCpu | undefined {
  if (!existsSync(file)) return undefined;
  const { end, phase } = JSON.parse(readFileSync(file, 'utf8')) as {
    end: CpuReading;
    phase?: CpuReading;
  };
  const ingest = phase ?? end;
  return {
    mainIngestS: ingest.mainCpuMs / 1000,
    mainPassesS: (end.mainCpuMs - ingest.mainCpuMs) / 1000,
    processIngestS: ingest.processCpuMs / 1000,
  };
}

export function ingestFigures(store: 'SQLite' | 'Neo4j', run: IngestRun, scale = ''): Figure[] {
  const target =
    store === 'SQLite'
      ? INGEST_TARGETS.sqliteArticlesPerSecond
      : INGEST_TARGETS.neo4jArticlesPerSecond;
  const note = `${run.articles} articles, ${run.created} created, ${run.failed} failed, ${(run.wallMs / 1000).toFixed(1)} s wall`;
  return [
    {
      section: 'ingest',
      name: `CLI ingest into ${store}${scale}`,
      value: perSecond(run.articles, run.wallMs),
      unit: 'articles/s',
      target: { atLeast: target },
      note,
    },
    {
      section: 'ingest',
      name: `peak RSS of ingest into ${store}${scale}`,
      value: run.peakRssMb,
      unit: 'MB',
      target: { below: INGEST_TARGETS.peakRssMb },
    },
    ...(run.cpu ? [cpuFigure(store, run.cpu, scale)] : []),
  ];
}

/**
 * The main thread's CPU time: it resolves and writes in input order while the workers extract,
 * then runs the end-of-run passes alone, so it bounds the rate however many cores there are.
 * Unlike wall time, it hardly moves with the machine's other load.
 */
function cpuFigure(store: string, cpu: IngestCpu, scale: string): Figure {
  return {
    section: 'ingest',
    name: `main-thread CPU of ingest into ${store}${scale}`,
    value: cpu.mainIngestS + cpu.mainPassesS,
    unit: 's',
    note: `${cpu.mainIngestS.toFixed(1)} s to the end-of-run passes, ${cpu.mainPassesS.toFixed(1)} s in them; all threads to the passes ${cpu.processIngestS.toFixed(1)} s`,
  };
}

/**
 * Memory stays flat when the larger input's peak is within a margin of the smaller one's: GC
 * timing alone moves the high-water mark by some tens of MB between runs of the same input.
 */
export function rssGrowthFigure(small: IngestRun, large: IngestRun, times: number): Figure {
  return {
    section: 'ingest',
    name: `peak RSS growth, ${times}× input vs 1× (SQLite)`,
    value: large.peakRssMb / small.peakRssMb,
    unit: '×',
    target: { below: 1.25 },
    note: `${small.peakRssMb.toFixed(0)} MB → ${large.peakRssMb.toFixed(0)} MB`,
  };
}
