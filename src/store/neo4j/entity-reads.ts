import type { EntityType } from '../../model/entity-types';
import { normaliseName } from '../../model/ids';
import type { EntityView, NameLookup } from '../graph-store';
import { toEntityView } from './entity-view';
import type { CypherTx } from './neo4j-context';

export async function getEntities(
  tx: CypherTx,
  keys: readonly string[],
): Promise<(EntityView | null)[]> {
  if (keys.length === 0) return [];
  const rows = await tx.run('entity/get-entities', { keys: [...new Set(keys)] });
  const views = new Map(
    rows.map((row) => {
      const view = toEntityView(row.entity as Record<string, unknown>);
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
 * Forms that normalise to nothing are not sent.
 */
export async function findEntitiesByNames(
  tx: CypherTx,
  queries: readonly NameLookup[],
): Promise<EntityView[][]> {
  const answers: EntityView[][] = queries.map(() => []);
  const asked = queries
    .map((q, index) => ({ index, form: normaliseName(q.name), type: q.type ?? null }))
    .filter((q) => q.form !== '');
  if (asked.length === 0) return answers;
  const rows = await tx.run('entity/find-by-names', { queries: asked });
  for (const row of rows) {
    const index = Number(row.index);
    answers[index] = (row.entities as Record<string, unknown>[]).map(toEntityView);
  }
  return answers;
}
