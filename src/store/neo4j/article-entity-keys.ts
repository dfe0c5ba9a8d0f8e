import type { ArticleEntityKeys } from '../graph-store';
import type { CypherTx } from './neo4j-context';
import { distinctSorted } from './triple';

/**
 * The articles mentioning any of `keys`, each once, newest first, with the asked keys each
 * mentions and every key it names (GraphStore.entityKeysOfArticlesMentioning).
 */
export async function entityKeysOfArticlesMentioning(
  tx: CypherTx,
  keys: readonly string[],
): Promise<ArticleEntityKeys[]> {
  if (keys.length === 0) return [];
  const rows = await tx.run('article/entity-keys-of-articles-mentioning', {
    keys: distinctSorted(keys),
  });
  return rows.map((row) => ({
    articleId: row.articleId as string,
    mentioned: distinctSorted(row.mentioned as string[]),
    entityKeys: distinctSorted(row.entityKeys as string[]),
  }));
}
