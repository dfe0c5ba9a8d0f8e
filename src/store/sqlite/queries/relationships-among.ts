import type { RelationType } from '../../../model/entity-types';
import type { RelationshipView } from '../../graph-store';
import { toRelationshipFields } from '../relationship-reads';
import type { SqliteContext } from '../sqlite-context';

type Row = Parameters<typeof toRelationshipFields>[0];

/**
 * The relationships (of `types`, JSON or NULL for all) with both ends among `keys`, each seen
 * from its subject, ordered by subject, type, object.
 */
export function relationshipsAmong(
  ctx: SqliteContext,
  keys: readonly string[],
  types: string | null,
): RelationshipView[] {
  const rows = ctx
    .sql(
      `SELECT r.type, r.subject_key AS subjectKey, r.object_key AS objectKey,
         r.statement_count AS statementCount, r.article_count AS articleCount,
         r.source_count AS sourceCount, r.max_confidence AS maxConfidence,
         r.mean_confidence AS meanConfidence, r.first_date AS firstDate, r.last_date AS lastDate,
         r.roles
       FROM relationships r
       WHERE r.subject_key IN (SELECT value FROM json_each(@keys))
         AND r.object_key IN (SELECT value FROM json_each(@keys))
         AND (@types IS NULL OR r.type IN (SELECT value FROM json_each(@types)))
       ORDER BY r.subject_key, r.type, r.object_key`,
    )
    .all({ keys: JSON.stringify(keys), types }) as Row[];
  return rows.map((row) => {
    const fields = toRelationshipFields(row);
    return {
      ...fields,
      type: fields.type as RelationType,
      otherKey: fields.objectKey,
      direction: 'OUT',
    };
  });
}
