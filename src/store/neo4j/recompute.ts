import { coMentionsFromMentions } from '../../model/co-mentions';
import { RELATION_TYPES } from '../../model/entity-types';
import type { ArticleGraph } from '../../model/graph';
import { mentionRows } from './article-content-rows';
import type { CypherTx } from './neo4j-context';
import { cypherInt } from './neo4j-values';
import { distinctSorted, distinctTriples, type Triple } from './triple';

/** Rebuilds the aggregated relationships of the triples from their statements. */
export async function recomputeRelationships(
  tx: CypherTx,
  triples: readonly Triple[],
): Promise<void> {
  if (triples.length === 0) return;
  await tx.run('relationship/recompute-relationships', {
    triples: distinctTriples(triples),
    // The statement writes a triple's own type only when it is one of these.
    relationTypes: [...RELATION_TYPES],
  });
}

/** mentionCount, articleCount, firstSeen, lastSeen of the entities, from their mentions. */
export async function recomputeEntityCounts(tx: CypherTx, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.run('entity/recompute-counts', { keys: distinctSorted(keys) });
}

/**
 * Adds brand-new articles' mentions to the counts of the entities they mention, leaving out
 * `recomputed` (entities whose counts are recomputed from all their mentions anyway).
 */
export async function addEntityCounts(
  tx: CypherTx,
  graphs: readonly ArticleGraph[],
  recomputed: ReadonlySet<string>,
): Promise<void> {
  const rows = new Map<string, EntityCountRow>();
  for (const graph of graphs) {
    const seen = graph.article.publishedAt ?? graph.article.ingestedAt;
    // The MENTIONS rows the write created, so the counts are the ones a recount would find.
    for (const { entityKey: key, starts } of mentionRows(graph)) {
      const count = starts.length;
      if (recomputed.has(key)) continue;
      const row = rows.get(key);
      if (!row) {
        rows.set(key, { key, mentions: count, articles: 1, firstSeen: seen, lastSeen: seen });
        continue;
      }
      row.mentions += count;
      row.articles += 1;
      if (seen < row.firstSeen) row.firstSeen = seen;
      if (seen > row.lastSeen) row.lastSeen = seen;
    }
  }
  if (rows.size === 0) return;
  const sorted = [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  await tx.run('entity/add-entity-counts', {
    rows: sorted.map((row) => ({
      ...row,
      mentions: cypherInt(row.mentions),
      articles: cypherInt(row.articles),
    })),
  });
}

interface EntityCountRow {
  key: string;
  mentions: number;
  articles: number;
  firstSeen: string;
  lastSeen: string;
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
  await addPairShares(tx, sharesOfMentions(await readArticleMentions(tx, articleIds)));
}

/** Adds the shares to their pairs, creating a pair that does not exist yet. */
export async function addPairShares(tx: CypherTx, shares: readonly PairShares[]) {
  if (shares.length === 0) return;
  await tx.run('comention/add-article-shares', { rows: shares });
}

/** One CO_MENTIONED pair (a < b by key) and the sentences each article shares in it. */
export interface PairShares {
  a: string;
  b: string;
  articleIds: string[];
  counts: number[];
}

/** The entity and sentences of every mention of the articles, to derive co-mentions from. */
export async function readArticleMentions(
  tx: CypherTx,
  articleIds: readonly string[],
): Promise<MentionSentences[]> {
  if (articleIds.length === 0) return [];
  const rows = await tx.run('article/list-article-mentions', {
    articleIds: distinctSorted(articleIds),
  });
  return rows.map((row) => ({
    articleId: row.articleId as string,
    entityKey: row.entityKey as string,
    sentences: row.sentences as number[],
  }));
}

/**
 * The shares of brand-new or rewritten articles, from the MENTIONS rows their write created
 * (`mentionRows`): what reading those mentions back would give, without the round trip.
 */
export function coMentionSharesOfGraphs(graphs: readonly ArticleGraph[]): PairShares[] {
  return sharesOfMentions(graphs.flatMap(mentionRows));
}

/** An entity's sentences in one article, as its MENTIONS relationship holds them. */
export interface MentionSentences {
  articleId: string;
  entityKey: string;
  sentences: readonly number[];
}

/**
 * Per pair, each article's count of sentences naming both (`coMentionsFromMentions`); only the
 * pairs `keep` accepts (all by default).
 */
export function sharesOfMentions(
  rows: readonly MentionSentences[],
  keep: (pair: { a: string; b: string }) => boolean = () => true,
): PairShares[] {
  const mentionsByArticle = new Map<string, { entityKey: string; sentence: number }[]>();
  for (const row of rows) {
    let list = mentionsByArticle.get(row.articleId);
    if (!list) mentionsByArticle.set(row.articleId, (list = []));
    for (const sentence of row.sentences) list.push({ entityKey: row.entityKey, sentence });
  }
  const pairs = new Map<string, PairShares>();
  for (const [articleId, mentions] of mentionsByArticle) {
    for (const { a, b, count } of coMentionsFromMentions(mentions)) {
      if (!keep({ a, b })) continue;
      const id = `${a}\u0000${b}`;
      let pair = pairs.get(id);
      if (!pair) pairs.set(id, (pair = { a, b, articleIds: [], counts: [] }));
      pair.articleIds.push(articleId);
      pair.counts.push(count);
    }
  }
  return [...pairs.values()];
}
