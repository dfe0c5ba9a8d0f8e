import { NotFoundError } from '../../errors';
import { checkFirst } from '../connection/page-args';
import type { QueryResolvers } from '../resolvers-types.generated';
import { existingEntities } from './load-entities';
import { opt } from './optional';

/** "What connects X and Y": paths, shared neighbours, co-occurrence. */
export const graphQueries: Pick<QueryResolvers, 'paths' | 'commonNeighbors' | 'cooccurrences'> = {
  paths: async (_, { from, to, maxHops, limit, types }, ctx) => {
    const narrowed = types && types.length > 0 ? { types } : {};
    const options = { maxHops: maxHops ?? 4, limit: checkFirst(limit ?? 5, 'limit'), ...narrowed };
    // Both reads at once (one wait, not two); an unknown end is still the error reported.
    const [ends, found] = await Promise.allSettled([
      requireEntities(ctx.loaders.entities.loadMany([from, to]), [from, to]),
      ctx.store.paths(from, to, options),
    ]);
    if (ends.status === 'rejected') throw ends.reason;
    if (found.status === 'rejected') throw found.reason;
    return found.value.map((path) => ({ ...path, ...narrowed }));
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
