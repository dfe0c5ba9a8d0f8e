import type { ArticleInput } from '../model/article-input';
import type { ExtractionResult } from '../model/extraction';
import type { ArticleGraph } from '../model/graph';
import { contentHash } from '../model/ids';
import type { GraphStore, UpsertStatus } from '../store/graph-store';
import { StoreUnavailableError } from '../errors';
import { mapOrdered } from './map-ordered';

/** One item read from the input: an article, or a reason it could not be read. */
export type SourceItem =
  { ok: true; input: ArticleInput; origin: string } | { ok: false; origin: string; error: Error };

export interface IngestDeps {
  /** CPU-bound; usually a worker pool. */
  extract: (input: ArticleInput) => Promise<ExtractionResult>;
  resolve: (result: ExtractionResult) => Promise<ArticleGraph>;
  store: GraphStore;
  onItem?: (report: ItemReport) => void;
  /** Aborting stops reading new items; items already extracted are still written. */
  signal?: AbortSignal;
  /** Waits between store retries; injected so tests do not sleep. */
  sleep?: (ms: number) => Promise<void>;
}

export interface IngestOptions {
  concurrency: number;
  dryRun?: boolean;
  /** How often a store write is retried when the store is unavailable. */
  storeRetries?: number;
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
  failed: number;
  entities: number;
  statements: number;
  quotes: number;
  tokens: number;
  failures: { origin: string; articleId?: string; code: string; message: string }[];
  interrupted: boolean;
}

/**
 * Extract in parallel, then resolve and write one article at a time in input order. Writing in
 * order makes the store's end state independent of timing: a resumed run (already-stored
 * content hashes are skipped) ends exactly where an uninterrupted one would.
 */
export async function ingestArticles(
  source: AsyncIterable<SourceItem>,
  deps: IngestDeps,
  options: IngestOptions,
): Promise<IngestSummary> {
  const summary = emptySummary();
  const seenHashes = new Set<string>();
  const extracted = mapOrdered(
    stopWhenAborted(source, deps.signal),
    async (item) => (item.ok ? deps.extract(item.input) : Promise.reject(item.error)),
    options.concurrency,
  );

  for await (const outcome of extracted) {
    const origin = outcome.item.origin;
    const report = outcome.ok
      ? await writeExtraction(outcome.value, origin, deps, options, seenHashes)
      : failedReport(origin, outcome.error);
    addToSummary(summary, report);
    deps.onItem?.(report);
  }
  summary.interrupted = deps.signal?.aborted ?? false;
  return summary;
}

async function writeExtraction(
  result: ExtractionResult,
  origin: string,
  deps: IngestDeps,
  options: IngestOptions,
  seenHashes: Set<string>,
): Promise<ItemReport> {
  const counts = {
    entities: result.entities.length,
    statements: result.relations.length,
    quotes: result.quotes.length,
    tokens: countTokens(result.text),
  };
  const base = { origin, articleId: result.id, ...counts };
  if (options.dryRun) return { ...base, status: 'extracted' };

  const hash = contentHash(result.title, result.text);
  const known =
    seenHashes.has(hash) ||
    (await withStoreRetries(deps, options, () => deps.store.knownContentHashes([hash]))).has(hash);
  seenHashes.add(hash);
  if (known) {
    const stored = await withStoreRetries(deps, options, () => deps.store.getArticle(result.id));
    return { ...base, status: stored?.contentHash === hash ? 'unchanged' : 'duplicate' };
  }
  try {
    const graph = await withStoreRetries(deps, options, () => deps.resolve(result));
    const upsert = await withStoreRetries(deps, options, () => deps.store.upsertArticle(graph));
    return { ...base, status: upsert.status };
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    return failedReport(origin, error, result.id);
  }
}

/**
 * Retry while the store is unavailable (Neo4j restarting, SQLite busy), with exponential
 * back-off; after the last try the error propagates and stops the run, because every later
 * item would fail the same way. Rerunning resumes where it stopped.
 */
async function withStoreRetries<T>(
  deps: IngestDeps,
  options: IngestOptions,
  operation: () => Promise<T>,
): Promise<T> {
  const retries = options.storeRetries ?? 5;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || attempt >= retries) throw error;
      await sleep(Math.min(200 * 2 ** attempt, 5_000));
    }
  }
}

async function* stopWhenAborted(
  source: AsyncIterable<SourceItem>,
  signal: AbortSignal | undefined,
): AsyncGenerator<SourceItem> {
  for await (const item of source) {
    if (signal?.aborted) return;
    yield item;
  }
}

function failedReport(origin: string, error: unknown, articleId?: string): ItemReport {
  const { code, message } = describeError(error);
  return {
    origin,
    ...(articleId ? { articleId } : {}),
    status: 'failed',
    error: { code, message },
    entities: 0,
    statements: 0,
    quotes: 0,
    tokens: 0,
  };
}

function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { code: typeof code === 'string' ? code : 'INTERNAL', message: error.message };
  }
  return { code: 'INTERNAL', message: String(error) };
}

function emptySummary(): IngestSummary {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
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

function countTokens(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n += 1;
    inWord = !space;
  }
  return n;
}
