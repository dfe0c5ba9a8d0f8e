import type { ArticleIngestedModel } from '../resolver-models';
import type { SubscriptionResolvers } from '../resolvers-types.generated';

/** Live updates over server-sent events, fed by the ingest mutations. */
export const subscriptions: SubscriptionResolvers = {
  articleIngested: {
    subscribe: (_, __, ctx) => ctx.pubsub.subscribe('articleIngested'),
    resolve: (payload: ArticleIngestedModel) => payload,
  },
};
