import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { createApp } from '../../app';
import { loadConfig, type Config } from '../../config';
import type { IngestOptions as PipelineOptions, IngestSummary } from '../../ingest/ingest-articles';
import {
  DEFAULT_WORKER_MEMORY_MB,
  extractionHeapLimits,
  MIN_WORKER_MEMORY_MB,
  WORKER_RECYCLE_HEAP_MB,
} from '../../ingest/extraction-heap-limits';
import { extractAheadOf, ingestArticles } from '../../ingest/ingest-articles';
import { DEFAULT_BATCH_SIZE } from '../../ingest/ingest-group';
import { limitHeapGrowth } from '../../ingest/limit-heap-growth';
import { reconcileAfterIngest } from '../../ingest/reconcile-after-ingest';
import { createProgressReporter } from '../../ingest/progress';
import { planSources, readPlannedSources } from '../../ingest/read-sources';
import { createWorkerPool, type WorkerHeapLimits } from '../../ingest/worker-pool';
import type { ArticleInput } from '../../model/article-input';
import type { ExtractionResult } from '../../model/extraction';
import { createResolver } from '../../resolve/create-resolver';
import type { GraphStore } from '../../store/graph-store';
import type { CliContext } from '../cli-context';
import { printJson } from '../cli-context';

interface IngestOptions {
  format: 'auto' | 'text' | 'html' | 'json' | 'ndjson';
  store?: 'sqlite' | 'neo4j';
  concurrency: string;
  errorsFile?: string;
  dryRun?: boolean;
  json?: boolean;
  storeRetries: string;
  workerMemory: string;
  batchSize: string;
}

/** `newsgraph ingest`: read, extract on every core, resolve and write in order, report. */
export function ingestCommand(ctx: CliContext): Command {
  return new Command('ingest')
    .description('ingest articles from files, directories, globs or - (stdin, NDJSON)')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin')
    .addOption(
      new Option('--format <format>', 'input format')
        .choices(['auto', 'text', 'html', 'json', 'ndjson'])
        .default('auto'),
    )
    .addOption(
      new Option('--store <store>', 'override NEWSGRAPH_STORE').choices(['sqlite', 'neo4j']),
    )
    .option(
      '--concurrency <n>',
      'extraction worker threads',
      String(Math.max(1, availableParallelism())),
    )
    .option('--errors-file <file>', 'write failed items (origin, id, code, message) as NDJSON')
    .option('--dry-run', 'extract only; write nothing to the store')
    .option(
      '--store-retries <n>',
      'retries, with exponential back-off, of a store operation while the store is unavailable',
      '5',
    )
    .option(
      '--worker-memory <mb>',
      'heap limit of each extraction worker, in MB; an article that needs more fails with RESOURCE_LIMIT instead of exhausting memory',
      String(DEFAULT_WORKER_MEMORY_MB),
    )
    .option(
      '--batch-size <n>',
      'most articles written in one store transaction (a batch is also written once its first article has waited 500 ms)',
      String(DEFAULT_BATCH_SIZE),
    )
    .option('--json', 'print the summary as one JSON document on stdout')
    .action(async (inputs: string[], options: IngestOptions) => {
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new Error(
          `--concurrency must be a positive whole number, found ${options.concurrency}`,
        );
      }
      const storeRetries = Number(options.storeRetries);
      if (!Number.isInteger(storeRetries) || storeRetries < 0) {
        throw new Error(
          `--store-retries must be a whole number, 0 or more, found ${options.storeRetries}`,
        );
      }
      const workerMemory = Number(options.workerMemory);
      if (!Number.isInteger(workerMemory) || workerMemory < MIN_WORKER_MEMORY_MB) {
        throw new Error(
          `--worker-memory must be a whole number of MB, ${MIN_WORKER_MEMORY_MB} or more, found ${options.workerMemory}`,
        );
      }
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) {
        throw new Error(`--batch-size must be a positive whole number, found ${options.batchSize}`);
      }
      const env = options.store ? { ...ctx.env, NEWSGRAPH_STORE: options.store } : ctx.env;
      const summary = await runIngest(ctx, loadConfig(env), inputs, {
        ...options,
        concurrency,
        storeRetries,
        batchSize,
        heapLimits: extractionHeapLimits(workerMemory),
      });
      if (options.errorsFile) await writeErrorsFile(options.errorsFile, summary);
      if (options.json) printJson(ctx, summary);
      else ctx.stdout.write(formatSummary(summary, options.dryRun === true));
      if (summary.failed > 0) ctx.setExitCode(1);
    });
}

type IngestRunSummary = IngestSummary & {
  reconciledEntities: number;
  elapsedSeconds: number;
  articlesPerSecond: number;
};

