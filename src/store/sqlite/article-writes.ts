import { coMentionsFromMentions } from '../../model/co-mentions';
import type { ArticleGraph, ArticleRecord } from '../../model/graph';
import type { UpsertResult } from '../graph-store';
import { addArticleAggregates } from './add-article-aggregates';
import { markArticleChanged } from './article-changes';
import { insertMentions, insertQuotes, insertStatements } from './article-rows';
import { upsertEntities } from './entity-writes';
import {
  deleteOrphanEntities,
  insertArticleCoMentions,
  recomputeEntityCounts,
  recomputeRelationships,
  type Triple,
} from './recompute';
import type { SqliteContext } from './sqlite-context';

interface Retracted {
  entityKeys: string[];
  triples: Triple[];
}

/** Writes one article's graph; the caller runs it inside a transaction. */
export function writeArticleGraph(ctx: SqliteContext, graph: ArticleGraph): UpsertResult {
  const { article } = graph;
  const entityKeys = graph.entities.map((e) => e.key).sort();
  const stored = ctx
    .sql('SELECT content_hash AS hash FROM articles WHERE id = ?')
    .get(article.id) as { hash: string } | undefined;
  if (stored?.hash === article.contentHash) {
    return { articleId: article.id, status: 'unchanged', entityKeys };
  }
  const retracted = stored ? retractArticleContent(ctx, article.id) : undefined;

  writeArticleRow(ctx, graph);
  upsertEntities(ctx, graph.entities);
  const seenAt = article.publishedAt ?? article.ingestedAt;
  insertMentions(ctx, article.id, seenAt, graph.mentions);
  insertStatements(ctx, article, sourceKeyOf(article), graph.statements);
  insertQuotes(ctx, article.id, graph.quotes);
  insertArticleCoMentions(ctx, article.id, coMentionsFromMentions(graph.mentions));

  if (!retracted) {
    addArticleAggregates(ctx, {
      id: article.id,
      sourceKey: sourceKeyOf(article),
      seenAt,
    });
    markArticleChanged(ctx, article.id, 'created');
    return { articleId: article.id, status: 'created', entityKeys };
  }
  const newTriples = graph.statements.map((s): Triple => [s.subjectKey, s.type, s.objectKey]);
  recomputeEntityCounts(ctx, [...new Set([...entityKeys, ...retracted.entityKeys])]);
  recomputeRelationships(ctx, [...newTriples, ...retracted.triples]);
  deleteOrphanEntities(ctx, retracted.entityKeys);
  markArticleChanged(ctx, article.id, 'updated');
  return { articleId: article.id, status: 'updated', entityKeys };
}

/** Removes an article and what only it supported; false when it is unknown. */
export function deleteArticleGraph(ctx: SqliteContext, articleId: string): boolean {
  const exists = ctx.sql('SELECT 1 FROM articles WHERE id = ?').get(articleId);
  if (!exists) return false;
  const retracted = retractArticleContent(ctx, articleId);
  ctx.sql('DELETE FROM articles WHERE id = ?').run(articleId);
  recomputeEntityCounts(ctx, retracted.entityKeys);
  recomputeRelationships(ctx, retracted.triples);
  deleteOrphanEntities(ctx, retracted.entityKeys);
  return true;
}

/** Deletes an article's mentions, statements, quotes and co-mentions; says what they touched. */
function retractArticleContent(ctx: SqliteContext, articleId: string): Retracted {
  const keys = ctx
    .sql(
      `SELECT entity_key AS key FROM mentions WHERE article_id = @p1
       UNION SELECT subject_key FROM statements WHERE article_id = @p1
       UNION SELECT object_key FROM statements WHERE article_id = @p1
       UNION SELECT speaker_key FROM quotes WHERE article_id = @p1 AND speaker_key IS NOT NULL
       UNION SELECT qm.entity_key FROM quote_mentions qm JOIN quotes q ON q.id = qm.quote_id
             WHERE q.article_id = @p1`,
    )
    .pluck()
    .all({ p1: articleId }) as string[];
  const triples = ctx
    .sql(`SELECT DISTINCT subject_key, type, object_key FROM statements WHERE article_id = ?`)
    .raw()
    .all(articleId) as Triple[];
  for (const table of ['mentions', 'statements', 'quotes', 'article_comentions']) {
    ctx.sql(`DELETE FROM ${table} WHERE article_id = ?`).run(articleId);
  }
  return { entityKeys: keys, triples };
}

function writeArticleRow(ctx: SqliteContext, { article }: ArticleGraph): void {
  ctx
    .sql(
      `INSERT INTO articles (id, url, title, source, published_at, ingested_at, content_hash,
         language, word_count, text, extractor)
       VALUES (@id, @url, @title, @source, @publishedAt, @ingestedAt, @contentHash, @language,
         @wordCount, @text, @extractor)
       ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = excluded.title,
         source = excluded.source, published_at = excluded.published_at,
         ingested_at = excluded.ingested_at, content_hash = excluded.content_hash,
         language = excluded.language, word_count = excluded.word_count, text = excluded.text,
         extractor = excluded.extractor`,
    )
    .run({
      id: article.id,
      url: article.url ?? null,
      title: article.title ?? null,
      source: article.source ?? null,
      publishedAt: article.publishedAt ?? null,
      ingestedAt: article.ingestedAt,
      contentHash: article.contentHash,
      language: article.language,
      wordCount: article.wordCount,
      text: article.text,
      extractor: article.extractor,
    });
}

/** Who vouches for a statement: the publisher, or the article itself when it names none. */
function sourceKeyOf(article: ArticleRecord): string {
  return article.source ?? `article:${article.id}`;
}
