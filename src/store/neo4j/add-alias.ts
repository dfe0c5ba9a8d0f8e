import { InvalidInputError, NotFoundError } from '../../errors';
import { normaliseName } from '../../model/ids';
import type { EntityView } from '../graph-store';
import { toEntityView } from './entity-view';
import type { CypherTx } from './neo4j-context';
import { syncNameForms } from './name-forms';

/**
 * An analyst's alias: trimmed, searchable at once, and the entity becomes curated. Merges into
 * the entity not yet undone note it, so that undoing them keeps it.
 */
export async function addAlias(tx: CypherTx, key: string, alias: string): Promise<EntityView> {
  const trimmed = alias.trim();
  if (trimmed === '')
    throw new InvalidInputError('addAlias: expected a non-empty alias, found only spaces');
  const [row] = await tx.run('entity/add-alias', {
    key,
    alias: trimmed,
    form: normaliseName(trimmed),
  });
  if (!row) throw new NotFoundError(`Unknown entity ${key}`);
  await syncNameForms(tx, [key]);
  await tx.run('merge/note-analyst-alias', { key, alias: trimmed });
  return toEntityView(row.entity as Record<string, unknown>);
}
