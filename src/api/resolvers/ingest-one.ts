import { isNewsgraphError } from '../../errors';
import type { ArticleInput as ArticleInputModel } from '../../model/article-input';
import type { ApiContext } from '../api-context';
import type { IngestResultModel } from '../resolver-models';
import type { ArticleInput } from '../resolvers-types.generated';
import { defined } from './optional';

/** Codes that describe the article, not the service: reported per item, as data. */
const ITEM_ERROR_CODES = new Set(['INVALID_ARTICLE', 'BAD_USER_INPUT']);

/**
 * Ingest one article and have subscribers told. A bad article is an expected outcome and comes back
 * as `status: error` with its code; a store failure is not, and is thrown (STORE_UNAVAILABLE).
 */
export async function ingestOne(
  ctx: ApiContext,
  input: ArticleInput,
  position?: number,
): Promise<IngestResultModel> {
  const article: ArticleInputModel = {
    ...defined({ ...input }),
    origin: position === undefined ? 'input' : `inputs[${position}]`,
  };
  try {
    const result = await ctx.ingestor.ingest(article);
    // Subscribers hear of it from the change feed, as of any other writer's articles.
    if (result.status !== 'unchanged') ctx.live.poke();
    ctx.loaders.articles.clear(result.articleId);
    ctx.loaders.entities.clearAll();
    return { status: result.status, articleId: result.articleId, entityKeys: result.entityKeys };
  } catch (error) {
    if (isNewsgraphError(error) && ITEM_ERROR_CODES.has(error.code)) {
      return {
        status: 'error',
        entityKeys: [],
        ...(input.id ? { articleId: input.id } : {}),
        error: { code: 'BAD_USER_INPUT', message: error.message },
      };
    }
    throw error;
  }
}
