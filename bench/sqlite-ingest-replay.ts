/**
 * One replay of a recorded extraction (bench/dump-extractions.ts) through a build's ingest
 * pipeline into a new SQLite file: reading, resolution, batched writes and the end-of-run passes,
 * as `newsgraph ingest --store sqlite` runs them on its main thread, with each result taken from
 * the dump instead of a worker. Prints one JSON line: the main thread's CPU and wall time for
 * the ingest and for the passes, and the ingest's summary. Run by bench/sqlite-replay-ab.ts.
 *
 *   npx tsx bench/sqlite-ingest-replay.ts --tree DIR --dump FILE --db FILE [--batch-size N]
 *     [--heap-growing-percent N]   (what the CLI's limitHeapGrowth sets; V8 chooses without it)
 */
import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { loadConfig as LoadConfig } from '../src/config';
import type { createApp as CreateApp } from '../src/app';
import type { ingestArticles as IngestArticles } from '../src/ingest/ingest-articles';
import type { readSources as ReadSources } from '../src/ingest/read-sources';
import type { reconcileAfterIngest as ReconcileAfterIngest } from '../src/ingest/reconcile-after-ingest';
import type { createResolver as CreateResolver } from '../src/resolve/create-resolver';
import type { ExtractionResult } from '../src/model/extraction';
import { BBC_NDJSON, SEED_ARTICLE } from './corpus';

/** The calling thread's CPU time in ms (Linux schedstat): the neighbours' load is not in it. */
function threadCpuMs(): number {
  const fd = openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
  const buffer = Buffer.alloc(128);
  const n = readSync(fd, buffer, 0, buffer.length, 0);
  return Number(buffer.toString('latin1', 0, n).split(' ')[0]) / 1e6;
}

/** Bytes this process has asked to write so far (Linux /proc/self/io `wchar`): WAL and checkpoints. */
function bytesWritten(): number {
  const line = readFileSync('/proc/self/io', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('wchar:'));
  return Number(line?.split(/\s+/)[1] ?? 0);
}

function arg(argv: readonly string[], name: string, fallback?: string): string {
  const i = argv.indexOf(name);
  const value = i >= 0 ? argv[i + 1] : fallback;
  if (!value)
    throw new Error(
      `usage: sqlite-ingest-replay --tree DIR --dump FILE --db FILE (${name} missing)`,
    );
  return value;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const batchSize = arg(argv, '--batch-size', 'default');
  const growing = arg(argv, '--heap-growing-percent', 'default');
  if (growing !== 'default') setFlagsFromString(`--heap-growing-percent=${Number(growing)}`);
  const tree = resolve(arg(argv, '--tree'));
  const dump = readFileSync(resolve(arg(argv, '--dump')), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ExtractionResult);
  const dist = join(tree, 'dist');
  // The tree's own build, whatever this script's sources say.
  const requireBuilt = createRequire(__filename);
  const load = <T>(path: string) => requireBuilt(join(dist, path)) as T;
  const { loadConfig } = load<{ loadConfig: typeof LoadConfig }>('config/index.js');
  const { createApp } = load<{ createApp: typeof CreateApp }>('app.js');
  const { ingestArticles } = load<{ ingestArticles: typeof IngestArticles }>(
    'ingest/ingest-articles.js',
  );
  const { readSources } = load<{ readSources: typeof ReadSources }>('ingest/read-sources.js');
  const { reconcileAfterIngest } = load<{ reconcileAfterIngest: typeof ReconcileAfterIngest }>(
    'ingest/reconcile-after-ingest.js',
  );
  const { createResolver } = load<{ createResolver: typeof CreateResolver }>(
    'resolve/create-resolver.js',
  );
  const config = loadConfig({
    NEWSGRAPH_STORE: 'sqlite',
    NEWSGRAPH_SQLITE_PATH: resolve(arg(argv, '--db')),
    LOG_LEVEL: 'warn',
  });
  const app = await createApp(config);
  let next = 0;
  // Results come back in input order, as the CLI's pool gives them.
  const extract = async (input: { id?: string }): Promise<ExtractionResult> => {
    const result = dump[next++];
    if (!result || (input.id !== undefined && input.id !== result.id)) {
      throw new Error(`the dump does not match the corpus at item ${next} (${input.id})`);
    }
    return result;
  };
  try {
    const wall0 = performance.now();
    const cpu0 = threadCpuMs();
    const written0 = bytesWritten();
    const summary = await ingestArticles(
      readSources([SEED_ARTICLE, BBC_NDJSON], { format: 'auto' }),
      {
        extract,
        resolve: (result, lookup) =>
          createResolver({ lookup, extractorVersion: result.extractor }).resolveArticle(result),
        store: app.store,
      },
      // As the CLI asks on two cores: twice the workers in flight; the build's own batch size
      // unless one is given.
      { concurrency: 4, ...(batchSize === 'default' ? {} : { batchSize: Number(batchSize) }) },
    );
    const wall1 = performance.now();
    const cpu1 = threadCpuMs();
    const written1 = bytesWritten();
    // What the CLI says here: statement timings (sqlite-statement-timings.mjs) start a new phase.
    process.stderr.write('ingest: reconciling entities across the graph (replay)\n');
    const merges = await reconcileAfterIngest(config.store, app.store);
    const wall2 = performance.now();
    const cpu2 = threadCpuMs();
    process.stdout.write(
      `${JSON.stringify({
        ingestCpuMs: cpu1 - cpu0,
        ingestWallMs: wall1 - wall0,
        ingestWrittenMb: (written1 - written0) / 2 ** 20,
        passesCpuMs: cpu2 - cpu1,
        passesWallMs: wall2 - wall1,
        passesWrittenMb: (bytesWritten() - written1) / 2 ** 20,
        merges,
        created: summary.created,
        duplicates: summary.duplicates,
        failed: summary.failed,
      })}\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
