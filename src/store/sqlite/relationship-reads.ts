import type { RelationType } from '../../model/entity-types';
import type { RelationshipFilter, RelationshipView } from '../graph-store';
import type { SqliteContext } from './sqlite-context';

interface RelationshipRow {
  anchor: string;
  direction: 'OUT' | 'IN';
  type: RelationType;
  subjectKey: string;
  objectKey: string;
  statementCount: number;
  articleCount: number;
  sourceCount: number;
  maxConfidence: number;
  meanConfidence: number;
  firstDate: string | null;
  lastDate: string | null;
  roles: string;
}

const FILTERS = `
  AND (@types IS NULL OR r.type IN (SELECT value FROM json_each(@types)))
  AND (@minConfidence IS NULL OR r.max_confidence >= @minConfidence)
  AND (@minSources IS NULL OR r.source_count >= @minSources)
  AND ((@since IS NULL AND @until IS NULL) OR EXISTS (
    SELECT 1 FROM statements s
    WHERE s.subject_key = r.subject_key AND s.type = r.type AND s.object_key = r.object_key
      AND s.modality <> 'negated' AND s.effective_date IS NOT NULL
      AND (@since IS NULL OR s.effective_date >= @since)
      AND (@until IS NULL OR substr(s.effective_date, 1, length(@until)) <= @until)))`;

const COLUMNS = `r.type, r.subject_key AS subjectKey, r.object_key AS objectKey,
  r.statement_count AS statementCount, r.article_count AS articleCount,
  r.source_count AS sourceCount, r.max_confidence AS maxConfidence,
  r.mean_confidence AS meanConfidence, r.first_date AS firstDate, r.last_date AS lastDate, r.roles`;

const OUT_SQL = `SELECT r.subject_key AS anchor, 'OUT' AS direction, ${COLUMNS} FROM relationships r
  WHERE r.subject_key IN (SELECT value FROM json_each(@keys)) ${FILTERS}`;
const IN_SQL = `SELECT r.object_key AS anchor, 'IN' AS direction, ${COLUMNS} FROM relationships r
  WHERE r.object_key IN (SELECT value FROM json_each(@keys)) ${FILTERS}`;

/**
 * Aggregated relationships touching each key, every asked key present in the answer (empty when
 * it has none), each list ordered by statementCount desc, then type, then the other key.
 */
export function relationshipsOf(
  ctx: SqliteContext,
  keys: readonly string[],
  filter: RelationshipFilter,
): Map<string, RelationshipView[]> {
  const answer = new Map<string, RelationshipView[]>(keys.map((key) => [key, []]));
  if (keys.length === 0) return answer;
  const params = {
    keys: JSON.stringify(keys),
    types: filter.types && filter.types.length > 0 ? JSON.stringify(filter.types) : null,
    minConfidence: filter.minConfidence ?? null,
    minSources: filter.minSources ?? null,
    since: filter.since ?? null,
    until: filter.until ?? null,
  };
  const direction = filter.direction ?? 'BOTH';
  const rows: RelationshipRow[] = [];
  if (direction !== 'IN') rows.push(...(ctx.sql(OUT_SQL).all(params) as RelationshipRow[]));
  if (direction !== 'OUT') rows.push(...(ctx.sql(IN_SQL).all(params) as RelationshipRow[]));
  for (const row of rows) answer.get(row.anchor)?.push(toView(row));
  for (const list of answer.values()) list.sort(byRelevance);
  return answer;
}

export function toRelationshipFields(row: Omit<RelationshipRow, 'anchor' | 'direction'>) {
  return {
    type: row.type,
    subjectKey: row.subjectKey,
    objectKey: row.objectKey,
    statementCount: row.statementCount,
    articleCount: row.articleCount,
    sourceCount: row.sourceCount,
    maxConfidence: row.maxConfidence,
    meanConfidence: row.meanConfidence,
    ...(row.firstDate !== null ? { firstDate: row.firstDate } : {}),
    ...(row.lastDate !== null ? { lastDate: row.lastDate } : {}),
    roles: (JSON.parse(row.roles) as string[]).sort(),
  };
}

function toView(row: RelationshipRow): RelationshipView {
  return {
    ...toRelationshipFields(row),
    otherKey: row.direction === 'OUT' ? row.objectKey : row.subjectKey,
    direction: row.direction,
  };
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
