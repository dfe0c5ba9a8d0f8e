import type { Cooccurrence, CooccurrenceOptions } from '../../graph-queries';
import type { SqliteContext } from '../sqlite-context';
import { inRangeSql, rangeParams, typesParam } from './date-range';
import { requireLimit } from './validate-query-options';

/**
 * Pair counts from the per-article co-mention shares of articles dated in range; the article
 * counts PMI needs come from mentions, whose seen_at is the article date.
 */
const PAIRS_SQL = `
  WITH pairs AS (
    SELECT CASE WHEN c.a = @key THEN c.b ELSE c.a END AS key,
           sum(c.count) AS count, count(*) AS articleCount
    FROM article_comentions c JOIN articles a ON a.id = c.article_id
    WHERE (c.a = @key OR c.b = @key) AND ${inRangeSql('coalesce(a.published_at, a.ingested_at)')}
    GROUP BY 1
  ),
  ranked AS (
    SELECT p.* FROM pairs p JOIN entities e ON e.key = p.key
    WHERE @types IS NULL OR e.type IN (SELECT value FROM json_each(@types))
    ORDER BY p.count DESC, p.articleCount DESC, p.key
    LIMIT @limit
  )
  SELECT r.key, r.count, r.articleCount,
    (SELECT count(DISTINCT m.article_id) FROM mentions m
     WHERE m.entity_key = r.key AND ${inRangeSql('m.seen_at')}) AS otherArticles
  FROM ranked r
  ORDER BY r.count DESC, r.articleCount DESC, r.key`;

const TOTALS_SQL = `
  SELECT (SELECT count(*) FROM articles a
          WHERE ${inRangeSql('coalesce(a.published_at, a.ingested_at)')}) AS articles,
         (SELECT count(DISTINCT m.article_id) FROM mentions m
          WHERE m.entity_key = @key AND ${inRangeSql('m.seen_at')}) AS keyArticles`;

export function cooccurrences(
  ctx: SqliteContext,
  key: string,
  options: CooccurrenceOptions,
): Cooccurrence[] {
  requireLimit(options.limit);
  const range = rangeParams(options);
  const rows = ctx.sql(PAIRS_SQL).all({
    key,
    ...range,
    types: typesParam(options.types),
    limit: options.limit,
  }) as { key: string; count: number; articleCount: number; otherArticles: number }[];
  if (rows.length === 0) return [];
  const totals = ctx.sql(TOTALS_SQL).get({ key, ...range }) as {
    articles: number;
    keyArticles: number;
  };
  return rows.map((row) => ({
    key: row.key,
    count: row.count,
    articleCount: row.articleCount,
    // log2(P(a,b) / (P(a) P(b))) with every P over the same N articles.
    pmi: Math.log2((row.articleCount * totals.articles) / (totals.keyArticles * row.otherArticles)),
  }));
}
