import type { RelationType } from '../../model/entity-types';
import type { ArticleView, Page, QuoteView, StatementView } from '../graph-store';
import type { CypherTx } from './neo4j-context';
import { cypherInt } from './neo4j-values';
import { toArticleView, toQuoteView, toStatementView } from './row-views';

/** The article with the keys of every entity it mentions or refers to, and its counts. */
export async function getArticle(tx: CypherTx, id: string): Promise<ArticleView | null> {
  const [row] = await tx.run('article/get-article', { id });
  return row ? toArticleView(row) : null;
}

/** Every statement of one triple, negated ones included, most confident first. */
export async function statementsBetween(
  tx: CypherTx,
  subjectKey: string,
  type: RelationType,
  objectKey: string,
): Promise<StatementView[]> {
  const rows = await tx.run('statement/statements-between', { subjectKey, type, objectKey });
  return rows.map(toStatementView);
}

/** A speaker's quotes, newest article first (undated last), then by position. */
export async function quotesBy(tx: CypherTx, speakerKey: string, page: Page): Promise<QuoteView[]> {
  const rows = await tx.run('quote/quotes-by', {
    speakerKey,
    offset: cypherInt(page.offset),
    limit: cypherInt(page.limit),
  });
  return rows.map(toQuoteView);
}

export async function knownContentHashes(
  tx: CypherTx,
  hashes: readonly string[],
): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await tx.run('article/find-known-hashes', { hashes: [...new Set(hashes)] });
  return new Set(rows.map((row) => row.hash as string));
}

/** Stored content hash by article id, for the ids that are stored. */
export async function contentHashesOf(
  tx: CypherTx,
  articleIds: readonly string[],
): Promise<Map<string, string>> {
  if (articleIds.length === 0) return new Map();
  const rows = await tx.run('article/content-hashes-of', { ids: [...new Set(articleIds)] });
  return new Map(rows.map((row) => [row.id as string, row.hash as string]));
}
