import type {
  ArticleIngestedEventResolvers,
  ArticleResolvers,
  IngestResultResolvers,
} from '../resolvers-types.generated';
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

/** One item's ingest outcome: the article and entities it wrote, when it wrote any. */
export const ingestResultFields: IngestResultResolvers = {
  articleId: (result) => result.articleId ?? null,
  article: (result, _, ctx) =>
    result.status === 'error' || !result.articleId
      ? null
      : ctx.loaders.articles.load(result.articleId),
  entities: (result, _, ctx) => existingEntities(ctx, result.entityKeys),
  error: (result) => result.error ?? null,
};
