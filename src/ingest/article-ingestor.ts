import type { ArticleInput } from '../model/article-input';
import type { ExtractionResult } from '../model/extraction';
import type { ArticleGraph } from '../model/graph';
import type { GraphStore, UpsertResult } from '../store/graph-store';

export interface ArticleIngestorDeps {
  extract: (input: ArticleInput) => ExtractionResult | Promise<ExtractionResult>;
  resolve: (result: ExtractionResult) => Promise<ArticleGraph>;
  store: Pick<GraphStore, 'upsertArticle'>;
}

export interface ArticleIngestor {
  /**
   * Extract, resolve and write one article in one store transaction.
   * @throws InvalidArticleError for an article that cannot be processed (nothing is written).
   */
  ingest(input: ArticleInput): Promise<UpsertResult>;
}

/**
 * Single-article ingest for the API's mutations. Calls are serialised: resolution reads the
 * store, so two concurrent ingests naming the same new person must not both create it.
 */
export function createArticleIngestor(deps: ArticleIngestorDeps): ArticleIngestor {
  let tail: Promise<unknown> = Promise.resolve();
  const ingestNow = async (input: ArticleInput): Promise<UpsertResult> => {
    const result = await deps.extract(input);
    const graph = await deps.resolve(result);
    return deps.store.upsertArticle(graph);
  };
  return {
    ingest(input: ArticleInput): Promise<UpsertResult> {
      const run = tail.then(() => ingestNow(input));
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
