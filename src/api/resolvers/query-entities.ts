import { InvalidInputError } from '../../errors';
import { pageArgs } from '../connection/page-args';
import { storePage, toConnection } from '../connection/to-connection';
import type { QueryResolvers } from '../resolvers-types.generated';
import { entityLookingAhead } from './entity-looking-ahead';
import { opt } from './optional';

/** Entity look-ups: by id, by name or alias, and ranked full-text search. */
export const entityQueries: Pick<QueryResolvers, 'entity' | 'entityByName' | 'searchEntities'> = {
  entity: (_, { id }, ctx, info) => entityLookingAhead(ctx, id, info),

  entityByName: async (_, { name, type }, ctx) => {
    const [best] = await ctx.store.findEntitiesByName(name, opt(type));
    if (!best) return null;
    ctx.loaders.entities.prime(best.key, best);
    return best;
  },

  searchEntities: async (_, { query, types, first, after }, ctx) => {
    if (query.trim() === '') throw new InvalidInputError('query must not be empty');
    const page = pageArgs(first, after);
    const hits = await ctx.store.searchEntities(query, {
      ...storePage(page),
      ...(types ? { types } : {}),
    });
    for (const hit of hits) ctx.loaders.entities.prime(hit.entity.key, hit.entity);
    return toConnection(hits, page, (hit) => ({ node: hit.entity, score: hit.score }));
  },
};
