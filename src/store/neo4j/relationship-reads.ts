import { RELATION_TYPES, type RelationType } from '../../model/entity-types';
import type { RelationshipFilter, RelationshipView } from '../graph-store';
import type { CypherTx } from './neo4j-context';

type Aggregate = Record<string, unknown>;

/** The aggregate fields of a direct typed relationship, as the interface shows them. */
export function toRelationshipFields(
  type: string,
  subjectKey: string,
  objectKey: string,
  aggregate: Aggregate,
): Omit<RelationshipView, 'otherKey' | 'direction'> {
  return {
    type: type as RelationType,
    subjectKey,
    objectKey,
    statementCount: aggregate.statementCount as number,
    articleCount: aggregate.articleCount as number,
    sourceCount: aggregate.sourceCount as number,
    maxConfidence: aggregate.maxConfidence as number,
    meanConfidence: aggregate.meanConfidence as number,
    ...(typeof aggregate.firstDate === 'string' ? { firstDate: aggregate.firstDate } : {}),
    ...(typeof aggregate.lastDate === 'string' ? { lastDate: aggregate.lastDate } : {}),
    roles: [...((aggregate.roles as string[] | null) ?? [])],
  };
}

/**
 * Aggregated relationships touching each key, every asked key present in the answer (empty when
 * it has none), each list ordered by statementCount desc, then type, then the other key.
 */
export async function relationshipsOf(
  tx: CypherTx,
  keys: readonly string[],
  filter: RelationshipFilter,
): Promise<Map<string, RelationshipView[]>> {
  const answer = new Map<string, RelationshipView[]>(keys.map((key) => [key, []]));
  if (keys.length === 0) return answer;
  const rows = await tx.run('relationship/relationships-of', {
    keys: [...new Set(keys)],
    relationTypes: [...RELATION_TYPES],
    types: filter.types && filter.types.length > 0 ? [...filter.types] : null,
    direction: filter.direction ?? 'BOTH',
    minConfidence: filter.minConfidence ?? null,
    minSources: filter.minSources ?? null,
    since: filter.since ?? null,
    until: filter.until ?? null,
  });
  for (const row of rows) {
    const direction = row.direction as 'OUT' | 'IN';
    const fields = toRelationshipFields(
      row.type as string,
      row.subjectKey as string,
      row.objectKey as string,
      row.aggregate as Aggregate,
    );
    answer.get(row.key as string)?.push({
      ...fields,
      otherKey: direction === 'OUT' ? fields.objectKey : fields.subjectKey,
      direction,
    });
  }
  for (const list of answer.values()) list.sort(byRelevance);
  return answer;
}

function byRelevance(a: RelationshipView, b: RelationshipView): number {
  return (
    b.statementCount - a.statementCount ||
    compare(a.type, b.type) ||
    compare(a.otherKey, b.otherKey) ||
    // OUT before IN when the same pair is linked both ways by the same type.
    (a.direction === b.direction ? 0 : a.direction === 'OUT' ? -1 : 1)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
