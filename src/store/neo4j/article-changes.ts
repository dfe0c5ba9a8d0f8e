import type { ArticleGraph } from '../../model/graph';
import type { ArticleChange, UpsertStatus } from '../graph-store';
import type { CypherTx } from './neo4j-context';
import { cypherInt } from './neo4j-values';

/**
 * Numbers the articles a batch wrote, in the caller's transaction (cypher/feed). An id written
 * twice in the batch is numbered once, with the status of its last write, as writing the
 * articles one by one would leave it.
 */
export async function markArticleChanges(
  tx: CypherTx,
  graphs: readonly ArticleGraph[],
  statuses: readonly UpsertStatus[],
): Promise<void> {
  const last = new Map<string, ArticleChange['status']>();
  graphs.forEach((graph, i) => {
    const status = statuses[i];
    if (status === 'created' || status === 'updated') {
      last.delete(graph.article.id);
      last.set(graph.article.id, status);
    }
  });
  if (last.size === 0) return;
  const rows = [...last].map(([id, status]) => ({ id, status }));
  await tx.run('feed/mark-article-changes', { rows });
}

/**
 * Two statements in one read transaction: the counter first, then the articles numbered up to
 * it (see cypher/feed/article-changes-since.cypher), so no committed change is passed over.
 */
export async function articleChangesSince(
  tx: CypherTx,
  after: number,
  limit: number,
): Promise<ArticleChange[]> {
  const upTo = await latestArticleChange(tx);
  if (upTo <= after) return [];
  const rows = await tx.run('feed/article-changes-since', {
    after: cypherInt(after),
    upTo: cypherInt(upTo),
    limit: cypherInt(limit),
  });
  return rows.map((row) => ({
    seq: Number(row.seq),
    articleId: row.articleId as string,
    status: row.status as ArticleChange['status'],
    entityKeys: row.entityKeys as string[],
  }));
}

export async function latestArticleChange(tx: CypherTx): Promise<number> {
  const [row] = await tx.run('feed/latest-article-change');
  return Number(row?.seq ?? 0);
}
