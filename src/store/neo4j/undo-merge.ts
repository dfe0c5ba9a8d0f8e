import { NotFoundError } from '../../errors';
import type { CurationActor } from '../graph-store';
import { lockEntities } from './merge-entities';
import type { MergeUndoData } from './merge-undo-data';
import type { CypherTx } from './neo4j-context';
import {
  addCoMentionShares,
  recomputeEntityCounts,
  recomputeRelationships,
  retractCoMentionShares,
} from './recompute';
import type { Triple } from './triple';

/**
 * Puts back the merged entities and everything that moved, gives the target back its aliases
 * and curated flag, and recomputes what derives from them, inside the caller's transaction.
 */
export async function undoMerge(
  tx: CypherTx,
  mergeId: string,
  actor: CurationActor,
): Promise<void> {
  const [row] = await tx.run('merge/get-merge', { id: mergeId });
  if (!row) throw new NotFoundError(`No merge ${mergeId} to undo`);
  const merge = row.merge as { into: string; undo: string };
  const into = merge.into;
  const undo = JSON.parse(merge.undo) as MergeUndoData;
  const mergedKeys = undo.entities.map((e) => e.key);
  await lockEntities(tx, [into]);

  await retractCoMentionShares(tx, undo.articleIds);
  await tx.run('merge/restore-entities', { rows: undo.entities });
  await tx.run('merge/replace-mentions', {
    articleIds: undo.articleIds,
    keys: [into, ...mergedKeys],
    rows: undo.mentions,
  });
  await tx.run('merge/repoint-statements', { rows: undo.statements });
  await tx.run('merge/repoint-quote-speakers', { rows: undo.quoteSpeakers });
  await tx.run('merge/replace-quote-mentions', {
    removals: undo.quoteMentions
      .filter((q) => !q.preexisting)
      .map(({ id }) => ({ id, entityKey: into })),
    additions: undo.quoteMentions.map(({ id, entityKey }) => ({ id, entityKey })),
  });
  await tx.run('merge/set-entity-names', { key: into, ...undo.into });
  await addCoMentionShares(tx, undo.articleIds);
  const movedTriples = undo.triples.map((t): Triple => ({
    ...t,
    subjectKey: mergedKeys.includes(t.subjectKey) ? into : t.subjectKey,
    objectKey: mergedKeys.includes(t.objectKey) ? into : t.objectKey,
  }));
  await recomputeRelationships(tx, [...undo.triples, ...movedTriples]);
  await recomputeEntityCounts(tx, [into, ...mergedKeys]);
  await tx.run('merge/mark-undone', { id: mergeId, at: new Date().toISOString(), by: actor.by });
}
