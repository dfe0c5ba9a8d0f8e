import type { ArticleFilter } from '../../graph-queries';
import type { ArticleView, Page } from '../../graph-store';
import { toArticleView } from '../row-views';
import type { CypherTx } from '../neo4j-context';
import { cypherInt } from '../neo4j-values';
import { requirePage } from './validate-query-options';

/** Articles by filter, newest first (publishedAt, else ingestedAt, desc), then id. */
export async function listArticles(
  tx: CypherTx,
  filter: ArticleFilter,
  page: Page,
): Promise<ArticleView[]> {
  requirePage(page);
  const rows = await tx.run('queries/list-articles', {
    since: filter.since ?? null,
    until: filter.until ?? null,
    source: filter.source ?? null,
    mentions: [...new Set(filter.mentions ?? [])],
    offset: cypherInt(page.offset),
    limit: cypherInt(page.limit),
  });
  return rows.map(toArticleView);
}
