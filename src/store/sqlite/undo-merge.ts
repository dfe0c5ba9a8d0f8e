import { NotFoundError } from '../../errors';
import type { CurationActor } from '../graph-store';
import { absorbedTargetConflict, recreatedEntityConflict } from '../merge-undo-refusals';
import { rebuildEntityForms } from './entity-writes';
import type { MergeUndoData } from './merge-undo-data';
import {
  deleteOrphanEntities,
  recomputeArticleCoMentions,
  recomputeEntityCounts,
  recomputeRelationships,
  type Triple,
} from './recompute';
import type { SqliteContext } from './sqlite-context';

/** True for an article id in @unchanged, or for any when the merge record predates hashes. */
const UNCHANGED = (column: string) =>
  `(@unchanged IS NULL OR ${column} IN (SELECT value FROM json_each(@unchanged)))`;

/**
 * Puts back the merged entities and what the merge moved from them, in the articles still stored
 * as they were at the merge; takes from the target only the aliases the merge brought (not those
 * an analyst gave it since), and recomputes what derives from them. Refuses, changing nothing,
 * when a merged key exists again or the target has been merged away (docs/store-semantics.md).
 * The caller runs it inside a transaction.
 */
export function undoMerge(ctx: SqliteContext, mergeId: string, actor: CurationActor): void {
  const merge = ctx
    .sql('SELECT into_key AS intoKey, undo FROM merges WHERE id = ? AND undone_at IS NULL')
    .get(mergeId) as { intoKey: string; undo: string } | undefined;
  if (!merge) throw new NotFoundError(`No merge ${mergeId} to undo`);
  const into = merge.intoKey;
  const undo = JSON.parse(merge.undo) as MergeUndoData;
  const mergedKeys = undo.entities.map((e) => e.key);
  refuseUnsafeUndo(ctx, mergeId, into, mergedKeys);

  const scope: UndoScope = {
    into,
    merged: JSON.stringify(mergedKeys),
    unchanged: unchangedArticles(ctx, undo),
  };
  const statementIds = JSON.stringify(undo.statements.map(([id]) => id));
  const triplesBefore = statementTriples(ctx, statementIds);
  for (const entity of undo.entities) {
    ctx
      .sql(
        `INSERT INTO entities (key, type, name, wikidata_id, attributes, mention_count,
           article_count, first_seen, last_seen, curated)
         VALUES (@key, @type, @name, @wikidata_id, @attributes, @mention_count, @article_count,
           @first_seen, @last_seen, @curated)`,
      )
      .run(entity);
  }
  ctx
    .sql(
      `INSERT INTO entity_aliases (entity_key, alias)
       SELECT a.value ->> 0, a.value ->> 1 FROM json_each(?) a`,
    )
    .run(JSON.stringify(undo.aliases));
  restoreMentions(ctx, scope, undo);
  restoreStatementEnds(ctx, scope, undo);
  restoreQuotes(ctx, scope, undo);
  restoreTargetNames(ctx, mergeId, into, undo);

  const keys = [into, ...mergedKeys];
  recomputeArticleCoMentions(ctx, undo.articleIds);
  recomputeRelationships(ctx, [...triplesBefore, ...statementTriples(ctx, statementIds)]);
  recomputeEntityCounts(ctx, keys);
  rebuildEntityForms(ctx, keys);
  // As deleteArticle would have done had there been no merge: an entity whose articles have all
  // gone since, and that no analyst curated, goes.
  deleteOrphanEntities(ctx, keys);
  ctx
    .sql('UPDATE merges SET undone_at = ?, undone_by = ? WHERE id = ?')
    .run(new Date().toISOString(), actor.by, mergeId);
}

interface UndoScope {
  into: string;
  /** JSON array of the merged keys. */
  merged: string;
  /** JSON array of the article ids undo may rewrite; null = all (a record without hashes). */
  unchanged: string | null;
}

