import type { EntityType } from '../../model/entity-types';
import { normaliseName } from '../../model/ids';
import type { EntityView, NameLookup } from '../graph-store';
import type { CypherTx } from './neo4j-context';
import { toEntityViewFromList } from './row-views';

export async function getEntities(
  tx: CypherTx,
  keys: readonly string[],
): Promise<(EntityView | null)[]> {
  if (keys.length === 0) return [];
  const [row] = await tx.run('entity/get-entities', { keys: [...new Set(keys)] });
  const views = new Map(
    ((row?.entities ?? []) as unknown[][]).map((values) => {
      const view = toEntityViewFromList(values);
      return [view.key, view];
    }),
  );
  return keys.map((key) => views.get(key) ?? null);
}

/** Exact match of the normalised name on a normalised name or alias; the most mentioned first. */
export async function findEntitiesByName(
  tx: CypherTx,
  name: string,
  type?: EntityType,
): Promise<EntityView[]> {
  return (await findEntitiesByNames(tx, [{ name, ...(type ? { type } : {}) }]))[0] ?? [];
}

/**
 * `findEntitiesByName` for many names in one query: one answer per query, in the order asked.
 * Each distinct normalised form is asked once, whatever the types it is asked with; an answer
 * keeps the entities of its type, most mentioned first. Forms that normalise to nothing are not
 * sent.
 */
export async function findEntitiesByNames(
  tx: CypherTx,
  queries: readonly NameLookup[],
): Promise<EntityView[][]> {
  const forms = queries.map((q) => normaliseName(q.name));
  const distinct = [...new Set(forms.filter((form) => form !== ''))];
  if (distinct.length === 0) return queries.map(() => []);
  const [row] = await tx.run('entity/find-by-names', {
    forms: distinct.map((form, index) => ({ index, form })),
  });
  const found: EntityView[][] = distinct.map(() => []);
  // Each entry is [view as a list, indexes of the forms that found it].
  for (const [values, indexes] of (row?.found ?? []) as [unknown[], number[]][]) {
    const view = toEntityViewFromList(values);
    for (const index of indexes) found[index]?.push(view);
  }
  for (const views of found) views.sort(byMentionsThenKey);
  const byForm = new Map(distinct.map((form, i) => [form, found[i] ?? []]));
  return queries.map((q, i) => {
    const views = byForm.get(forms[i] as string) ?? [];
    // Each answer gets views of its own, as a query per name would give.
    return views.filter((view) => q.type === undefined || view.type === q.type).map(copyView);
  });
}

/** findEntitiesByName's order: most mentioned first, then by key. */
function byMentionsThenKey(a: EntityView, b: EntityView): number {
  return b.mentionCount - a.mentionCount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function copyView(view: EntityView): EntityView {
  return {
    ...view,
    aliases: [...view.aliases],
    ...(view.attributes ? { attributes: { ...view.attributes } } : {}),
  };
}
