import type { ArticleEntityKeys } from '../graph-store';
import { ARTICLE_ENTITY_KEYS_SQL } from './article-reads';
import type { SqliteContext } from './sqlite-context';

/** The articles mentioning any of the keys (mentions_entity index), newest first. */
const MENTIONING_SQL = `
  SELECT a.id AS articleId, json_group_array(DISTINCT m.entity_key) AS mentioned
  FROM mentions m JOIN articles a ON a.id = m.article_id
  WHERE m.entity_key IN (SELECT value FROM json_each(?))
  GROUP BY a.id
  ORDER BY coalesce(a.published_at, a.ingested_at) DESC, a.id`;

/**
 * The articles mentioning any of `keys`, each once, newest first, with the asked keys each
 * mentions and every key it names (GraphStore.entityKeysOfArticlesMentioning). The caller runs
 * it in one read transaction, so the articles and their keys come from one snapshot.
 */
export function entityKeysOfArticlesMentioning(
  ctx: SqliteContext,
  keys: readonly string[],
): ArticleEntityKeys[] {
  if (keys.length === 0) return [];
  const rows = ctx.sql(MENTIONING_SQL).all(JSON.stringify([...new Set(keys)])) as {
    articleId: string;
    mentioned: string;
  }[];
  const keysOf = ctx.sql(ARTICLE_ENTITY_KEYS_SQL).pluck();
  return rows.map((row) => ({
    articleId: row.articleId,
    mentioned: (JSON.parse(row.mentioned) as string[]).sort(),
    entityKeys: (keysOf.all({ p1: row.articleId }) as string[]).sort(),
  }));
}
