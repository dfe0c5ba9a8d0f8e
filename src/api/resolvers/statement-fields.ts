import { NotFoundError } from '../../errors';
import type { ArticleView } from '../../store/graph-store';
import type { ApiContext } from '../api-context';
import type { QuoteResolvers, StatementResolvers } from '../resolvers-types.generated';
import { existingEntities, referencedEntity } from './load-entities';

/** Statements and quotes: the evidence, with the article it comes from. */
export const statementFields: StatementResolvers = {
  subject: (s, _, ctx) => referencedEntity(ctx, s.subjectKey),
  object: (s, _, ctx) => referencedEntity(ctx, s.objectKey),
  date: (s) => s.date?.value ?? null,
  datePrecision: (s) => s.date?.precision ?? null,
  role: (s) => s.role ?? null,
  article: (s, _, ctx) => sourceArticle(ctx, s.articleId),
};

export const quoteFields: QuoteResolvers = {
  speaker: (q, _, ctx) => (q.speakerKey ? ctx.loaders.entities.load(q.speakerKey) : null),
  mentions: (q, _, ctx) => existingEntities(ctx, q.mentionedKeys),
  article: (q, _, ctx) => sourceArticle(ctx, q.articleId),
};

async function sourceArticle(ctx: ApiContext, id: string): Promise<ArticleView> {
  const article = await ctx.loaders.articles.load(id);
  if (!article) throw new NotFoundError(`article ${id} no longer exists (deleted)`);
  return article;
}