function refuseUnsafeUndo(
  ctx: SqliteContext,
  mergeId: string,
  into: string,
  mergedKeys: readonly string[],
): void {
  const present = new Set(
    ctx
      .sql('SELECT key FROM entities WHERE key IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify([into, ...mergedKeys])) as string[],
  );
  const recreated = mergedKeys.filter((key) => present.has(key));
  if (recreated.length > 0) throw recreatedEntityConflict(mergeId, into, recreated);
  if (!present.has(into)) {
    const absorbedBy = ctx
      .sql(
        `SELECT id, into_key AS "into" FROM merges
         WHERE undone_at IS NULL AND EXISTS (SELECT 1 FROM json_each(merges.merged) WHERE value = ?)
         ORDER BY at DESC LIMIT 1`,
      )
      .get(into) as { id: string; into: string } | undefined;
    throw absorbedTargetConflict(mergeId, into, absorbedBy);
  }
}

/** The articles whose content is what it was at the merge, as a JSON array. */
function unchangedArticles(ctx: SqliteContext, undo: MergeUndoData): string | null {
  if (undo.articleHashes === undefined) return null;
  const ids = ctx
    .sql(
      `SELECT a.id FROM articles a JOIN json_each(?) h
         ON a.id = h.value ->> 0 AND a.content_hash = h.value ->> 1`,
    )
    .pluck()
    .all(JSON.stringify(undo.articleHashes)) as string[];
  return JSON.stringify(ids);
}

function statementTriples(ctx: SqliteContext, statementIds: string): Triple[] {
  return ctx
    .sql(
      `SELECT DISTINCT subject_key, type, object_key FROM statements
       WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .all(statementIds) as Triple[];
}

function restoreMentions(ctx: SqliteContext, scope: UndoScope, undo: MergeUndoData): void {
  const params = { ...scope, mentions: JSON.stringify(undo.mentions) };
  ctx
    .sql(
      `DELETE FROM mentions WHERE entity_key = @into AND (article_id, start, "end") IN
         (SELECT m.value ->> 'article_id', m.value ->> 'start', m.value ->> 'end'
          FROM json_each(@mentions) m
          WHERE m.value ->> 'preexisting' = 0 AND ${UNCHANGED("m.value ->> 'article_id'")})`,
    )
    .run(params);
  ctx
    .sql(
      `INSERT INTO mentions (article_id, entity_key, start, "end", text, sentence, confidence,
         source, candidates, seen_at)
       SELECT m.value ->> 'article_id', m.value ->> 'entity_key', m.value ->> 'start',
         m.value ->> 'end', m.value ->> 'text', m.value ->> 'sentence',
         m.value ->> 'confidence', m.value ->> 'source', m.value ->> 'candidates',
         m.value ->> 'seen_at'
       FROM json_each(@mentions) m
       WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = m.value ->> 'article_id')
         AND ${UNCHANGED("m.value ->> 'article_id'")}`,
    )
    .run(params);
}

/**
 * An end the merge moved goes back only while it still points at the target: a later merge may
 * have moved the other end, which stays where it is.
 */
function restoreStatementEnds(ctx: SqliteContext, scope: UndoScope, undo: MergeUndoData): void {
  const wasMerged = (path: string) =>
    `u.value ->> ${path} IN (SELECT value FROM json_each(@merged))`;
  ctx
    .sql(
      `UPDATE statements SET
         subject_key = CASE WHEN subject_key = @into AND ${wasMerged('1')}
           THEN u.value ->> 1 ELSE subject_key END,
         object_key = CASE WHEN object_key = @into AND ${wasMerged('2')}
           THEN u.value ->> 2 ELSE object_key END
       FROM json_each(@rows) u
       WHERE statements.id = u.value ->> 0 AND ${UNCHANGED('statements.article_id')}`,
    )
    .run({ ...scope, rows: JSON.stringify(undo.statements) });
}

function restoreQuotes(ctx: SqliteContext, scope: UndoScope, undo: MergeUndoData): void {
  ctx
    .sql(
      `UPDATE quotes SET speaker_key = u.value ->> 1 FROM json_each(@rows) u
       WHERE quotes.id = u.value ->> 0 AND quotes.speaker_key = @into
         AND ${UNCHANGED('quotes.article_id')}`,
    )
    .run({ ...scope, rows: JSON.stringify(undo.quoteSpeakers) });
  const params = { ...scope, rows: JSON.stringify(undo.quoteMentions) };
  ctx
    .sql(
      `DELETE FROM quote_mentions WHERE entity_key = @into
         AND quote_id IN (SELECT q.value ->> 0 FROM json_each(@rows) q WHERE q.value ->> 2 = 0)
         AND quote_id IN (SELECT id FROM quotes WHERE ${UNCHANGED('quotes.article_id')})`,
    )
    .run(params);
  ctx
    .sql(
      `INSERT OR IGNORE INTO quote_mentions (quote_id, entity_key)
       SELECT q.value ->> 0, q.value ->> 1 FROM json_each(@rows) q
       JOIN quotes ON quotes.id = q.value ->> 0
       WHERE ${UNCHANGED('quotes.article_id')}`,
    )
    .run(params);
}

/**
 * The target loses the aliases the merge brought, except those an analyst has given it since;
 * it stays curated when an analyst's alias curated it before or since, or when it is the target
 * of another merge still standing.
 */
function restoreTargetNames(
  ctx: SqliteContext,
  mergeId: string,
  into: string,
  undo: MergeUndoData,
): void {
  const analystAliases = new Set(undo.analystAliases ?? []);
  ctx
    .sql(
      `DELETE FROM entity_aliases
       WHERE entity_key = ? AND alias IN (SELECT value FROM json_each(?))`,
    )
    .run(into, JSON.stringify(undo.newAliases.filter((alias) => !analystAliases.has(alias))));
  const otherMerge = ctx
    .sql('SELECT 1 FROM merges WHERE into_key = ? AND undone_at IS NULL AND id <> ? LIMIT 1')
    .get(into, mergeId);
  const byAnalyst = undo.intoAnalystCurated ?? undo.intoCurated === 1;
  const curated = byAnalyst || analystAliases.size > 0 || otherMerge !== undefined;
  ctx.sql('UPDATE entities SET curated = ? WHERE key = ?').run(curated ? 1 : 0, into);
}
