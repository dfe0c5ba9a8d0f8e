import type { EntityCount, TopEntitiesOptions } from '../../graph-queries';
import type { SqliteContext } from '../sqlite-context';
import { inRangeSql, rangeParams } from './date-range';
import { requireLimit } from './validate-query-options';

/** Over all time the stored counts are the totals. */
const ALL_TIME_SQL = `
  SELECT key, mention_count AS mentions, article_count AS articles FROM entities
  WHERE (@type IS NULL OR type = @type) AND mention_count > 0
  ORDER BY mention_count DESC, key
  LIMIT @limit`;

/** In a range, count mention rows by their article date (seen_at, indexed). */
const IN_RANGE_SQL = `
  SELECT m.entity_key AS key, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
  FROM mentions m JOIN entities e ON e.key = m.entity_key
  WHERE ${inRangeSql('m.seen_at')} AND (@type IS NULL OR e.type = @type)
  GROUP BY m.entity_key
  ORDER BY mentions DESC, key
  LIMIT @limit`;

export function topEntities(ctx: SqliteContext, options: TopEntitiesOptions): EntityCount[] {
  requireLimit(options.limit);
  const ranged = options.since !== undefined || options.until !== undefined;
  return ctx.sql(ranged ? IN_RANGE_SQL : ALL_TIME_SQL).all({
    type: options.type ?? null,
    limit: options.limit,
    ...(ranged ? rangeParams(options) : {}),
  }) as EntityCount[];
}
