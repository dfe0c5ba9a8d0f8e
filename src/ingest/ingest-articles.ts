import type { ArticleInput } from '../model/article-input';
import type { ExtractionResult } from '../model/extraction';
import type { ArticleGraph } from '../model/graph';
import type { EntityLookup } from '../resolve/entity-lookup';
import type { GraphStore, UpsertStatus } from '../store/graph-store';
import { batchSizeOf, ingestGroup, type GroupContext } from './ingest-group';
import { mapOrdered, type Outcome } from './map-ordered';
import { stopWhenAborted } from './stop-when-aborted';
import { PendingBatchLookup } from './pending-batch-lookup';

const DEFAULT_BATCH_DELAY_MS = 500;

/**
 * One item read from the input: an article, or a reason it could not be read. `bytesRead`, when
 * the reader counts it, is how many input bytes (over all inputs, in order) had been read once
 * this item was: progress by bytes works for inputs whose size is known up front.
 */
export type SourceItem = (
  { ok: true; input: ArticleInput; origin: string } | { ok: false; origin: string; error: Error }
) & { bytesRead?: number };

export interface IngestDeps {
  /** CPU-bound; usually a worker pool. */
  extract: (input: ArticleInput) => Promise<ExtractionResult>;
  /**
   * Resolution against `lookup`: the store as it will be once the articles before this one are
   * written (they may still wait in a batch).
   */
  resolve: (result: ExtractionResult, lookup: EntityLookup) => Promise<ArticleGraph>;
  store: GraphStore;
  /** Called once per source item, in input order, once it is written (or failed). */
  onItem?: (report: ItemReport, item: SourceItem) => void;
  /**
   * Aborting stops reading new items at once, even while a read is pending (an idle stdin):
   * the items already read are still extracted and written; the pending one is left unread.
   */
  signal?: AbortSignal;
  /** Waits between store retries; injected so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

export interface IngestOptions {
  concurrency: number;
  dryRun?: boolean;
  /** How often a store write is retried when the store is unavailable. */
  storeRetries?: number;
  /** Most articles written in one store transaction (default DEFAULT_BATCH_SIZE, 200). */
  batchSize?: number;
  /**
   * Most articles extracted ahead of the writer (default: a batch, and at least four per unit
   * of concurrency). The workers keep extracting while a batch is resolved and written, which
   * takes the main thread about as long as extracting a batch takes the workers: with less
   * ahead than a batch they sit idle through every write. It also bounds what they may hold
   * meanwhile, so memory stays flat however slow the store is.
   */
  extractAhead?: number;
  /**
   * Longest an extracted article waits for its batch to fill before it is written (default
   * 500 ms). Larger batches mean fewer transactions, index flushes and look-up round trips
   * (measured on the BBC ingest into SQLite under load: 100 ms → 500 ms, about 20 % faster).
   */
  batchDelayMs?: number;
}

export type ItemStatus = UpsertStatus | 'duplicate' | 'failed' | 'extracted';

export interface ItemReport {
  origin: string;
  articleId?: string;
  status: ItemStatus;
  error?: { code: string; message: string };
  entities: number;
  statements: number;
  quotes: number;
  tokens: number;
}

export interface IngestSummary {
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  /** Articles extracted and not written: a dry run's articles. */
  extracted: number;
  failed: number;
  entities: number;
  statements: number;
  quotes: number;
  tokens: number;
  failures: { origin: string; articleId?: string; code: string; message: string }[];
  interrupted: boolean;
}

/**
 * Extract in parallel, then resolve and write in input order, in batches (one store transaction
 * each). Writing in order makes the store's end state independent of timing and of where batches
 * are cut: a resumed run (already-stored content hashes are skipped) ends exactly where an
 * uninterrupted one would. A batch is cut at `batchSize` articles or once its first article has
 * waited `batchDelayMs`; extraction runs a little ahead meanwhile, and no further, so memory
 * stays flat whatever the input size.
 */
export async function ingestArticles(
  source: AsyncIterable<SourceItem>,
  deps: IngestDeps,
  options: IngestOptions,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const batchSize = batchSizeOf(options);
  const delayMs = options.batchDelayMs ?? DEFAULT_BATCH_DELAY_MS;
  const ctx: GroupContext = {
    deps,
    options,
    seenHashes: new Set(),
    lookup: new PendingBatchLookup(deps.store),
  };
  const extracted = mapOrdered(
    stopWhenAborted(source, deps.signal),
    async (item) => (item.ok ? deps.extract(item.input) : Promise.reject(item.error)),
    extractAheadOf(options),
  );

  let group: Outcome<SourceItem, ExtractionResult>[] = [];
  let groupStarted = 0;
  const writeGroup = async () => {
    // ingestGroup returns one report per outcome, in order.
    const reports = await ingestGroup(group, ctx);
    reports.forEach((report, i) => {
      addToSummary(summary, report);
      deps.onItem?.(report, (group[i] as Outcome<SourceItem, ExtractionResult>).item);
    });
    group = [];
  };
  for await (const outcome of extracted) {
    if (group.length === 0) groupStarted = Date.now();
    group.push(outcome);
    if (group.length >= batchSize || Date.now() - groupStarted >= delayMs) await writeGroup();
  }
  if (group.length > 0) await writeGroup();
  summary.interrupted = deps.signal?.aborted ?? false;
  return summary;
}

/** How many articles ingestArticles extracts ahead of the writer with these options. */
export function extractAheadOf(options: IngestOptions): number {
  return Math.max(
    1,
    options.extractAhead ?? Math.max(options.concurrency * 4, batchSizeOf(options)),
  );
}

function emptySummary(): IngestSummary {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    extracted: 0,
    failed: 0,
    entities: 0,
    statements: 0,
    quotes: 0,
    tokens: 0,
    failures: [],
    interrupted: false,
  };
}

function addToSummary(summary: IngestSummary, report: ItemReport): void {
  switch (report.status) {
    case 'created':
      summary.created += 1;
      break;
    case 'updated':
      summary.updated += 1;
      break;
    case 'unchanged':
      summary.unchanged += 1;
      break;
    case 'duplicate':
      summary.duplicates += 1;
      break;
    case 'extracted':
      summary.extracted += 1;
      break;
    case 'failed':
      summary.failed += 1;
      summary.failures.push({
        origin: report.origin,
        ...(report.articleId ? { articleId: report.articleId } : {}),
        code: report.error?.code ?? 'INTERNAL',
        message: report.error?.message ?? 'unknown error',
      });
      break;
    default: {
      const unreachable: never = report.status;
      throw new Error(`unknown item status ${String(unreachable)}`);
    }
  }
  summary.entities += report.entities;
  summary.statements += report.statements;
  summary.quotes += report.quotes;
  summary.tokens += report.tokens;
}
