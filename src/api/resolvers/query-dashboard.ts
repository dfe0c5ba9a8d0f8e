import { checkFirst } from '../connection/page-args';
import type { QueryResolvers } from '../resolvers-types.generated';
import { defined } from './optional';

/** Dashboard aggregates: totals, most mentioned entities, relation counts over time. */
export const dashboardQueries: Pick<QueryResolvers, 'stats' | 'topEntities' | 'relationCounts'> = {
  stats: (_, __, ctx) => ctx.store.stats(),

  topEntities: (_, { type, since, until, first }, ctx) =>
    ctx.store.topEntities(defined({ type, since, until, limit: checkFirst(first ?? 20, 'first') })),

  relationCounts: (_, { types, since, until, bucket }, ctx) =>
    ctx.store.relationCounts(defined({ types, since, until, bucket })),
};
