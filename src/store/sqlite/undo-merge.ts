import { NotFoundError } from '../../errors';
import type { CurationActor } from '../graph-store';
import { rebuildEntityForms } from './entity-writes';
import type { MergeUndoData } from './merge-undo-data';
import {
  recomputeArticleCoMentions,
  recomputeEntityCounts,
  recomputeRelationships,
  type Triple,
} from './recompute';
import type { SqliteContext } from './sqlite-context';

/**
 * Puts back the merged entities and everything that moved, removes the aliases the merge gave
 * the target, and recomputes what derives from them. The caller runs it inside a transaction.
 */
export function undoMerge(ctx: SqliteContext, mergeId: string, actor: CurationActor): void {
  const merge = ctx
    .sql('SELECT into_key AS intoKey, undo FROM merges WHERE id = ? AND undone_at IS NULL')
    .get(mergeId) as { intoKey: string; undo: string } | undefined;
  if (!merge) throw new NotFoundError(`No merge ${mergeId} to undo`);
  const into = merge.intoKey;
  const undo = JSON.parse(merge.undo) as MergeUndoData;
  const mergedKeys = undo.entities.map((e) => e.key);

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
  restoreMentions(ctx, into, undo);
  ctx
    .sql(
      `UPDATE statements SET subject_key = u.value ->> 1, object_key = u.value ->> 2
       FROM json_each(?) u WHERE statements.id = u.value ->> 0`,
    )
    .run(JSON.stringify(undo.statements));
  ctx
    .sql(
      `UPDATE quotes SET speaker_key = u.value ->> 1
       FROM json_each(?) u WHERE quotes.id = u.value ->> 0`,
    )
    .run(JSON.stringify(undo.quoteSpeakers));
  restoreQuoteMentions(ctx, into, undo);
  ctx
    .sql(
      `DELETE FROM entity_aliases
       WHERE entity_key = ? AND alias IN (SELECT value FROM json_each(?))`,
    )
    .run(into, JSON.stringify(undo.newAliases));
  ctx.sql('UPDATE entities SET curated = ? WHERE key = ?').run(undo.intoCurated, into);

  const movedTriples = undo.triples.map(([s, t, o]): Triple => [
    mergedKeys.includes(s) ? into : s,
    t,
    mergedKeys.includes(o) ? into : o,
  ]);
  recomputeArticleCoMentions(ctx, undo.articleIds);
  recomputeRelationships(ctx, [...undo.triples, ...movedTriples]);
  recomputeEntityCounts(ctx, [into, ...mergedKeys]);
  rebuildEntityForms(ctx, [into, ...mergedKeys]);
  ctx
    .sql('UPDATE merges SET undone_at = ?, undone_by = ? WHERE id = ?')
    .run(new Date().toISOString(), actor.by, mergeId);
}

function restoreMentions(ctx: SqliteContext, into: string, undo: MergeUndoData): void {
  const json = JSON.stringify(undo.mentions);
  ctx
    .sql(
      `DELETE FROM mentions WHERE entity_key = @p1 AND (article_id, start, "end") IN
         (SELECT m.value ->> 'article_id', m.value ->> 'start', m.value ->> 'end'
          FROM json_each(@p2) m WHERE m.value ->> 'preexisting' = 0)`,
    )
    .run({ p1: into, p2: json });
  // An article deleted since the merge takes its mentions with it; do not resurrect them.
  ctx
    .sql(
      `INSERT INTO mentions (article_id, entity_key, start, "end", text, sentence, confidence,
         source, candidates, seen_at)
       SELECT m.value ->> 'article_id', m.value ->> 'entity_key', m.value ->> 'start',
         m.value ->> 'end', m.value ->> 'text', m.value ->> 'sentence',
         m.value ->> 'confidence', m.value ->> 'source', m.value ->> 'candidates',
         m.value ->> 'seen_at'
       FROM json_each(?) m
       WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = m.value ->> 'article_id')`,
    )
    .run(json);
}

function restoreQuoteMentions(ctx: SqliteContext, into: string, undo: MergeUndoData): void {
  const json = JSON.stringify(undo.quoteMentions);
  ctx
    .sql(
      `DELETE FROM quote_mentions WHERE entity_key = @p1 AND quote_id IN
         (SELECT q.value ->> 0 FROM json_each(@p2) q WHERE q.value ->> 2 = 0)`,
    )
    .run({ p1: into, p2: json });
  ctx
    .sql(
      `INSERT OR IGNORE INTO quote_mentions (quote_id, entity_key)
       SELECT q.value ->> 0, q.value ->> 1 FROM json_each(?) q
       WHERE EXISTS (SELECT 1 FROM quotes WHERE id = q.value ->> 0)`,
    )
    .run(json);
}
