import type { EntityType } from '../../model/entity-types';
import { normaliseName } from '../../model/ids';
import type { EntityView, NameLookup } from '../graph-store';
import type { SqliteContext } from './sqlite-context';

interface EntityRow {
  key: string;
  type: EntityType;
  name: string;
  wikidataId: string | null;
  attributes: string | null;
  mentionCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  curated: number;
}

/** Entity views by key, aliases included, in two set queries. */
export function loadEntityViews(
  ctx: SqliteContext,
  keys: readonly string[],
): Map<string, EntityView> {
  const views = new Map<string, EntityView>();
  if (keys.length === 0) return views;
  const json = JSON.stringify(keys);
  const rows = ctx
    .sql(
      `SELECT key, type, name, wikidata_id AS wikidataId, attributes,
         mention_count AS mentionCount, article_count AS articleCount,
         first_seen AS firstSeen, last_seen AS lastSeen, curated
       FROM entities WHERE key IN (SELECT value FROM json_each(?))`,
    )
    .all(json) as EntityRow[];
  for (const row of rows) views.set(row.key, toView(row));
  const aliases = ctx
    .sql(
      `SELECT entity_key AS key, alias FROM entity_aliases
       WHERE entity_key IN (SELECT value FROM json_each(?))`,
    )
    .all(json) as { key: string; alias: string }[];
  for (const { key, alias } of aliases) views.get(key)?.aliases.push(alias);
  for (const view of views.values()) view.aliases.sort();
  return views;
}

export function getEntities(ctx: SqliteContext, keys: readonly string[]): (EntityView | null)[] {
  const views = loadEntityViews(ctx, keys);
  return keys.map((key) => views.get(key) ?? null);
}

/** Exact match of the normalised name on any normalised name or alias; most mentioned first. */
export function findEntitiesByName(
  ctx: SqliteContext,
  name: string,
  type?: EntityType,
): EntityView[] {
  const form = normaliseName(name);
  if (form === '') return [];
  const keys = ctx
    .sql(
      `SELECT DISTINCT e.key FROM entity_forms f JOIN entities e ON e.key = f.entity_key
       WHERE f.form = @p1 AND (@p2 IS NULL OR e.type = @p2)
       ORDER BY e.mention_count DESC, e.key`,
    )
    .pluck()
    .all({ p1: form, p2: type ?? null }) as string[];
  const views = loadEntityViews(ctx, keys);
  return keys.flatMap((key) => views.get(key) ?? []);
}

/**
 * Many exact-name look-ups in three statements, whatever their number: the matching keys of
 * every query from the forms index, then the views of all of them at once.
 */
export function findEntitiesByNames(
  ctx: SqliteContext,
  queries: readonly NameLookup[],
): EntityView[][] {
  const asked = queries.map((q) => [normaliseName(q.name), q.type ?? null] as const);
  const wanted = asked.map(([form, type], i) => ({ i, form, type })).filter((q) => q.form !== '');
  if (wanted.length === 0) return queries.map(() => []);
  const matches = ctx
    .sql(
      `SELECT q.key AS i, e.key AS key
       FROM json_each(?) q
       JOIN entity_forms f ON f.form = json_extract(q.value, '$.form')
       JOIN entities e ON e.key = f.entity_key
       WHERE json_extract(q.value, '$.type') IS NULL OR e.type = json_extract(q.value, '$.type')
       ORDER BY q.key, e.mention_count DESC, e.key`,
    )
    .all(JSON.stringify(wanted.map(({ form, type }) => ({ form, type })))) as {
    i: number;
    key: string;
  }[];
  const views = loadEntityViews(ctx, [...new Set(matches.map((m) => m.key))]);
  const answers: EntityView[][] = queries.map(() => []);
  for (const { i, key } of matches) {
    const view = views.get(key);
    // Each answer gets its own copy: callers may adjust a view (aliases) without touching others.
    if (view) answers[wanted[i]!.i]!.push({ ...view, aliases: [...view.aliases] });
  }
  return answers;
}

function toView(row: EntityRow): EntityView {
  const view: EntityView = {
    key: row.key,
    type: row.type,
    name: row.name,
    aliases: [],
    mentionCount: row.mentionCount,
    articleCount: row.articleCount,
    curated: row.curated === 1,
  };
  if (row.wikidataId !== null) view.wikidataId = row.wikidataId;
  if (row.attributes !== null)
    view.attributes = JSON.parse(row.attributes) as Record<string, string>;
  if (row.firstSeen !== null) view.firstSeen = row.firstSeen;
  if (row.lastSeen !== null) view.lastSeen = row.lastSeen;
  return view;
}
