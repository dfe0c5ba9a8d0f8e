import type { RelationType } from '../../../model/entity-types';
import type { SqliteContext } from '../sqlite-context';
import { typesParam } from './date-range';

/** Every entity linked to `@key` either way, by the allowed types. */
const LINKED = (key: string) => `
  SELECT object_key AS key FROM relationships
  WHERE subject_key = @${key} AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))
  UNION
  SELECT subject_key FROM relationships
  WHERE object_key = @${key} AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))`;

export function commonNeighbours(
  ctx: SqliteContext,
  a: string,
  b: string,
  types: readonly RelationType[] | undefined,
): string[] {
  return ctx
    .sql(
      `SELECT key FROM (${LINKED('a')})
       WHERE key IN (${LINKED('b')}) AND key <> @a AND key <> @b ORDER BY key`,
    )
    .pluck()
    .all({ a, b, types: typesParam(types) }) as string[];
}
