import { coMentionsFromMentions } from '../../model/co-mentions';
import type { SqliteContext } from './sqlite-context';

/** A relationship's identity: [subjectKey, type, objectKey]. */
export type Triple = [string, string, string];

/**
 * mention_count, article_count, first_seen and last_seen of the given entities, from their
 * mention rows (one covering index range each).
 */
export function recomputeEntityCounts(ctx: SqliteContext, keys: readonly string[]): void {
  if (keys.length === 0) return;
  ctx
    .sql(
      `UPDATE entities SET
         mention_count = (SELECT count(*) FROM mentions m WHERE m.entity_key = entities.key),
         article_count = (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_key = entities.key),
         first_seen = (SELECT min(m.seen_at) FROM mentions m WHERE m.entity_key = entities.key),
         last_seen = (SELECT max(m.seen_at) FROM mentions m WHERE m.entity_key = entities.key)
       WHERE key IN (SELECT value FROM json_each(?))`,
    )
    .run(JSON.stringify(keys));
}

/**
 * Rebuilds the aggregated relationship of each triple from its statements: negated statements
 * and self-loops (left by a merge) do not count; a triple left with no statement disappears.
 */
export function recomputeRelationships(ctx: SqliteContext, triples: readonly Triple[]): void {
  if (triples.length === 0) return;
  const json = JSON.stringify(triples);
  ctx
    .sql(
      `DELETE FROM relationships WHERE (subject_key, type, object_key) IN
         (SELECT t.value ->> 0, t.value ->> 1, t.value ->> 2 FROM json_each(?) t)`,
    )
    .run(json);
  ctx
    .sql(
      `INSERT INTO relationships (subject_key, type, object_key, statement_count, article_count,
         source_count, max_confidence, mean_confidence, first_date, last_date, roles)
       SELECT s.subject_key, s.type, s.object_key, count(*), count(DISTINCT s.article_id),
         count(DISTINCT s.source_key), max(s.confidence), avg(s.confidence),
         min(s.effective_date), max(s.effective_date),
         json_group_array(DISTINCT s.role) FILTER (WHERE s.role IS NOT NULL)
       FROM (SELECT DISTINCT t.value ->> 0 AS sk, t.value ->> 1 AS ty, t.value ->> 2 AS ok
             FROM json_each(?) t) wanted
       JOIN statements s
         ON s.subject_key = wanted.sk AND s.type = wanted.ty AND s.object_key = wanted.ok
       WHERE s.modality <> 'negated' AND s.subject_key <> s.object_key
       GROUP BY s.subject_key, s.type, s.object_key`,
    )
    .run(json);
}

/** Removes entities no longer mentioned or referenced anywhere, unless an analyst curated them. */
export function deleteOrphanEntities(ctx: SqliteContext, keys: readonly string[]): void {
  if (keys.length === 0) return;
  ctx
    .sql(
      `DELETE FROM entities
       WHERE key IN (SELECT value FROM json_each(?)) AND curated = 0
         AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_key = entities.key)
         AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.subject_key = entities.key)
         AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.object_key = entities.key)
         AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_key = entities.key)
         AND NOT EXISTS (SELECT 1 FROM quote_mentions qm WHERE qm.entity_key = entities.key)`,
    )
    .run(JSON.stringify(keys));
}

/**
 * Replaces the per-article co-mentions of the given articles with those of their mentions now.
 * Only the rows that differ are written: after a merge most of an article's pairs are unchanged
 * (only those naming the entity merged into move), and rewriting all of them (three B-trees per
 * row) was the end-of-run passes' costliest write on the BBC ingest, about 60,000 rows deleted
 * and inserted again for a few thousand that changed.
 *
 * Given `around`, only the pairs naming one of those keys are compared and written: for a caller
 * that knows no other pair of these articles can have changed (merges move mentions onto their
 * targets alone), reading and comparing every other pair again was most of the work.
 */
export function recomputeArticleCoMentions(
  ctx: SqliteContext,
  articleIds: readonly string[],
  around?: ReadonlySet<string>,
): void {
  // A chunk at a time: the end-of-run passes merge many entities in one call, and holding every
  // touched article's wanted and stored pairs at once grew with the corpus (about 110 MB of heap
  // on the BBC corpus repeated ten times).
  for (let from = 0; from < articleIds.length; from += ARTICLES_PER_RECOMPUTE) {
    recomputeCoMentionsOf(ctx, articleIds.slice(from, from + ARTICLES_PER_RECOMPUTE), around);
  }
}

