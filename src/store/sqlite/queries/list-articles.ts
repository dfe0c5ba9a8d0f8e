import type { ArticleFilter } from '../../graph-queries';
import type { ArticleView, Page } from '../../graph-store';
import { getArticle } from '../article-reads';
import type { SqliteContext } from '../sqlite-context';
import { inRangeSql, rangeParams } from './date-range';
import { requirePage } from './validate-query-options';

/** Uses the articles_date index for the order; each asked key must have a mention row. */
const ARTICLE_IDS_SQL = `
  SELECT a.id FROM articles a
  WHERE ${inRangeSql('coalesce(a.published_at, a.ingested_at)')}
    AND (@source IS NULL OR a.source = @source)
    AND NOT EXISTS (
      SELECT 1 FROM json_each(@mentions) k
      WHERE NOT EXISTS (
        SELECT 1 FROM mentions m WHERE m.entity_key = k.value AND m.article_id = a.id))
  ORDER BY coalesce(a.published_at, a.ingested_at) DESC, a.id
  LIMIT @limit OFFSET @offset`;

export function listArticles(ctx: SqliteContext, filter: ArticleFilter, page: Page): ArticleView[] {
  requirePage(page);
  const ids = ctx
    .sql(ARTICLE_IDS_SQL)
    .pluck()
    .all({
      ...rangeParams(filter),
      source: filter.source ?? null,
      mentions: JSON.stringify(filter.mentions ?? []),
      limit: page.limit,
      offset: page.offset,
    }) as string[];
  return ids.flatMap((id) => getArticle(ctx, id) ?? []);
}
