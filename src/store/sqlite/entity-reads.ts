import type { EntityType } from '../../model/entity-types';
import { normaliseName } from '../../model/ids';
import type { EntityView } from '../graph-store';
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
