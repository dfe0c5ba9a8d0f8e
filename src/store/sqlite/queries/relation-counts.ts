import type { RelationType } from '../../../model/entity-types';
import type { RelationCount, RelationCountOptions } from '../../graph-queries';
import type { SqliteContext } from '../sqlite-context';
import { bucketStart } from './bucket-start';
import { inRangeSql, rangeParams, typesParam } from './date-range';

/** effective_date is the statement date (stated, else the article's publishedAt). */
const PER_DATE_SQL = `
  SELECT type, effective_date AS date, count(*) AS count FROM statements
  WHERE modality <> 'negated' AND subject_key <> object_key
    AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))
    AND ${inRangeSql('effective_date')}
  GROUP BY type, effective_date`;

export function relationCounts(ctx: SqliteContext, options: RelationCountOptions): RelationCount[] {
  const rows = ctx.sql(PER_DATE_SQL).all({
    types: typesParam(options.types),
    ...rangeParams(options),
  }) as { type: RelationType; date: string | null; count: number }[];
  const counts = new Map<string, RelationCount>();
  for (const row of rows) {
    if (options.bucket && row.date === null) continue;
    const bucket =
      options.bucket && row.date !== null ? bucketStart(row.date, options.bucket) : undefined;
    const id = `${row.type}\u0000${bucket ?? ''}`;
    let count = counts.get(id);
    if (!count)
      counts.set(id, (count = { type: row.type, ...(bucket ? { bucket } : {}), count: 0 }));
    count.count += row.count;
  }
  return [...counts.values()].sort(
    (a, b) => compare(a.type, b.type) || compare(a.bucket ?? '', b.bucket ?? ''),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
