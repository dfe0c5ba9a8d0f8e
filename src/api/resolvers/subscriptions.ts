import { endingWith } from '../live/ending-with';
import type { ArticleIngestedModel } from '../resolver-models';
import type { SubscriptionResolvers } from '../resolvers-types.generated';

/**
 * Live updates over server-sent events: every article written to the store — by this server's
 * mutations or by another process such as `newsgraph ingest` — as the change feed reports it.
 */
export const subscriptions: SubscriptionResolvers = {
  articleIngested: {
    subscribe: async (_, __, ctx) => {
      const leave = await ctx.live.join();
      return endingWith(ctx.pubsub.subscribe('articleIngested'), leave);
    },
    resolve: (payload: ArticleIngestedModel) => payload,
  },
};
