import { StoreUnavailableError } from '../errors';
import type { ExtractionResult } from '../model/extraction';
import type { ArticleGraph } from '../model/graph';
import { contentHash } from '../model/ids';
import type { UpsertResult } from '../store/graph-store';
import { validateArticleGraph } from '../store/validate-article-graph';
import type { IngestDeps, IngestOptions, ItemReport, SourceItem } from './ingest-articles';
import { extractedReport, failedReport } from './item-reports';
import { lookupNamesOf } from './lookup-names';
import type { Outcome } from './map-ordered';
import type { PendingBatchLookup } from './pending-batch-lookup';
import { withStoreRetries } from './store-retries';

/** What lives across groups for one run. */
export interface GroupContext {
  deps: IngestDeps;
  options: IngestOptions;
  /** Content hashes met so far in this run. */
  seenHashes: Set<string>;
  lookup: PendingBatchLookup;
}

interface Extracted {
  index: number;
  result: ExtractionResult;
  report: ItemReport;
  hash: string;
}

/**
 * Resolves and writes a group of extracted items in input order, with as few store round trips
 * as it can: one hash check, the group's name look-ups prefetched together, one
 * `upsertArticles` per batch. The end state is the one writing them one at a time gives: each
 * article is resolved through `ctx.lookup`, which shows the pending batch's entities, and the
 * batch is written at once after an article that replaces a stored version.
 * Returns one report per outcome, in order.
 */
export async function ingestGroup(
  outcomes: readonly Outcome<SourceItem, ExtractionResult>[],
  ctx: GroupContext,
): Promise<ItemReport[]> {
  const reports: ItemReport[] = [];
  const extracted: Extracted[] = [];
  outcomes.forEach((outcome, index) => {
    if (!outcome.ok) {
      reports.push(failedReport(outcome.item.origin, outcome.error));
      return;
    }
    const report = extractedReport(outcome.value, outcome.item.origin);
    reports.push(report);
    const hash = contentHash(outcome.value.title, outcome.value.text);
    extracted.push({ index, result: outcome.value, report, hash });
  });
  if (ctx.options.dryRun || extracted.length === 0) return reports;

  const retry = <T>(operation: () => Promise<T>) => withStoreRetries(retryOptions(ctx), operation);
  const { store } = ctx.deps;
  const unseen = [...new Set(extracted.map((e) => e.hash))].filter((h) => !ctx.seenHashes.has(h));
  const storedHashes =
    unseen.length > 0 ? await retry(() => store.knownContentHashes(unseen)) : new Set<string>();
  const fresh = extracted.filter((e) => !ctx.seenHashes.has(e.hash) && !storedHashes.has(e.hash));
  // Stored versions of every article of the group, and the names its resolution will ask: one
  // round trip each, however many articles.
  const [storedVersions] = await Promise.all([
    retry(() => store.contentHashesOf(extracted.map((e) => e.result.id))),
    retry(() => prefetchLookups(ctx, fresh)),
  ]);

  const batch = new PendingBatch(ctx, reports, retry);
  for (const item of extracted) {
    const known = ctx.seenHashes.has(item.hash) || storedHashes.has(item.hash);
    ctx.seenHashes.add(item.hash);
    if (known) {
      const id = item.result.id;
      const current = batch.hashOf(id) ?? storedVersions.get(id);
      reports[item.index] = {
        ...item.report,
        status: current === item.hash ? 'unchanged' : 'duplicate',
      };
      continue;
    }
    let graph: ArticleGraph;
    try {
      graph = await retry(() => ctx.deps.resolve(item.result, ctx.lookup));
      validateArticleGraph(graph);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      reports[item.index] = failedReport(item.report.origin, error, item.result.id);
      continue;
    }
    // Replacing a version may delete entities the lookup cannot know about: write at once.
    const replaces =
      storedVersions.has(graph.article.id) || batch.hashOf(graph.article.id) !== undefined;
    await batch.add(graph, item);
    if (replaces || batch.size >= batchSizeOf(ctx.options)) await batch.write();
  }
  await batch.write();
  return reports;
}

/**
 * Most articles of one write transaction unless asked otherwise. Each commit writes every page
 * its batch touched, and a batch's mentions, co-mentions, search forms and entity counts land all
 * over their indexes: on seed + BBC, 50 a batch wrote 905 MB (WAL and checkpoints) for a 45 MB
 * file, 200 a batch 734 MB, and took about a tenth less main-thread CPU (CLI A/B in one run:
 * 7.2 -> 6.5 s), for 200 articles' graphs held meanwhile (a few MB).
 */
export const DEFAULT_BATCH_SIZE = 200;

export function batchSizeOf(options: IngestOptions): number {
  return Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
}

function retryOptions({ deps, options }: GroupContext) {
  return {
    ...(options.storeRetries !== undefined ? { retries: options.storeRetries } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  };
}

function prefetchLookups(ctx: GroupContext, items: readonly Extracted[]): Promise<void> {
  const wanted = items.map((e) => lookupNamesOf(e.result));
  return ctx.lookup.prefetch(
    wanted.flatMap((w) => w.names),
    wanted.flatMap((w) => w.keys),
  );
}

/** Resolved graphs waiting for their transaction, with the reports their results complete. */
class PendingBatch {
  private graphs: ArticleGraph[] = [];
  private items: Extracted[] = [];
  /** Content hash by article id of the pending articles, and of those this group has written. */
  private readonly pendingHashes = new Map<string, string>();
  private readonly writtenHashes = new Map<string, string>();

  constructor(
    private readonly ctx: GroupContext,
    private readonly reports: ItemReport[],
    private readonly retry: <T>(operation: () => Promise<T>) => Promise<T>,
  ) {}

  get size(): number {
    return this.graphs.length;
  }

  /** The content hash of the latest version of an article this group wrote or will write. */
  hashOf(articleId: string): string | undefined {
    return this.pendingHashes.get(articleId) ?? this.writtenHashes.get(articleId);
  }

  async add(graph: ArticleGraph, item: Extracted): Promise<void> {
    await this.retry(() => this.ctx.lookup.add(graph));
    this.graphs.push(graph);
    this.items.push(item);
    this.pendingHashes.set(graph.article.id, graph.article.contentHash);
  }

  /** One transaction for the batch; if it is refused, one per article so only the bad ones fail. */
  async write(): Promise<void> {
    if (this.graphs.length === 0) return;
    const { store } = this.ctx.deps;
    const graphs = this.graphs;
    let results: (UpsertResult | Error)[];
    try {
      results = await this.retry(() => store.upsertArticles(graphs));
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      results = [];
      for (const graph of graphs) {
        results.push(await this.retry(() => store.upsertArticle(graph)).catch(notUnavailable));
      }
    }
    this.items.forEach((item, i) => {
      const result = results[i];
      if (result instanceof Error || result === undefined) {
        this.reports[item.index] = failedReport(item.report.origin, result, item.result.id);
      } else {
        this.reports[item.index] = { ...item.report, status: result.status };
        const article = this.graphs[i]!.article;
        this.writtenHashes.set(article.id, article.contentHash);
      }
    });
    this.pendingHashes.clear();
    this.graphs = [];
    this.items = [];
    this.ctx.lookup.clear();
  }
}

/** Keeps a per-article failure as a value; a store that went away still stops the run. */
function notUnavailable(error: unknown): Error {
  if (error instanceof StoreUnavailableError) throw error;
  return error instanceof Error ? error : new Error(String(error));
}
