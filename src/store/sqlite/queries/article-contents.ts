import type { QuoteView, StatementView } from '../../graph-store';
import {
  QUOTE_VIEW_SQL,
  STATEMENT_VIEW_SQL,
  toQuoteView,
  toStatementView,
  type QuoteRow,
  type StatementRow,
} from '../article-reads';
import type { SqliteContext } from '../sqlite-context';

/** An article's statements (negated included) in reading order. */
export function statementsInArticle(ctx: SqliteContext, articleId: string): StatementView[] {
  const rows = ctx
    .sql(`${STATEMENT_VIEW_SQL} WHERE s.article_id = ? ORDER BY s.evidence_start, s.id`)
    .all(articleId) as StatementRow[];
  return rows.map(toStatementView);
}

/** An article's quotes in reading order. */
export function quotesInArticle(ctx: SqliteContext, articleId: string): QuoteView[] {
  const rows = ctx
    .sql(`${QUOTE_VIEW_SQL} WHERE q.article_id = ? ORDER BY q.start, q.id`)
    .all(articleId) as QuoteRow[];
  return rows.map(toQuoteView);
}
