import { pageArgs } from '../connection/page-args';
import { storePage, toConnection } from '../connection/to-connection';
import type { QueryResolvers } from '../resolvers-types.generated';
import { defined } from './optional';

/** Articles by id or filter, and events (entities of type Event) by participants and place. */
export const articleQueries: Pick<QueryResolvers, 'article' | 'articles' | 'event' | 'events'> = {
  article: (_, { id }, ctx) => ctx.loaders.articles.load(id),

  articles: async (_, { filter, first, after }, ctx) => {
    const page = pageArgs(first, after);
    const rows = await ctx.store.articles(defined({ ...filter }), storePage(page));
    for (const article of rows) ctx.loaders.articles.prime(article.id, article);
    return toConnection(rows, page, (article) => ({ node: article }));
  },

  event: async (_, { id }, ctx) => {
    const entity = await ctx.loaders.entities.load(id);
    return entity?.type === 'Event' ? entity : null;
  },

  events: async (_, { filter, first, after }, ctx) => {
    const page = pageArgs(first, after);
    const rows = await ctx.store.events(defined({ ...filter }), storePage(page));
    for (const entity of rows) ctx.loaders.entities.prime(entity.key, entity);
    return toConnection(rows, page, (entity) => ({ node: entity, score: null }));
  },
};
