import type { ArticleChange } from '../../store/graph-store';
import type { ArticleIngestedModel } from '../resolver-models';
import type { SubscriptionResolvers } from '../resolvers-types.generated';

/**
 * Live updates over server-sent events: every article written to the store — by this server's
 * mutations or by another process such as `newsgraph ingest` — as the change feed reports it.
 */
export const subscriptions: SubscriptionResolvers = {
  articleIngested: {
    subscribe: (_, __, ctx) => ctx.live.subscribe(),
    resolve: ({ status, articleId, entityKeys }: ArticleChange): ArticleIngestedModel => ({
      status,
      articleId,
      entityKeys,
    }),
  },
};
