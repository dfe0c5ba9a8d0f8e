import type { CypherTx } from './neo4j-context';
import { distinctSorted } from './triple';

/**
 * Rebuilds the (:NameForm) look-up nodes of the entities from their normalisedAliases (deleting
 * those of entities that no longer exist), after curation changed them. The ingest keeps them
 * itself, in entity/merge-entities; exact name look-ups seek on them (see migration 004).
 */
export async function syncNameForms(tx: CypherTx, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.run('entity/sync-name-forms', { keys: distinctSorted(keys) });
}
