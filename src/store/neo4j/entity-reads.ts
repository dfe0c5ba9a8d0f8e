import type { EntityType } from '../../model/entity-types';
import { normaliseName } from '../../model/ids';
import type { EntityView } from '../graph-store';
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
  const form = normaliseName(name);
  if (form === '') return [];
  // Normalised forms are letters, digits and single spaces, so a quoted phrase is safe Lucene.
  const rows = await tx.run('entity/find-by-name', {
    phrase: `"${form}"`,
    form,
    type: type ?? null,
  });
  return rows.map((row) => toEntityView(row.entity as Record<string, unknown>));
}
