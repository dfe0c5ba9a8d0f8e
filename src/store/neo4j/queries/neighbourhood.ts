import type { RelationType } from '../../../model/entity-types';
import type { Neighbour, Neighbourhood, NeighbourhoodOptions } from '../../graph-queries';
import type { RelationshipView } from '../../graph-store';
import type { CypherTx } from '../neo4j-context';
import { cypherInt } from '../neo4j-values';
import { toRelationshipFields } from '../relationship-reads';
import { toEntityViewFromList } from '../row-views';
import { compareStrings } from './adjacency';
import { relationTypesParam } from './relation-types-param';
import { requireIntegerIn, requireLimit } from './validate-query-options';

const MAX_DEPTH = 3;
/**
 * Entities within `depth` typed hops, each at its shortest distance (distance, mentionCount
 * desc, key; at most `limit`), with the relationships among them and the start, and with
 * `views` the entities' views (the API's second read, saved). One statement:
 * the product target is p99 < 50 ms at 32 concurrent requests, where round trips count.
 */
export async function neighbourhood(
  tx: CypherTx,
  key: string,
  options: NeighbourhoodOptions,
): Promise<Neighbourhood> {
  requireIntegerIn('depth', options.depth, 1, MAX_DEPTH);
  requireLimit(options.limit);
  const [row] = await tx.run('queries/neighbourhood', {
    key,
    depth: cypherInt(options.depth),
    limit: cypherInt(options.limit),
    relationTypes: relationTypesParam(options.types),
    withRelationships: options.relationships !== false,
    withViews: options.views === true,
    identityViews: options.viewFields === 'identity',
  });
  if (!row) return { entities: [], relationships: [], ...(options.views ? { start: null } : {}) };
  const relationships = (row.relationships as Record<string, unknown>[])
    .map(toNeighbourhoodRelationship)
    .sort(
      (a, b) =>
        compareStrings(a.subjectKey, b.subjectKey) ||
        compareStrings(a.type, b.type) ||
        compareStrings(a.objectKey, b.objectKey),
    );
  const keys = row.keys as string[];
  const distances = row.distances as number[];
  const entities: Neighbour[] = keys.map((neighbourKey, index) => ({
    key: neighbourKey,
    distance: distances[index] as number,
  }));
  if (!options.views) return { entities, relationships };
  // `views` is the start's, then one per entity in the same order (identity views read as
  // whole ones with their absent fields empty, as the option allows).
  const [start, ...views] = (row.views as unknown[][]).map(toEntityViewFromList);
  entities.forEach((neighbour, index) => {
    const view = views[index];
    if (view) neighbour.entity = view;
  });
  return { entities, relationships, start: start ?? null };
}

/** Seen from its subject: the neighbourhood has no single "asked" end for most of them. */
function toNeighbourhoodRelationship(value: Record<string, unknown>): RelationshipView {
  const fields = toRelationshipFields(
    value.type as RelationType,
    value.subjectKey as string,
    value.objectKey as string,
    value.aggregate as Record<string, unknown>,
  );
  return { ...fields, otherKey: fields.objectKey, direction: 'OUT' };
}
