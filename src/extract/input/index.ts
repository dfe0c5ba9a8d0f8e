export type { ArticleLimits, ArticleReadResult } from './article-read-result';
export { DEFAULT_MAX_ARTICLE_BYTES } from './article-read-result';
export type { ArticleFormat } from './detect-article-format';
export { parseArticleFile } from './parse-article-file';
export type { ParseArticleFileOptions } from './parse-article-file';
export { readNdjsonArticles } from './read-ndjson-articles';
export type { NdjsonReadOptions } from './read-ndjson-articles';
export { articleFromRecord } from './article-from-record';
