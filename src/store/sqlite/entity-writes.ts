import type { EntityRecord } from '../../model/graph';
import { normaliseName } from '../../model/ids';
import type { SqliteContext } from './sqlite-context';

/**
 * MERGE on key: a new entity is created as given; an existing one keeps its name, type and
 * wikidataId and only gains attribute keys it lacks (json_patch with the stored object winning).
 */
export function upsertEntities(ctx: SqliteContext, entities: readonly EntityRecord[]): void {
  if (entities.length === 0) return;
  ctx
    .sql(
      `INSERT INTO entities (key, type, name, wikidata_id, attributes)
       SELECT e.value ->> 'key', e.value ->> 'type', e.value ->> 'name',
              e.value ->> 'wikidataId', e.value -> 'attributes'
       FROM json_each(?) e WHERE true
       ON CONFLICT (key) DO UPDATE SET attributes = CASE
         WHEN excluded.attributes IS NULL THEN entities.attributes
         WHEN entities.attributes IS NULL THEN excluded.attributes
         ELSE json_patch(excluded.attributes, entities.attributes) END`,
    )
    .run(JSON.stringify(entities));
  const aliases = entities.flatMap((e) => e.aliases.map((alias) => [e.key, alias.trim()]));
  addAliases(
    ctx,
    aliases.filter(([, alias]) => alias !== ''),
  );
  addForms(
    ctx,
    entities.flatMap((e) => [[e.key, e.name], ...e.aliases.map((a) => [e.key, a.trim()])]),
  );
}

/** Adds [key, alias] pairs, skipping an alias equal to the entity's own name. */
export function addAliases(ctx: SqliteContext, pairs: readonly (readonly string[])[]): void {
  if (pairs.length === 0) return;
  ctx
    .sql(
      `INSERT OR IGNORE INTO entity_aliases (entity_key, alias)
       SELECT p.value ->> 0, p.value ->> 1 FROM json_each(?) p
       JOIN entities e ON e.key = p.value ->> 0
       WHERE p.value ->> 1 <> e.name`,
    )
    .run(JSON.stringify(pairs));
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
  ctx
    .sql(
      `INSERT OR IGNORE INTO entity_forms (entity_key, form)
       SELECT r.value ->> 0, r.value ->> 2 FROM json_each(?) r
       JOIN entities e ON e.key = r.value ->> 0
       WHERE r.value ->> 1 = e.name
          OR EXISTS (SELECT 1 FROM entity_aliases a
                     WHERE a.entity_key = e.key AND a.alias = r.value ->> 1)`,
    )
    .run(JSON.stringify(rows));
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