/** How many articles' co-mentions one recompute step holds in memory. */
const ARTICLES_PER_RECOMPUTE = 200;

type SentenceMention = { entityKey: string; sentence: number };

function recomputeCoMentionsOf(
  ctx: SqliteContext,
  articleIds: readonly string[],
  around: ReadonlySet<string> | undefined,
): void {
  const json = JSON.stringify(articleIds);
  const rows = ctx
    .sql(
      `SELECT article_id AS articleId, entity_key AS entityKey, sentence FROM mentions
       WHERE article_id IN (SELECT value FROM json_each(?))`,
    )
    .all(json) as ({ articleId: string } & SentenceMention)[];
  const byArticle = new Map<string, SentenceMention[]>();
  for (const row of rows) {
    let list = byArticle.get(row.articleId);
    if (!list) byArticle.set(row.articleId, (list = []));
    list.push(row);
  }
  const wanted = new Map<string, StoredCoMention>();
  for (const [articleId, mentions] of byArticle) {
    const pairs = around
      ? coMentionsFromMentions(inSentencesNaming(mentions, around)).filter(
          ({ a, b }) => around.has(a) || around.has(b),
        )
      : coMentionsFromMentions(mentions);
    for (const { a, b, count } of pairs) {
      wanted.set(coMentionId(articleId, a, b), { articleId, a, b, count });
    }
  }
  const stored = (
    around
      ? ctx
          .sql(
            `SELECT article_id AS articleId, a, b, count FROM article_comentions
             WHERE article_id IN (SELECT value FROM json_each(@articles))
               AND (a IN (SELECT value FROM json_each(@keys))
                 OR b IN (SELECT value FROM json_each(@keys)))`,
          )
          .all({ articles: json, keys: JSON.stringify([...around]) })
      : ctx
          .sql(
            `SELECT article_id AS articleId, a, b, count FROM article_comentions
             WHERE article_id IN (SELECT value FROM json_each(?))`,
          )
          .all(json)
  ) as StoredCoMention[];
  const remove = ctx.sql('DELETE FROM article_comentions WHERE article_id = ? AND a = ? AND b = ?');
  const update = ctx.sql(
    'UPDATE article_comentions SET count = ? WHERE article_id = ? AND a = ? AND b = ?',
  );
  for (const row of stored) {
    const id = coMentionId(row.articleId, row.a, row.b);
    const now = wanted.get(id);
    if (!now) remove.run(row.articleId, row.a, row.b);
    else if (now.count !== row.count) update.run(now.count, row.articleId, row.a, row.b);
    wanted.delete(id);
  }
  const insert = insertCoMention(ctx);
  for (const c of wanted.values()) insert.run(c.articleId, c.a, c.b, c.count);
}

/**
 * The mentions of one article's sentences that name one of `keys`: every sentence counted for a
 * pair naming one of them, and no other.
 */
function inSentencesNaming(
  mentions: readonly SentenceMention[],
  keys: ReadonlySet<string>,
): SentenceMention[] {
  const sentences = new Set<number>();
  for (const m of mentions) if (keys.has(m.entityKey)) sentences.add(m.sentence);
  return mentions.filter((m) => sentences.has(m.sentence));
}

interface StoredCoMention {
  articleId: string;
  a: string;
  b: string;
  count: number;
}

function coMentionId(articleId: string, a: string, b: string): string {
  return `${articleId}\u0000${a}\u0000${b}`;
}

function insertCoMention(ctx: SqliteContext) {
  return ctx.sql('INSERT INTO article_comentions (article_id, a, b, count) VALUES (?, ?, ?, ?)');
}

export function insertArticleCoMentions(
  ctx: SqliteContext,
  articleId: string,
  coMentions: readonly { a: string; b: string; count: number }[],
): void {
  const insert = insertCoMention(ctx);
  for (const c of coMentions) insert.run(articleId, c.a, c.b, c.count);
}
