import type { SqliteContext } from './sqlite-context';

/**
 * The ingest fast path: a brand-new article only adds to aggregates, so they are updated from
 * its own rows instead of re-reading every statement and mention of each touched triple and
 * entity (which grows with the corpus for hub entities). Updates, deletes and merges, which
 * take support away, recompute instead (recompute.ts); the contract tests pin both to the same
 * answers.
 */
export function addArticleAggregates(
  ctx: SqliteContext,
  article: { id: string; sourceKey: string; seenAt: string },
): void {
  ctx
    .sql(
      `UPDATE entities SET
         mention_count = mention_count + added.n,
         article_count = article_count + 1,
         first_seen = coalesce(min(first_seen, @seenAt), @seenAt),
         last_seen = coalesce(max(last_seen, @seenAt), @seenAt)
       FROM (SELECT entity_key, count(*) AS n FROM mentions WHERE article_id = @id
             GROUP BY entity_key) added
       WHERE entities.key = added.entity_key`,
    )
    .run({ id: article.id, seenAt: article.seenAt });
  ctx
    .sql(
      `INSERT INTO relationships (subject_key, type, object_key, statement_count, article_count,
         source_count, max_confidence, mean_confidence, first_date, last_date, roles)
       SELECT s.subject_key, s.type, s.object_key, count(*), 1, 1, max(s.confidence),
         avg(s.confidence), min(s.effective_date), max(s.effective_date),
         json_group_array(DISTINCT s.role) FILTER (WHERE s.role IS NOT NULL)
       FROM statements s
       WHERE s.article_id = @id AND s.modality <> 'negated' AND s.subject_key <> s.object_key
       GROUP BY s.subject_key, s.type, s.object_key
       ON CONFLICT (subject_key, type, object_key) DO UPDATE SET
         statement_count = relationships.statement_count + excluded.statement_count,
         article_count = relationships.article_count + 1,
         source_count = relationships.source_count + NOT EXISTS (
           SELECT 1 FROM statements o
           WHERE o.subject_key = excluded.subject_key AND o.type = excluded.type
             AND o.object_key = excluded.object_key AND o.source_key = @sourceKey
             AND o.article_id <> @id AND o.modality <> 'negated'),
         max_confidence = max(relationships.max_confidence, excluded.max_confidence),
         mean_confidence =
           (relationships.mean_confidence * relationships.statement_count
             + excluded.mean_confidence * excluded.statement_count)
           / (relationships.statement_count + excluded.statement_count),
         first_date = coalesce(min(relationships.first_date, excluded.first_date),
           relationships.first_date, excluded.first_date),
         last_date = coalesce(max(relationships.last_date, excluded.last_date),
           relationships.last_date, excluded.last_date),
         roles = (SELECT json_group_array(value) FROM
           (SELECT value FROM json_each(relationships.roles)
            UNION SELECT value FROM json_each(excluded.roles)))`,
    )
    .run({ id: article.id, sourceKey: article.sourceKey });
}
