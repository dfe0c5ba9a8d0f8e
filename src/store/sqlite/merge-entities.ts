import { randomUUID } from 'node:crypto';
import { InvalidInputError, NotFoundError } from '../../errors';
import { curatedByAnalyst } from '../analyst-curation';
import type { CurationActor, EntityMerge, MergeRecord } from '../graph-store';
import { addAliases, rebuildEntityForms } from './entity-writes';
import type { MentionRowSnapshot, MergeUndoData, EntityRowSnapshot } from './merge-undo-data';
import {
  recomputeArticleCoMentions,
  recomputeEntityCounts,
  recomputeRelationships,
  type Triple,
} from './recompute';
import type { SqliteContext } from './sqlite-context';

const IN_MERGED = 'IN (SELECT value FROM json_each(@merged))';

/**
 * Merges in order, as `mergeEntities` each, but derives the co-mentions of the articles they
 * touch once at the end: co-mentions follow from mentions alone, and nothing a merge reads or
 * records depends on them. A run of merges often touches the same articles again (the BBC
 * ingest's 652 end-of-run merges touch 1,364 articles, 804 of them distinct). Only the pairs
 * naming a merge's target can have changed there: a merge moves its merged entities' mentions
 * onto the target and no other, and their own pairs are dropped as it runs. The caller runs it
 * inside a transaction.
 */
export function mergeEntitiesInOrder(
  ctx: SqliteContext,
  merges: readonly EntityMerge[],
): MergeRecord[] {
  const touchedArticles = new Set<string>();
  const records = merges.map((m) => mergeEntities(ctx, m.keys, m.into, m.by, touchedArticles));
  const targets = new Set(merges.map((m) => m.into));
  recomputeArticleCoMentions(ctx, [...touchedArticles], targets);
  return records;
}

/**
 * Moves everything of `keys` onto `into` and deletes them, recording what undo needs. The
 * caller runs it inside a transaction. Given `deferredCoMentions`, the merge only drops the
 * co-mentions of the merged entities and adds the articles whose co-mentions the caller must
 * then recompute.
 */
