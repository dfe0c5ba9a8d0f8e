import type { GraphQLResolveInfo } from 'graphql';
import { getArgumentValues, isObjectType } from 'graphql';
import type { EntityView } from '../../store/graph-store';
import type { ApiContext } from '../api-context';
import { neighbourhoodRequest, type NeighborsArgs } from './neighbourhood-request';
import { fieldsNamed } from './fields-named';

/**
 * `entity(id) { neighbors(…) { … } }` — the dashboards' neighbourhood — in ONE store read
 * instead of two: the neighbourhood read of the one `neighbors` field below is started here,
 * with views, and its start entity answers `entity` (null when there is none); `neighbors`
 * then finds the same read in the request's loader. Anything else — no `neighbors`, several
 * of them, @skip/@include, arguments the field would refuse — is the plain look-up, and the
 * read failing leaves its error to `neighbors` and falls back to the plain look-up too. Per
 * request only: nothing is kept across requests.
 */
export async function entityLookingAhead(
  ctx: ApiContext,
  key: string,
  info: GraphQLResolveInfo,
): Promise<EntityView | null> {
  const request = neighborsRequestBelow(key, info);
  if (request) {
    try {
      const hood = await ctx.loaders.neighbourhoods.load(request);
      if (hood.start !== undefined) {
        if (hood.start) ctx.loaders.entities.prime(key, hood.start);
        return hood.start;
      }
    } catch {
      // `neighbors` reports it, at its own path.
    }
  }
  return ctx.loaders.entities.load(key);
}

function neighborsRequestBelow(key: string, info: GraphQLResolveInfo) {
  const nodes = info.fieldNodes.flatMap((node) =>
    fieldsNamed(node.selectionSet, 'neighbors', info.fragments),
  );
  const [node] = nodes;
  if (nodes.length !== 1 || !node || (node.directives?.length ?? 0) > 0) return undefined;
  const entityType = info.schema.getType('Entity');
  const field = isObjectType(entityType) ? entityType.getFields().neighbors : undefined;
  if (!field) return undefined;
  try {
    const args = getArgumentValues(field, node, info.variableValues) as NeighborsArgs;
    return neighbourhoodRequest(key, args, [node], info.fragments);
  } catch {
    return undefined; // `neighbors` refuses its arguments itself.
  }
}
