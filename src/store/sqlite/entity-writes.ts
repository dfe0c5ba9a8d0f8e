import type { EntityRecord } from '../../model/graph';
import { normaliseName } from '../../model/ids';
import type { SqliteContext } from './sqlite-context';

/**
 * MERGE on key: a new entity is created as given; an existing one keeps its name, type and
 * wikidataId and only gains attribute keys it lacks (json_patch with the stored object winning).
 */
export function upsertEntities(ctx: SqliteContext, entities: readonly EntityRecord[]): void {
  const existing = new Set(
    ctx
      .sql('SELECT key FROM entities WHERE key IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(entities.map((e) => e.key))) as string[],
  );
  // One cached statement per row: cheaper than INSERT … SELECT FROM json_each (see article-rows).
  const upsert = ctx.sql(
    `INSERT INTO entities (key, type, name, wikidata_id, attributes) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET attributes = CASE
       WHEN excluded.attributes IS NULL THEN entities.attributes
       WHEN entities.attributes IS NULL THEN excluded.attributes
       ELSE json_patch(excluded.attributes, entities.attributes) END`,
  );
  for (const e of entities) {
    // A known entity only ever gains attributes here: with none to give, its row stays as it is,
    // and the update that rewrote it unchanged (most of an ingest's entities are known) is skipped.
    if (!e.attributes && existing.has(e.key)) continue;
    upsert.run(
      e.key,
      e.type,
      e.name,
      e.wikidataId ?? null,
      e.attributes ? JSON.stringify(e.attributes) : null,
    );
  }
  const aliases = entities.flatMap((e) => e.aliases.map((alias) => [e.key, alias.trim()]));
  const added = addAliases(
    ctx,
    aliases.filter(([, alias]) => alias !== ''),
  );
  // Only new names and new aliases can add searchable forms; known ones are indexed already.
  const newNames = entities.filter((e) => !existing.has(e.key)).map((e) => [e.key, e.name]);
  addForms(ctx, [...newNames, ...added]);
}

/** Adds [key, alias] pairs, skipping an alias equal to the entity's own name; returns the new ones. */
export function addAliases(
  ctx: SqliteContext,
  pairs: readonly (readonly string[])[],
): (readonly string[])[] {
  const insert = ctx.sql(
    `INSERT OR IGNORE INTO entity_aliases (entity_key, alias)
     SELECT e.key, @alias FROM entities e WHERE e.key = @key AND e.name <> @alias`,
  );
  return pairs.filter(([key, alias]) => insert.run({ key, alias }).changes > 0);
}

/**
 * Adds the searchable forms of [key, text] pairs where text is the entity's stored name or one of
 * its aliases (a later ingest's different name for the entity is neither, so it is not indexed).
 */
function addForms(ctx: SqliteContext, pairs: readonly (readonly string[])[]): void {
  const rows = pairs
    .map(([key, text]) => [key, text, normaliseName(text ?? '')])
    .filter(([, , form]) => form !== '');
  if (rows.length === 0) return;
  const insert = ctx.sql(
    `INSERT OR IGNORE INTO entity_forms (entity_key, form)
     SELECT e.key, @form FROM entities e
     WHERE e.key = @key AND (e.name = @text OR EXISTS (
       SELECT 1 FROM entity_aliases a WHERE a.entity_key = e.key AND a.alias = @text))`,
  );
  const addAndIndex = () => {
    const lastBefore = ctx.sql('SELECT coalesce(max(id), 0) FROM entity_forms').pluck().get();
    let added = 0;
    for (const [key, text, form] of rows) added += insert.run({ key, text, form }).changes;
    if (added > 0) indexFormsAfter(ctx, lastBefore as number);
  };
  // Inside the caller's transaction (every store write is one) a nested one would only add a
  // savepoint and its release for each article written and each merge: about 0.2 s of CPU
  // over the BBC ingest.
  if (ctx.db.inTransaction) addAndIndex();
  else ctx.db.transaction(addAndIndex)();
}

/**
 * Adds the forms with an id above `lastBefore` to both search indexes, one statement each (see
 * migration 004: a trigger per row cost five times as much). A new row's id is above every id
 * before it (INTEGER PRIMARY KEY takes max + 1), and the caller's transaction keeps every other
 * writer out, so these are exactly the forms it added.
 */
function indexFormsAfter(ctx: SqliteContext, lastBefore: number): void {
  ctx
    .sql(
      'INSERT INTO entity_forms_fts (rowid, form) SELECT id, form FROM entity_forms WHERE id > ?',
    )
    .run(lastBefore);
  ctx
    .sql(
      'INSERT INTO entity_forms_trigram (rowid, form) SELECT id, form FROM entity_forms WHERE id > ?',
    )
    .run(lastBefore);
}

/** Re-derives the searchable forms of entities from their name and aliases (after curation). */
export function rebuildEntityForms(ctx: SqliteContext, keys: readonly string[]): void {
  if (keys.length === 0) return;
  const json = JSON.stringify(keys);
  ctx
    .sql('DELETE FROM entity_forms WHERE entity_key IN (SELECT value FROM json_each(?))')
    .run(json);
  const texts = ctx
    .sql(
      `SELECT key, name AS text FROM entities WHERE key IN (SELECT value FROM json_each(@p1))
       UNION SELECT entity_key, alias FROM entity_aliases
       WHERE entity_key IN (SELECT value FROM json_each(@p1))`,
    )
    .all({ p1: json }) as { key: string; text: string }[];
  addForms(
    ctx,
    texts.map((t) => [t.key, t.text]),
  );
}
