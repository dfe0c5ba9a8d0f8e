import { coMentionsFromMentions } from '../../model/co-mentions';
import type { CypherTx } from './neo4j-context';
import { distinctSorted, distinctTriples, type Triple } from './triple';

/** Rebuilds the aggregated relationships of the triples from their statements. */
export async function recomputeRelationships(
  tx: CypherTx,
  triples: readonly Triple[],
): Promise<void> {
  if (triples.length === 0) return;
  await tx.run('relationship/recompute-relationships', { triples: distinctTriples(triples) });
}

/** mentionCount, articleCount, firstSeen, lastSeen of the entities, from their mentions. */
export async function recomputeEntityCounts(tx: CypherTx, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.run('entity/recompute-counts', { keys: distinctSorted(keys) });
}

/** Deletes the entities nothing refers to any more, unless curated. */
export async function deleteOrphanEntities(tx: CypherTx, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.run('entity/delete-orphans', { keys: distinctSorted(keys) });
}

/** Takes the articles' shares out of the CO_MENTIONED pairs; call before their mentions change. */
export async function retractCoMentionShares(
  tx: CypherTx,
  articleIds: readonly string[],
): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.run('comention/retract-article-shares', { articleIds: distinctSorted(articleIds) });
}

/**
 * Adds each article's share, derived from the mentions it now holds with the one definition
 * both stores use (`coMentionsFromMentions`).
 */
export async function addCoMentionShares(
  tx: CypherTx,
  articleIds: readonly string[],
): Promise<void> {
  if (articleIds.length === 0) return;
  const rows = await tx.run('article/list-article-mentions', {
    articleIds: distinctSorted(articleIds),
  });
  const mentionsByArticle = new Map<string, { entityKey: string; sentence: number }[]>();
  for (const row of rows) {
    const articleId = row.articleId as string;
    let list = mentionsByArticle.get(articleId);
    if (!list) mentionsByArticle.set(articleId, (list = []));
    for (const sentence of row.sentences as number[]) {
      list.push({ entityKey: row.entityKey as string, sentence });
    }
  }
  const pairs = new Map<string, { a: string; b: string; articleIds: string[]; counts: number[] }>();
  for (const [articleId, mentions] of mentionsByArticle) {
    for (const { a, b, count } of coMentionsFromMentions(mentions)) {
      const id = `${a}\u0000${b}`;
      let pair = pairs.get(id);
      if (!pair) pairs.set(id, (pair = { a, b, articleIds: [], counts: [] }));
      pair.articleIds.push(articleId);
      pair.counts.push(count);
    }
  }
  if (pairs.size === 0) return;
  await tx.run('comention/add-article-shares', { rows: [...pairs.values()] });
}
