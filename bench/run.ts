/**
 * `npm run bench [-- --json] [-- --quick]`: measured figures on the BBC corpus plus the seed
 * article — extraction speed, CLI ingest speed and memory, and (when the API exists) GraphQL
 * latency — as a table on stdout (or one JSON document), progress on stderr. Figures are ratios
 * within one run first; absolute times move with whatever else the machine is doing.
 * See bench/README.md for what each figure means and where its target comes from.
 */
import { mkdtempSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchArgs } from './bench-args';
import { BENCH_USAGE, parseBenchArgs } from './bench-args';
import { buildCli } from './build-cli';
import type { CliRunner } from './build-cli';
import { Cleanup } from './cleanup';
import { BBC_NDJSON, SEED_ARTICLE, loadCorpus, writeRepeatedNdjson } from './corpus';
import { benchExtraction, extractWorkerScript } from './extraction-bench';
import type { Figure } from './figure';
import { figuresAsJson, formatTable } from './format-table';
import type { IngestRun } from './ingest-bench';
import { ingestFigures, rssGrowthFigure, runCliIngest } from './ingest-bench';
import { emptyNeo4j } from './empty-neo4j';
import { startNeo4j } from './neo4j-server';
import { logProgress } from './progress-log';
import { benchApi } from './api-bench';

const REPO_ROOT = resolve(__dirname, '..');
const LARGER_INPUT_TIMES = 10;

async function main(args: BenchArgs): Promise<void> {
  const cleanup = new Cleanup();
  cleanup.installSignalHandlers();
  const figures: Figure[] = [];
  const loadBefore = loadavg()[0] ?? 0;
  const started = Date.now();
  try {
    const scratch = cleanup.directory(mkdtempSync(join(tmpdir(), 'newsgraph-bench-')));
    const cli = buildCli(REPO_ROOT);
    const corpus = await loadCorpus([SEED_ARTICLE, BBC_NDJSON]);
    const sample = args.extractionLimit ? corpus.slice(0, args.extractionLimit) : corpus;
    figures.push(
      ...(await benchExtraction({ articles: sample, workerScript: extractWorkerScript(cli.root) })),
    );

    const sqlitePath = join(scratch, 'bench.db');
    logProgress('ingest: seed + BBC into SQLite');
    const sqliteRun = await ingestSqlite(cli, [SEED_ARTICLE, BBC_NDJSON], sqlitePath, cleanup);
    figures.push(...ingestFigures('SQLite', sqliteRun));
    if (!args.quick) figures.push(...(await benchLargerInput(cli, scratch, sqliteRun, cleanup)));

    let neo4jUri: string | undefined;
    if (args.neo4j) {
      const neo4j = await startNeo4j(REPO_ROOT, cleanup);
      neo4jUri = neo4j.uri;
      logProgress('ingest: seed + BBC into Neo4j');
      const run = await runCliIngest(
        cli,
        [SEED_ARTICLE, BBC_NDJSON],
        { NEWSGRAPH_STORE: 'neo4j', NEO4J_URI: neo4j.uri },
        cleanup,
      );
      figures.push(...ingestFigures('Neo4j', run));
      if (!args.quick) {
        // A production server runs for days: half of a fresh JVM's CPU in the first run is its
        // JIT compiling Neo4j. The same ingest again, into the emptied database, on that server.
        logProgress('ingest: seed + BBC into Neo4j again, on the warmed server');
        await emptyNeo4j(neo4j.uri);
        const warm = await runCliIngest(
          cli,
          [SEED_ARTICLE, BBC_NDJSON],
          { NEWSGRAPH_STORE: 'neo4j', NEO4J_URI: neo4j.uri },
          cleanup,
        );
        figures.push(...ingestFigures('Neo4j', warm, ', warmed server (second run)'));
      }
    }
    if (args.api) {
      figures.push(
        ...(await benchApi({
          repoRoot: REPO_ROOT,
          cli,
          sqlitePath,
          neo4jUri,
          cleanup,
          durationSeconds: args.quick ? 5 : 10,
        })),
      );
    }
  } finally {
    await cleanup.run();
  }
  const context = {
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      loadAverageAtStart: Number(loadBefore.toFixed(2)),
      loadAverageAtEnd: Number((loadavg()[0] ?? 0).toFixed(2)),
      sharedWithOtherWork: true,
    },
    elapsedSeconds: Math.round((Date.now() - started) / 1000),
    options: args,
  };
  if (args.json) {
    process.stdout.write(`${JSON.stringify(figuresAsJson(figures, context), null, 2)}\n`);
    return;
  }
  process.stdout.write(formatTable(figures));
  process.stdout.write(
    `\n${context.machine.cores} cores (${context.machine.cpu}), load average ${context.machine.loadAverageAtStart} at start and ${context.machine.loadAverageAtEnd} at end; ` +
      `${context.elapsedSeconds} s in all. Absolute rates move with other work on the machine; compare ratios within one run.\n`,
  );
}

function ingestSqlite(
  cli: CliRunner,
  inputs: readonly string[],
  sqlitePath: string,
  cleanup: Cleanup,
): Promise<IngestRun> {
  return runCliIngest(
    cli,
    inputs,
    { NEWSGRAPH_STORE: 'sqlite', NEWSGRAPH_SQLITE_PATH: sqlitePath },
    cleanup,
  );
}

/** The same ingest on the corpus repeated 10× with new ids: memory must not follow input size. */
async function benchLargerInput(
  cli: CliRunner,
  scratch: string,
  base: IngestRun,
  cleanup: Cleanup,
): Promise<Figure[]> {
  const larger = join(scratch, `bbc-x${LARGER_INPUT_TIMES}.ndjson`);
  const records = await writeRepeatedNdjson(BBC_NDJSON, larger, LARGER_INPUT_TIMES);
  logProgress(
    `ingest: ${records} articles (BBC ×${LARGER_INPUT_TIMES}, new ids) + seed into SQLite`,
  );
  const run = await ingestSqlite(
    cli,
    [SEED_ARTICLE, larger],
    join(scratch, `bench-x${LARGER_INPUT_TIMES}.db`),
    cleanup,
  );
  return [
    ...ingestFigures('SQLite', run, `, ${LARGER_INPUT_TIMES}× input`),
    rssGrowthFigure(base, run, LARGER_INPUT_TIMES),
  ];
}

let parsed: BenchArgs;
try {
  parsed = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(2);
}
if (parsed.help) {
  process.stdout.write(`${BENCH_USAGE}\n`);
} else {
  main(parsed).catch((error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