export function mergeEntities(
  ctx: SqliteContext,
  keys: readonly string[],
  into: string,
  actor: CurationActor,
  deferredCoMentions?: Set<string>,
): MergeRecord {
  const mergedKeys = [...new Set(keys)].filter((key) => key !== into).sort();
  if (mergedKeys.length === 0) {
    throw new InvalidInputError(`mergeEntities: expected keys other than ${into}, found none`);
  }
  requireEntities(ctx, [into, ...mergedKeys]);
  const params = { merged: JSON.stringify(mergedKeys), into };
  const undo = captureUndoData(ctx, params);

  ctx
    .sql(
      `INSERT OR IGNORE INTO mentions (article_id, entity_key, start, "end", text, sentence,
         confidence, source, candidates, seen_at)
       SELECT article_id, @into, start, "end", text, sentence, confidence, source, candidates,
         seen_at FROM mentions WHERE entity_key ${IN_MERGED}`,
    )
    .run(params);
  ctx.sql(`DELETE FROM mentions WHERE entity_key ${IN_MERGED}`).run(params);
  ctx
    .sql(
      `UPDATE statements SET
         subject_key = CASE WHEN subject_key ${IN_MERGED} THEN @into ELSE subject_key END,
         object_key = CASE WHEN object_key ${IN_MERGED} THEN @into ELSE object_key END
       WHERE subject_key ${IN_MERGED} OR object_key ${IN_MERGED}`,
    )
    .run(params);
  ctx.sql(`UPDATE quotes SET speaker_key = @into WHERE speaker_key ${IN_MERGED}`).run(params);
  ctx
    .sql(
      `INSERT OR IGNORE INTO quote_mentions (quote_id, entity_key)
       SELECT quote_id, @into FROM quote_mentions WHERE entity_key ${IN_MERGED}`,
    )
    .run(params);
  ctx.sql(`DELETE FROM quote_mentions WHERE entity_key ${IN_MERGED}`).run(params);
  addAliases(
    ctx,
    undo.newAliases.map((alias) => [into, alias]),
  );

  const movedTriples = undo.triples.map(([s, t, o]): Triple => [
    mergedKeys.includes(s) ? into : s,
    t,
    mergedKeys.includes(o) ? into : o,
  ]);
  if (deferredCoMentions) {
    // The merged keys' rows must go before their entities do (the rows reference them).
    ctx.sql(`DELETE FROM article_comentions WHERE a ${IN_MERGED} OR b ${IN_MERGED}`).run(params);
    for (const id of undo.articleIds) deferredCoMentions.add(id);
  } else {
    recomputeArticleCoMentions(ctx, undo.articleIds);
  }
  recomputeRelationships(ctx, [...undo.triples, ...movedTriples]);
  ctx.sql(`DELETE FROM entities WHERE key ${IN_MERGED}`).run(params);
  ctx.sql('UPDATE entities SET curated = 1 WHERE key = ?').run(into);
  recomputeEntityCounts(ctx, [into]);
  rebuildEntityForms(ctx, [into]);

  const record: MergeRecord = {
    id: `merge_${randomUUID()}`,
    into,
    merged: mergedKeys,
    by: actor.by,
    ...(actor.reason !== undefined ? { reason: actor.reason } : {}),
    at: new Date().toISOString(),
  };
  ctx
    .sql(
      `INSERT INTO merges (id, into_key, merged, by, reason, at, undo)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.id,
      into,
      JSON.stringify(mergedKeys),
      record.by,
      record.reason ?? null,
      record.at,
      JSON.stringify(undo),
    );
  return record;
}

export function requireEntities(ctx: SqliteContext, keys: readonly string[]): void {
  const found = new Set(
    ctx
      .sql('SELECT key FROM entities WHERE key IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(keys)) as string[],
  );
  const missing = keys.filter((key) => !found.has(key));
  if (missing.length > 0) throw new NotFoundError(`Unknown entities: ${missing.join(', ')}`);
}

function captureUndoData(
  ctx: SqliteContext,
  params: { merged: string; into: string },
): MergeUndoData {
  const entities = ctx
    .sql(`SELECT * FROM entities WHERE key ${IN_MERGED} ORDER BY key`)
    .all(params) as EntityRowSnapshot[];
  const aliases = ctx
    .sql(`SELECT entity_key, alias FROM entity_aliases WHERE entity_key ${IN_MERGED}`)
    .raw()
    .all(params) as [string, string][];
  const into = ctx.sql('SELECT name, curated FROM entities WHERE key = ?').get(params.into) as {
    name: string;
    curated: number;
  };
  const intoAliases = new Set(
    ctx
      .sql('SELECT alias FROM entity_aliases WHERE entity_key = ?')
      .pluck()
      .all(params.into) as string[],
  );
  const candidates = [...entities.map((e) => e.name), ...aliases.map(([, alias]) => alias)];
  const newAliases = [...new Set(candidates.map((a) => a.trim()))].filter(
    (alias) => alias !== '' && alias !== into.name && !intoAliases.has(alias),
  );
  const mentions = ctx
    .sql(
      `SELECT m.*, EXISTS (SELECT 1 FROM mentions t WHERE t.article_id = m.article_id
         AND t.start = m.start AND t."end" = m."end" AND t.entity_key = @into) AS preexisting
       FROM mentions m WHERE m.entity_key ${IN_MERGED}`,
    )
    .all(params) as MentionRowSnapshot[];
  const statements = ctx
    .sql(
      `SELECT id, subject_key, object_key FROM statements
       WHERE subject_key ${IN_MERGED} OR object_key ${IN_MERGED}`,
    )
    .raw()
    .all(params) as [string, string, string][];
  const triples = ctx
    .sql(
      `SELECT DISTINCT subject_key, type, object_key FROM statements
       WHERE subject_key ${IN_MERGED} OR object_key ${IN_MERGED}`,
    )
    .raw()
    .all(params) as Triple[];
  const quoteSpeakers = ctx
    .sql(`SELECT id, speaker_key FROM quotes WHERE speaker_key ${IN_MERGED}`)
    .raw()
    .all(params) as [string, string][];
  const quoteMentions = ctx
    .sql(
      `SELECT qm.quote_id, qm.entity_key, EXISTS (SELECT 1 FROM quote_mentions t
         WHERE t.quote_id = qm.quote_id AND t.entity_key = @into) AS preexisting
       FROM quote_mentions qm WHERE qm.entity_key ${IN_MERGED}`,
    )
    .raw()
    .all(params) as [string, string, number][];
  const articleIds = [...new Set(mentions.map((m) => m.article_id))];
  const articleHashes = ctx
    .sql(
      `SELECT id, content_hash FROM articles WHERE id IN (
         SELECT article_id FROM mentions WHERE entity_key ${IN_MERGED}
         UNION SELECT article_id FROM statements
           WHERE subject_key ${IN_MERGED} OR object_key ${IN_MERGED}
         UNION SELECT article_id FROM quotes WHERE speaker_key ${IN_MERGED}
         UNION SELECT q.article_id FROM quote_mentions qm JOIN quotes q ON q.id = qm.quote_id
           WHERE qm.entity_key ${IN_MERGED})
       ORDER BY id`,
    )
    .raw()
    .all(params) as [string, string][];
  return {
    entities,
    aliases,
    intoCurated: into.curated,
    newAliases,
    mentions,
    statements,
    quoteSpeakers,
    quoteMentions,
    articleIds,
    triples,
    articleHashes,
    analystAliases: [],
    // An uncurated target is curated by no analyst whatever its merges say (curatedByAnalyst):
    // the merges into it, a scan of every merge recorded, are read only for a curated one.
    intoAnalystCurated:
      into.curated === 1 && curatedByAnalyst(true, standingMergesInto(ctx, params.into)),
  };
}

function standingMergesInto(ctx: SqliteContext, into: string) {
  const records = ctx
    .sql('SELECT undo FROM merges WHERE into_key = ? AND undone_at IS NULL')
    .pluck()
    .all(into) as string[];
  return records.map((json) => {
    const undo = JSON.parse(json) as MergeUndoData;
    return {
      analystAliases: undo.analystAliases ?? [],
      intoAnalystCurated: undo.intoAnalystCurated,
      intoCurated: undo.intoCurated === 1,
    };
  });
}
