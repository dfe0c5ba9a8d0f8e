import type { TimelineBucket, TimelineOptions } from '../../graph-queries';
import type { SqliteContext } from '../sqlite-context';
import { bucketStart } from './bucket-start';
import { inRangeSql, rangeParams } from './date-range';

/** Per article dated in range: the entity's mentions there and statements about it there. */
const PER_ARTICLE_SQL = `
  WITH touched (article_id, mentions, statements) AS (
    SELECT article_id, count(*), 0 FROM mentions WHERE entity_key = @key GROUP BY article_id
    UNION ALL
    SELECT article_id, 0, count(*) FROM statements
    WHERE subject_key = @key OR object_key = @key GROUP BY article_id
  )
  SELECT coalesce(a.published_at, a.ingested_at) AS date,
         sum(t.mentions) AS mentions, sum(t.statements) AS statements
  FROM touched t JOIN articles a ON a.id = t.article_id
  WHERE ${inRangeSql('coalesce(a.published_at, a.ingested_at)')}
  GROUP BY a.id`;

export function timeline(
  ctx: SqliteContext,
  key: string,
  options: TimelineOptions,
): TimelineBucket[] {
  const rows = ctx.sql(PER_ARTICLE_SQL).all({ key, ...rangeParams(options) }) as {
    date: string;
    mentions: number;
    statements: number;
  }[];
  const buckets = new Map<string, TimelineBucket>();
  for (const row of rows) {
    const start = bucketStart(row.date, options.bucket);
    let bucket = buckets.get(start);
    if (!bucket) buckets.set(start, (bucket = { start, mentions: 0, articles: 0, statements: 0 }));
    bucket.mentions += row.mentions;
    bucket.articles += 1;
    bucket.statements += row.statements;
  }
  return [...buckets.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
