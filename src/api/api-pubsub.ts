import { createPubSub } from 'graphql-yoga';
import type { ArticleIngestedModel } from './resolver-models';

/** In-process pub/sub: one server process, so live dashboards need no broker. */
export function createApiPubSub() {
  return createPubSub<{ articleIngested: [ArticleIngestedModel] }>();
}

export type ApiPubSub = ReturnType<typeof createApiPubSub>;
