import type { InvalidArticleError } from '../../errors';
import type { ArticleInput } from '../../model/article-input';

/**
 * One article read from a file or stream, or the reason it could not be read. Readers return
 * failures as data so that one bad item never stops the items after it.
 */
export type ArticleReadResult =
  | { ok: true; input: ArticleInput; line?: number }
  | { ok: false; error: InvalidArticleError; line?: number };

export const DEFAULT_MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export interface ArticleLimits {
  /** Largest article body accepted, in UTF-8 bytes of its text or HTML. Default 10 MB. */
  maxArticleBytes?: number;
}
