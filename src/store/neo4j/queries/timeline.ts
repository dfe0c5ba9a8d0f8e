import type { TimelineBucket, TimelineOptions } from '../../graph-queries';
import type { CypherTx } from '../neo4j-context';
import { bucketStart } from './date-buckets';

/**
 * Per bucket of article date: the entity's mentions, the articles that mention it or hold a
 * statement about it, and those statements (subject or object, any modality). Only buckets with
 * something in them, oldest first.
 */
export async function timeline(
  tx: CypherTx,
  key: string,
  options: TimelineOptions,
): Promise<TimelineBucket[]> {
  const rows = await tx.run('queries/entity-timeline', {
    key,
    since: options.since ?? null,
    until: options.until ?? null,
  });
  const buckets = new Map<string, TimelineBucket>();
  for (const row of rows) {
    const start = bucketStart(row.date as string, options.bucket);
    let bucket = buckets.get(start);
    if (!bucket) buckets.set(start, (bucket = { start, mentions: 0, articles: 0, statements: 0 }));
    // One row per article that mentions the entity or holds a statement about it.
    bucket.mentions += row.mentions as number;
    bucket.articles += 1;
    bucket.statements += row.statements as number;
  }
  return [...buckets.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
}
