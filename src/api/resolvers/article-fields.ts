import type { ArticleIngestedEventResolvers, ArticleResolvers } from '../resolvers-types.generated';
import { NotFoundError } from '../../errors';
import { existingEntities } from './load-entities';

/** An article with the entities it mentions and the statements and quotes taken from it. */
export const articleFields: ArticleResolvers = {
  url: (a) => a.url ?? null,
  title: (a) => a.title ?? null,
  source: (a) => a.source ?? null,
  publishedAt: (a) => a.publishedAt ?? null,
  entities: (a, _, ctx) => existingEntities(ctx, a.entityKeys),
  statements: (a, _, ctx) => ctx.store.statementsInArticle(a.id),
  quotes: (a, _, ctx) => ctx.store.quotesInArticle(a.id),
};

export const articleIngestedFields: ArticleIngestedEventResolvers = {
  article: async (event, _, ctx) => {
    const article = await ctx.loaders.articles.load(event.articleId);
    if (!article)
      throw new NotFoundError(`article ${event.articleId} was deleted right after ingest`);
    return article;
  },
  entities: (event, _, ctx) => existingEntities(ctx, event.entityKeys),
};
