import type { ExtractionResult } from '../model/extraction';
import type { ArticleRecord } from '../model/graph';
import { contentHash } from '../model/ids';

/** What the caller knows about an article beyond its extraction; it wins over the extraction. */
export type ArticleMeta = Partial<Pick<ArticleRecord, 'url' | 'title' | 'source' | 'publishedAt'>>;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function buildArticleRecord(
  result: ExtractionResult,
  meta: ArticleMeta,
  ingestedAt: Date,
  extractor: string,
): ArticleRecord {
  const record: ArticleRecord = {
    id: result.id,
    ingestedAt: ingestedAt.toISOString(),
    contentHash: '',
    language: result.language,
    wordCount: countWords(result.text),
    text: result.text,
    extractor,
  };
  const url = meta.url ?? result.url;
  const title = meta.title ?? result.title;
  const source = meta.source ?? result.source;
  const publishedAt = meta.publishedAt ?? result.publishedAt;
  if (url !== undefined) record.url = url;
  if (title !== undefined) record.title = title;
  if (source !== undefined) record.source = source;
  if (publishedAt !== undefined) record.publishedAt = publishedAt;
  record.contentHash = contentHash(title, result.text);
  return record;
}
