import type { RelationType } from '../../../model/entity-types';
import type { RelationCount, RelationCountOptions } from '../../graph-queries';
import type { CypherTx } from '../neo4j-context';
import { compareStrings } from './adjacency';
import { bucketStart } from './date-buckets';
import { relationTypesParam } from './relation-types-param';

/**
 * Non-negated statements per relation type, and per bucket of statement date when a bucket is
 * asked (undated statements then have no bucket and are left out); ordered by type, then bucket.
 */
export async function relationCounts(
  tx: CypherTx,
  options: RelationCountOptions,
): Promise<RelationCount[]> {
  const rows = await tx.run('queries/relation-counts', {
    relationTypes: relationTypesParam(options.types),
    since: options.since ?? null,
    until: options.until ?? null,
  });
  const counts = new Map<string, RelationCount>();
  for (const row of rows) {
    const type = row.type as RelationType;
    const date = row.date as string | null;
    if (options.bucket && date === null) continue;
    const bucket = options.bucket && date !== null ? bucketStart(date, options.bucket) : undefined;
    const id = `${type}\u0000${bucket ?? ''}`;
    const entry = counts.get(id) ?? { type, ...(bucket ? { bucket } : {}), count: 0 };
    entry.count += row.count as number;
    counts.set(id, entry);
  }
  return [...counts.values()].sort(
    (a, b) => compareStrings(a.type, b.type) || compareStrings(a.bucket ?? '', b.bucket ?? ''),
  );
}
