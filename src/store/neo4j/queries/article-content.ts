import type { QuoteView, StatementView } from '../../graph-store';
import type { CypherTx } from '../neo4j-context';
import { toQuoteView, toStatementView } from '../row-views';

/** An article's statements, negated included, by evidence start then id. */
export async function statementsInArticle(
  tx: CypherTx,
  articleId: string,
): Promise<StatementView[]> {
  const rows = await tx.run('queries/article-statements', { articleId });
  return rows.map(toStatementView);
}

/** An article's quotes by start (then id). */
export async function quotesInArticle(tx: CypherTx, articleId: string): Promise<QuoteView[]> {
  const rows = await tx.run('queries/article-quotes', { articleId });
  return rows.map(toQuoteView);
}
