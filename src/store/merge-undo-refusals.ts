import { StoreConflictError } from '../errors';

/**
 * Why an undo cannot be done safely, worded the same by both stores: each says that nothing was
 * changed and what the analyst can do instead (docs/store-semantics.md, undoMerge).
 */

/** A later ingest created a merged key again; restoring it would put two entities on one key. */
export function recreatedEntityConflict(
  mergeId: string,
  into: string,
  recreated: readonly string[],
): StoreConflictError {
  const keys = recreated.join(', ');
  return new StoreConflictError(
    `Cannot undo merge ${mergeId}: ${keys} exist${recreated.length === 1 ? 's' : ''} again ` +
      `(an ingest since the merge created ${recreated.length === 1 ? 'it' : 'them'} anew), so ` +
      `restoring the merged entit${recreated.length === 1 ? 'y' : 'ies'} would put two ` +
      `entities on one key. Nothing was changed. If ${keys} and ${into} are the same, merge ` +
      `${keys} into ${into}; this merge can be undone once no entity holds ${keys}.`,
  );
}

/** The merge's target has since been merged into another entity; that merge must go first. */
export function absorbedTargetConflict(
  mergeId: string,
  into: string,
  absorbedBy: { id: string; into: string } | undefined,
): StoreConflictError {
  const how = absorbedBy
    ? `has since been merged into ${absorbedBy.into} by merge ${absorbedBy.id}; ` +
      'undo that merge first'
    : 'no longer exists';
  return new StoreConflictError(
    `Cannot undo merge ${mergeId}: its target ${into} ${how}. Nothing was changed.`,
  );
}
