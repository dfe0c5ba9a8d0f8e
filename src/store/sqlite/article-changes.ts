import type { ArticleChange } from '../graph-store';
import type { SqliteContext } from './sqlite-context';

/**
 * Gives the article the next change number (see migration 003). The caller's write transaction
 * holds SQLite's one write lock, so no other writer can take the same number or commit a lower
 * one later.
 */
export function markArticleChanged(
  ctx: SqliteContext,
  articleId: string,
  status: ArticleChange['status'],
): void {
  const { seq } = ctx
    .sql('UPDATE article_change_counter SET seq = seq + 1 WHERE id = 1 RETURNING seq')
    .get() as { seq: number };
  ctx
    .sql('UPDATE articles SET change_seq = ?, change_status = ? WHERE id = ?')
    .run(seq, status, articleId);
}

interface ChangeRow {
  id: string;
  seq: number;
  status: ArticleChange['status'];
  keys: string | null;
}

export function articleChangesSince(
  ctx: SqliteContext,
  after: number,
  limit: number,
): ArticleChange[] {
  const rows = ctx
    .sql(
      `SELECT a.id, a.change_seq AS seq, a.change_status AS status,
              (SELECT group_concat(DISTINCT entity_key) FROM mentions
               WHERE article_id = a.id) AS keys
       FROM articles a
       WHERE a.change_seq > ?
       ORDER BY a.change_seq
       LIMIT ?`,
    )
    .all(after, limit) as ChangeRow[];
  return rows.map((row) => ({
    seq: row.seq,
    articleId: row.id,
    status: row.status,
    // Keys are `type:slug` or QIDs: no commas in them.
    entityKeys: row.keys ? row.keys.split(',').sort() : [],
  }));
}

export function latestArticleChange(ctx: SqliteContext): number {
  const row = ctx.sql('SELECT seq FROM article_change_counter WHERE id = 1').get() as
    { seq: number } | undefined;
  return row?.seq ?? 0;
}
