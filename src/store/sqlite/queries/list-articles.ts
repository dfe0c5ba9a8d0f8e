import type { ArticleFilter } from '../../graph-queries';
import type { ArticleView, Page } from '../../graph-store';
import { getArticle } from '../article-reads';
import type { SqliteContext } from '../sqlite-context';
import { inRangeSql, rangeParams } from './date-range';
import { requirePage } from './validate-query-options';

const FILTERS = `${inRangeSql('coalesce(a.published_at, a.ingested_at)')}
    AND (@source IS NULL OR a.source = @source)
    AND NOT EXISTS (
      SELECT 1 FROM json_each(@mentions) k
      WHERE NOT EXISTS (
        SELECT 1 FROM mentions m WHERE m.entity_key = k.value AND m.article_id = a.id))
  ORDER BY coalesce(a.published_at, a.ingested_at) DESC, a.id
  LIMIT @limit OFFSET @offset`;

/** Without entities to mention: walks the articles_date index in the order asked. */
const ARTICLE_IDS_SQL = `SELECT a.id FROM articles a WHERE ${FILTERS}`;

/**
 * With entities to mention: starts from the first one's articles (mentions_entity index) and
 * sorts them, instead of probing every article of the store for a mention row.
 */
const MENTIONING_ARTICLE_IDS_SQL = `
  SELECT a.id FROM (SELECT DISTINCT article_id FROM mentions WHERE entity_key = @first) f
  JOIN articles a ON a.id = f.article_id
  WHERE ${FILTERS}`;

export function listArticles(ctx: SqliteContext, filter: ArticleFilter, page: Page): ArticleView[] {
  requirePage(page);
  const mentions = filter.mentions ?? [];
  const params = {
    ...rangeParams(filter),
    source: filter.source ?? null,
    mentions: JSON.stringify(mentions),
    limit: page.limit,
    offset: page.offset,
  };
  const [first] = mentions;
  const ids = (
    first === undefined
      ? ctx.sql(ARTICLE_IDS_SQL).pluck().all(params)
      : ctx
          .sql(MENTIONING_ARTICLE_IDS_SQL)
          .pluck()
          .all({ ...params, first })
  ) as string[];
  return ids.flatMap((id) => getArticle(ctx, id) ?? []);
}
