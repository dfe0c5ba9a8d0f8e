import type { EventFilter } from '../../graph-queries';
import type { EntityView, Page } from '../../graph-store';
import { loadEntityViews } from '../entity-reads';
import type { SqliteContext } from '../sqlite-context';
import { inRangeSql, rangeParams } from './date-range';
import { requirePage } from './validate-query-options';

const EVENT_KEYS_SQL = `
  SELECT e.key FROM (
    SELECT key, json_extract(attributes, '$.date') AS date FROM entities WHERE type = 'Event'
  ) e
  WHERE ${inRangeSql('e.date')}
    AND NOT EXISTS (
      SELECT 1 FROM json_each(@participants) p
      WHERE NOT EXISTS (
        SELECT 1 FROM relationships r
        WHERE r.subject_key = p.value AND r.type = 'PARTICIPATED_IN' AND r.object_key = e.key))
    AND (@place IS NULL
      OR EXISTS (SELECT 1 FROM relationships r
                 WHERE r.subject_key = e.key AND r.type = 'HELD_IN' AND r.object_key = @place)
      OR EXISTS (SELECT 1 FROM relationships r, json_each(r.roles) role
                 WHERE r.subject_key = @place AND r.type = 'PARTICIPATED_IN'
                   AND r.object_key = e.key AND role.value = 'place'))
  ORDER BY e.date IS NULL, e.date DESC, e.key
  LIMIT @limit OFFSET @offset`;

export function listEvents(ctx: SqliteContext, filter: EventFilter, page: Page): EntityView[] {
  requirePage(page);
  const keys = ctx
    .sql(EVENT_KEYS_SQL)
    .pluck()
    .all({
      ...rangeParams(filter),
      participants: JSON.stringify(filter.participants ?? []),
      place: filter.place ?? null,
      limit: page.limit,
      offset: page.offset,
    }) as string[];
  const views = loadEntityViews(ctx, keys);
  return keys.flatMap((key) => views.get(key) ?? []);
}
