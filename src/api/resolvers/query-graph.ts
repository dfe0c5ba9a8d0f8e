import { NotFoundError } from '../../errors';
import { checkFirst } from '../connection/page-args';
import type { QueryResolvers } from '../resolvers-types.generated';
import { existingEntities } from './load-entities';
import { opt } from './optional';

/** "What connects X and Y": paths, shared neighbours, co-occurrence. */
export const graphQueries: Pick<QueryResolvers, 'paths' | 'commonNeighbors' | 'cooccurrences'> = {
  paths: async (_, { from, to, maxHops, limit, types }, ctx) => {
    await requireEntities(ctx.loaders.entities.loadMany([from, to]), [from, to]);
    const narrowed = types && types.length > 0 ? { types } : {};
    const paths = await ctx.store.paths(from, to, {
      maxHops: maxHops ?? 4,
      limit: checkFirst(limit ?? 5, 'limit'),
      ...narrowed,
    });
    return paths.map((path) => ({ ...path, ...narrowed }));
  },

  commonNeighbors: async (_, { a, b, types }, ctx) => {
    const keys = await ctx.store.commonNeighbours(a, b, opt(types));
    return existingEntities(ctx, keys);
  },

  cooccurrences: (_, { entity, types, since, until, first }, ctx) =>
    ctx.store.cooccurrences(entity, {
      limit: checkFirst(first ?? 20, 'first'),
      ...(types ? { types } : {}),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    }),
};

/** A path between unknown ids is a mistake worth naming, not an empty answer. */
async function requireEntities(loaded: Promise<unknown[]>, ids: readonly string[]): Promise<void> {
  const found = await loaded;
  const missing = ids.filter((_, index) => found[index] === null);
  const failed = found.find((e) => e instanceof Error);
  if (failed) throw failed;
  if (missing.length > 0) throw new NotFoundError(`no entity with id ${missing.join(', ')}`);
}
