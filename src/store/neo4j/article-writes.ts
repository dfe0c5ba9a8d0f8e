import type { ArticleGraph } from '../../model/graph';
import type { UpsertResult } from '../graph-store';
import { articleParams, mentionRows, quoteRows, statementRows } from './article-content-rows';
import { writeEntities } from './entity-writes';
import type { CypherTx } from './neo4j-context';
import {
  addCoMentionShares,
  deleteOrphanEntities,
  recomputeEntityCounts,
  recomputeRelationships,
  retractCoMentionShares,
} from './recompute';
import type { Triple } from './triple';

interface Footprint {
  entityKeys: string[];
  triples: Triple[];
}

/**
 * Writes one article's graph inside the caller's transaction (see docs/store-semantics.md):
 * created, unchanged (same content hash: nothing written) or updated (old content retracted,
 * new content written, touched aggregates and entities recomputed).
 */
export async function writeArticleGraph(tx: CypherTx, graph: ArticleGraph): Promise<UpsertResult> {
  const { article } = graph;
  const entityKeys = graph.entities.map((e) => e.key).sort();
  const [lock] = await tx.run('article/lock-article', { id: article.id });
  const created = lock?.created === true;
  if (!created && lock?.previousHash === article.contentHash) {
    return { articleId: article.id, status: 'unchanged', entityKeys };
  }
  const retracted = created ? undefined : await retractArticleContent(tx, article.id);

  await tx.run('article/write-article', { article: articleParams(graph) });
  await writeEntities(tx, graph.entities);
  await tx.run('mention/write-mentions', {
    articleId: article.id,
    rows: mentionRows(graph.mentions),
  });
  await tx.run('statement/write-statements', { articleId: article.id, rows: statementRows(graph) });
  await tx.run('quote/write-quotes', { articleId: article.id, rows: quoteRows(graph) });
  await addCoMentionShares(tx, [article.id]);

  const triples = graph.statements.map(({ subjectKey, type, objectKey }) => ({
    subjectKey,
    type,
    objectKey,
  }));
  await recomputeRelationships(tx, [...triples, ...(retracted?.triples ?? [])]);
  await recomputeEntityCounts(tx, [...entityKeys, ...(retracted?.entityKeys ?? [])]);
  if (retracted) await deleteOrphanEntities(tx, retracted.entityKeys);
  return { articleId: article.id, status: created ? 'created' : 'updated', entityKeys };
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
