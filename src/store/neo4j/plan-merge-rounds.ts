import { InvalidInputError, NotFoundError } from '../../errors';
import type { CurationActor, EntityMerge } from '../graph-store';
import { distinctSorted } from './triple';

/** One merge of a call, with its keys as `mergeEntities` reads them. */
export interface PlannedMerge {
  /** Its position in the call: records come back in this order. */
  index: number;
  into: string;
  /** Distinct, sorted, without `into`. */
  mergedKeys: string[];
  actor: CurationActor;
}

/**
 * Orders the merges of one `mergeEntitiesInOrder` call into rounds that can each run as a few
 * set-based statements with the same outcome as running the merges one by one:
 *
 * - Within a round no two merges share a key (target or merged), so none sees what another
 *   moved: each captures, for its undo, exactly the state the one-by-one order would show it.
 * - A merge that shares a key with an earlier one (a chain A→B then B→C, or a second merge into
 *   the same target) goes in a round after it, so it sees that merge done.
 *
 * Failures are known before anything is written, as no merge creates an entity: a merge with no
 * key but its target (`InvalidInputError`), or naming a key that does not exist or that an
 * earlier merge of the call merged away (`NotFoundError`, naming them as `mergeEntities` does).
 * The first failing merge in call order throws, as the one-by-one order would.
 *
 * @param existing the keys of the call that exist before it
 */
export function planMergeRounds(
  merges: readonly EntityMerge[],
  existing: ReadonlySet<string>,
): PlannedMerge[][] {
  const mergedAway = new Set<string>();
  const lastRoundOfKey = new Map<string, number>();
  const rounds: PlannedMerge[][] = [];
  merges.forEach((merge, index) => {
    const mergedKeys = distinctSorted(merge.keys).filter((key) => key !== merge.into);
    if (mergedKeys.length === 0) {
      throw new InvalidInputError(
        `mergeEntities: expected keys other than ${merge.into}, found none`,
      );
    }
    const keys = [merge.into, ...mergedKeys];
    const missing = keys.filter((key) => !existing.has(key) || mergedAway.has(key));
    if (missing.length > 0) throw new NotFoundError(`Unknown entities: ${missing.join(', ')}`);
    mergedKeys.forEach((key) => mergedAway.add(key));
    const round = 1 + Math.max(-1, ...keys.map((key) => lastRoundOfKey.get(key) ?? -1));
    keys.forEach((key) => lastRoundOfKey.set(key, round));
    (rounds[round] ??= []).push({ index, into: merge.into, mergedKeys, actor: merge.by });
  });
  return rounds;
}

/** Every key a call names, distinct and sorted: what it locks and checks first. */
export function keysOfMerges(merges: readonly EntityMerge[]): string[] {
  return distinctSorted(merges.flatMap((m) => [m.into, ...m.keys]));
}