async function runIngest(
  ctx: CliContext,
  config: ReturnType<typeof loadConfig>,
  inputs: string[],
  options: Omit<IngestOptions, 'concurrency' | 'storeRetries' | 'batchSize'> & {
    concurrency: number;
    storeRetries: number;
    batchSize: number;
    heapLimits: WorkerHeapLimits;
  },
): Promise<IngestRunSummary> {
  const started = Date.now();
  // This process does one thing, a long ingest: its peak RSS should follow live data, not GC timing.
  limitHeapGrowth();
  // Expanded up front: with only regular files named, the input's size gives progress an ETA.
  const plan = await planSources(inputs);
  const app = await createApp(config);
  const abort = new AbortController();
  // Once started, the bar hides the cursor: quitting at once must give it back.
  let stopProgress = (): void => undefined;
  const onSignal = () => {
    if (abort.signal.aborted) {
      stopProgress();
      process.exit(130);
    }
    ctx.stderr.write(
      '\ninterrupted: finishing the articles in flight (Ctrl-C again to quit now)\n',
    );
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const ingestOptions: PipelineOptions = {
    concurrency: options.concurrency * 2,
    storeRetries: options.storeRetries,
    batchSize: options.batchSize,
    ...(options.dryRun ? { dryRun: true } : {}),
  };
  // Every article extracted ahead is posted to a worker at once: a synchronous SQLite batch
  // keeps the main thread from handing out work until it is written.
  const tasksPerWorker = Math.ceil(extractAheadOf(ingestOptions) / options.concurrency);
  const extract = await createExtractorRunner(
    options.concurrency,
    options.heapLimits,
    tasksPerWorker,
  );
  const progress = createProgressReporter(
    ctx.stderr,
    plan.totalBytes === undefined ? {} : { totalBytes: plan.totalBytes },
  );
  stopProgress = () => progress.stop();
  try {
    const summary = await ingestArticles(
      readPlannedSources(plan, { format: options.format, signal: abort.signal }),
      {
        extract: extract.run,
        // The ingest passes a lookup that also sees the articles waiting in its write batch.
        // The version recorded is the one that extracted the result (the workers' extractor).
        resolve: (result, lookup) =>
          createResolver({ lookup, extractorVersion: result.extractor }).resolveArticle(result),
        store: app.store,
        onItem: (report, item) => progress.item(report, item.bytesRead),
        signal: abort.signal,
      },
      ingestOptions,
    );
    // The workers' memory (a model each) is given back before the end-of-run pass reads the graph.
    await extract.close();
    const reconciledEntities =
      options.dryRun || summary.interrupted
        ? 0
        : await reconcileWithProgress(config, app.store, ctx.stderr, progress);
    const elapsedSeconds = (Date.now() - started) / 1000;
    const processed =
      summary.created +
      summary.updated +
      summary.unchanged +
      summary.duplicates +
      summary.extracted;
    return {
      ...summary,
      reconciledEntities,
      elapsedSeconds,
      articlesPerSecond: processed / Math.max(elapsedSeconds, 1e-3),
    };
  } finally {
    progress.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await extract.close();
    await app.close();
  }
}

/**
 * The end-of-run pass, which reads the whole graph and takes seconds on a large store: says that
 * it runs and what each round merged, after the ingest's progress output has stopped.
 */
async function reconcileWithProgress(
  config: Config,
  store: GraphStore,
  stderr: NodeJS.WritableStream,
  progress: { stop(): void },
): Promise<number> {
  progress.stop();
  stderr.write('ingest: reconciling entities across the graph (surnames, types, name variants)\n');
  return reconcileAfterIngest(config.store, store, ({ round, merges, seconds }) =>
    stderr.write(
      `ingest: reconciliation round ${round}: ${merges} merges in ${seconds.toFixed(1)}s\n`,
    ),
  );
}

/**
 * One worker thread per core; a single in-process extractor when asked for one (the heap limits
 * apply to workers only: the process's own heap is Node's to size). With workers, the main
 * thread never loads the extractor's modules (wink-nlp's model, gazetteers, tagger, rules): about
 * 20 MB of live heap it would carry, with its GC headroom, through the whole run.
 */
async function createExtractorRunner(
  concurrency: number,
  heapLimits: WorkerHeapLimits,
  tasksPerWorker: number,
): Promise<{
  run: (input: ArticleInput) => Promise<ExtractionResult>;
  close: () => Promise<void>;
}> {
  if (concurrency === 1) {
    const { createDefaultExtractor } = await import('../../extract/default-extractor');
    const extract = createDefaultExtractor();
    return { run: async (input) => extract(input), close: async () => undefined };
  }
  const pool = createWorkerPool<ArticleInput, ExtractionResult>(
    join(__dirname, '..', '..', 'ingest', 'extract-worker'),
    concurrency,
    { heapLimits, recycleAboveHeapMb: WORKER_RECYCLE_HEAP_MB, tasksPerWorker },
  );
  return { run: (input) => pool.run(input), close: () => pool.close() };
}

async function writeErrorsFile(file: string, summary: IngestSummary): Promise<void> {
  const lines = summary.failures.map((f) => JSON.stringify(f));
  await writeFile(file, lines.length > 0 ? `${lines.join('\n')}\n` : '');
}

function formatSummary(s: IngestRunSummary, dryRun: boolean): string {
  const lines = [
    `${s.interrupted ? 'Interrupted' : 'Done'} in ${s.elapsedSeconds.toFixed(1)} s (${s.articlesPerSecond.toFixed(1)} articles/s)`,
    dryRun
      ? `Articles: ${s.extracted} extracted (dry run: nothing written), ${s.failed} failed`
      : `Articles: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.duplicates} duplicate content, ${s.failed} failed`,
    `Extracted: ${s.entities} entities, ${s.statements} statements, ${s.quotes} quotes, ${s.tokens} tokens`,
    ...s.failures.map(
      (f) =>
        `  failed ${f.origin}${f.articleId ? ` (${f.articleId})` : ''}: [${f.code}] ${f.message}`,
    ),
  ];
  if (s.reconciledEntities > 0)
    lines.push(
      `Reconciled: ${s.reconciledEntities} entities merged into the one they name: lone surnames, mistyped names, name variants (recorded merges, undoable)`,
    );
  if (s.interrupted)
    lines.push('Run the same command again to finish: stored articles are skipped.');
  return `${lines.join('\n')}\n`;
}
