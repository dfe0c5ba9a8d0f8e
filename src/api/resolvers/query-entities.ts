import type { GraphQLResolveInfo } from 'graphql';
import { InvalidInputError } from '../../errors';
import { pageArgs } from '../connection/page-args';
import { storePage, toConnection } from '../connection/to-connection';
import type { QueryResolvers } from '../resolvers-types.generated';
import { entityLookingAhead } from './entity-looking-ahead';
import { opt } from './optional';
import { fieldsNamed } from './fields-named';
import { showsIdentityOnly } from './identity-fields';

/** Entity look-ups: by id, by name or alias, and ranked full-text search. */
export const entityQueries: Pick<QueryResolvers, 'entity' | 'entityByName' | 'searchEntities'> = {
  entity: (_, { id }, ctx, info) => entityLookingAhead(ctx, id, info),

  entityByName: async (_, { name, type }, ctx) => {
    const [best] = await ctx.store.findEntitiesByName(name, opt(type));
    if (!best) return null;
    ctx.loaders.entities.prime(best.key, best);
    return best;
  },

  searchEntities: async (_, { query, types, first, after }, ctx, info) => {
    if (query.trim() === '') throw new InvalidInputError('query must not be empty');
    const page = pageArgs(first, after);
    const identity = showsIdentityOnly(shownEntities(info), info.fragments);
    const hits = await ctx.store.searchEntities(query, {
      ...storePage(page),
      ...(types ? { types } : {}),
      // A search box lists names and types: the hits' whole views would be most of the read.
      viewFields: identity ? 'identity' : 'all',
    });
    // Identity views are right only for the fields this selection shows: never shared.
    if (!identity) {
      for (const hit of hits) ctx.loaders.entities.prime(hit.entity.key, hit.entity);
    }
    return toConnection(hits, page, (hit) => ({ node: hit.entity, score: hit.score }));
  },
};

/** The `Entity` selections of a connection: its `nodes` and its `edges { node }`. */
function shownEntities(info: GraphQLResolveInfo) {
  return info.fieldNodes.flatMap((connection) => [
    ...fieldsNamed(connection.selectionSet, 'nodes', info.fragments),
    ...fieldsNamed(connection.selectionSet, 'edges', info.fragments).flatMap((edge) =>
      fieldsNamed(edge.selectionSet, 'node', info.fragments),
    ),
  ]);
}
