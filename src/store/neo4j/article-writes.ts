import type { ArticleGraph } from '../../model/graph';
import type { UpsertResult } from '../graph-store';
import { markArticleChanges } from './article-changes';
import { articleParams, mentionRows, quoteRows, statementRows } from './article-content-rows';
import { writeEntities } from './entity-writes';
import type { CypherName } from './cypher-names';
import type { CypherTx } from './neo4j-context';
import {
  addEntityCounts,
  addPairShares,
  coMentionSharesOfGraphs,
  deleteOrphanEntities,
  recomputeEntityCounts,
  recomputeRelationships,
  retractCoMentionShares,
} from './recompute';
import { planArticleBatch, type BatchSegment, type LockedArticle } from './plan-article-batch';
import { distinctSorted, type Triple } from './triple';

interface Footprint {
  entityKeys: string[];
  triples: Triple[];
}

/**
 * Writes article graphs inside the caller's transaction, with the result upserting them one after
 * the other would have (see docs/store-semantics.md): created, unchanged (same content hash:
 * nothing written) or updated (old content retracted, new content written). Each statement kind
 * runs once per segment over all its rows; aggregates and entity counts are recomputed once, over
 * everything the batch touched.
 */
export async function writeArticleGraphs(
  tx: CypherTx,
  graphs: readonly ArticleGraph[],
): Promise<UpsertResult[]> {
  const articleIds = distinctSorted(graphs.map((g) => g.article.id));
  const locks = new Map<string, LockedArticle>();
  for (const row of await tx.run('article/lock-article', { articleIds })) {
    locks.set(row.id as string, {
      created: row.created === true,
      previousHash: (row.previousHash as string | null) ?? null,
    });
  }
  const plan = planArticleBatch(graphs, locks);
  const triples: Triple[] = [];
  // Entities an update touched are recounted from all their mentions; the rest only gain the
  // new articles' mentions (a hub entity's thousands of mentions are not re-read per batch).
  const recounted: string[] = [];
  const created: ArticleGraph[] = [];
  for (const segment of plan.segments) {
    const footprint = await writeSegment(tx, segment);
    triples.push(...footprint.triples);
    if (segment.replaces === undefined) created.push(...segment.graphs);
    else recounted.push(...footprint.entityKeys);
  }
  await recomputeRelationships(tx, triples);
  await recomputeEntityCounts(tx, recounted);
  await addEntityCounts(tx, created, new Set(recounted));
  await markArticleChanges(tx, graphs, plan.statuses);
  return graphs.map((graph, i) => ({
    articleId: graph.article.id,
    status: plan.statuses[i] ?? 'unchanged',
    entityKeys: graph.entities.map((e) => e.key).sort(),
  }));
}

/** Writes one segment's content; says which entities and triples it touched. */
async function writeSegment(tx: CypherTx, segment: BatchSegment): Promise<Footprint> {
  const { graphs, replaces } = segment;
  const retracted = replaces === undefined ? undefined : await retractArticleContent(tx, replaces);
  await tx.run('article/write-article', { rows: graphs.map(articleParams) });
  await writeEntities(
    tx,
    graphs.flatMap((g) => g.entities),
  );
  await runUnlessEmpty(tx, 'mention/write-mentions', graphs.flatMap(mentionRows));
  await runUnlessEmpty(tx, 'statement/write-statements', graphs.flatMap(statementRows));
  await runUnlessEmpty(tx, 'quote/write-quotes', graphs.flatMap(quoteRows));
  await addPairShares(tx, coMentionSharesOfGraphs(graphs));
  if (retracted) await deleteOrphanEntities(tx, retracted.entityKeys);
  const triples = graphs.flatMap((g) =>
    g.statements.map(({ subjectKey, type, objectKey }) => ({ subjectKey, type, objectKey })),
  );
  return {
    entityKeys: [
      ...graphs.flatMap((g) => g.entities.map((e) => e.key)),
      ...(retracted?.entityKeys ?? []),
    ],
    triples: [...triples, ...(retracted?.triples ?? [])],
  };
}

/** A statement over `rows`, skipped when there are none (a batch without quotes is common). */
async function runUnlessEmpty(tx: CypherTx, name: CypherName, rows: readonly unknown[]) {
  if (rows.length > 0) await tx.run(name, { rows });
}

/** Removes an article and what only it supported; false when it is unknown. */
export async function deleteArticleGraph(tx: CypherTx, articleId: string): Promise<boolean> {
  const [locked] = await tx.run('article/lock-existing-article', { id: articleId });
  if (!locked) return false;
  const retracted = await retractArticleContent(tx, articleId);
  await tx.run('article/delete-article', { id: articleId });
  await recomputeRelationships(tx, retracted.triples);
  await recomputeEntityCounts(tx, retracted.entityKeys);
  await deleteOrphanEntities(tx, retracted.entityKeys);
  return true;
}

/** Deletes an article's mentions, statements, quotes and co-mention shares; says what they touched. */
async function retractArticleContent(tx: CypherTx, articleId: string): Promise<Footprint> {
  const [footprint] = await tx.run('article/list-article-footprint', { id: articleId });
  await retractCoMentionShares(tx, [articleId]);
  await tx.run('article/delete-article-content', { id: articleId });
  return {
    entityKeys: (footprint?.entityKeys as string[] | undefined) ?? [],
    triples: (footprint?.triples as Triple[] | undefined) ?? [],
  };
}
