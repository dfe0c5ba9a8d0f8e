import type { RelationType } from '../../../model/entity-types';
import type { Neighbour, Neighbourhood, NeighbourhoodOptions } from '../../graph-queries';
import { loadEntityViews } from '../entity-reads';
import type { SqliteContext } from '../sqlite-context';
import { typesParam } from './date-range';
import { relationshipsAmong } from './relationships-among';
import { requireIntegerIn, requireLimit } from './validate-query-options';

/**
 * A depth-bounded recursive walk over relationships in both directions. UNION (not UNION ALL)
 * keeps one row per (entity, distance), so the walk holds at most entities × depth rows however
 * dense the graph; the shortest distance is the minimum over them.
 */
const WALK_SQL = `
  WITH RECURSIVE walk(key, distance) AS (
    SELECT @key, 0
    UNION
    SELECT r.object_key, w.distance + 1 FROM walk w JOIN relationships r ON r.subject_key = w.key
    WHERE w.distance < @depth AND (@types IS NULL OR r.type IN (SELECT value FROM json_each(@types)))
    UNION
    SELECT r.subject_key, w.distance + 1 FROM walk w JOIN relationships r ON r.object_key = w.key
    WHERE w.distance < @depth AND (@types IS NULL OR r.type IN (SELECT value FROM json_each(@types)))
  )
  SELECT w.key, min(w.distance) AS distance
  FROM walk w JOIN entities e ON e.key = w.key
  WHERE w.key <> @key
  GROUP BY w.key
  ORDER BY distance, e.mention_count DESC, w.key
  LIMIT @limit`;

export function neighbourhood(
  ctx: SqliteContext,
  key: string,
  options: NeighbourhoodOptions,
): Neighbourhood {
  requireIntegerIn('depth', options.depth, 1, 3);
  requireLimit(options.limit);
  const types = typesParam(options.types as readonly RelationType[] | undefined);
  const entities: Neighbour[] =
    options.limit === 0
      ? []
      : (ctx.sql(WALK_SQL).all({ key, depth: options.depth, types, limit: options.limit }) as {
          key: string;
          distance: number;
        }[]);
  const members = [key, ...entities.map((e) => e.key)];
  const relationships =
    entities.length === 0 || options.relationships === false
      ? []
      : relationshipsAmong(ctx, members, types);
  if (!options.views) return { entities, relationships };
  // The same views getEntities gives, read in one batch with the start's.
  const views = loadEntityViews(ctx, members);
  for (const neighbour of entities) {
    const view = views.get(neighbour.key);
    if (view) neighbour.entity = view;
  }
  return { entities, relationships, start: views.get(key) ?? null };
}
