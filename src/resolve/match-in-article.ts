import { comparePersonNames } from './compare-person-names';
import { AMBIGUOUS_CERTAINTY, type EntityResolution } from './entity-resolution';
import type { PreparedEntity } from './prepared-entity';

export interface ResolvedInArticle {
  entity: PreparedEntity;
  resolution: EntityResolution;
}

/**
 * A person the article also names more fully, as journalists do: "Vladimir Putin … Putin",
 * "John Paul Smith … John Smith". `earlier` are the article's people already resolved, the more
 * specific ones first. One fuller name (after resolution, so two spellings of the same person
 * count once) → that entity; two or more ("Bill Clinton", "Hillary Clinton" and a lone
 * "Clinton") → the entity keeps its own key and records them as candidates; none → null, and the
 * store is asked next.
 */
export function matchInArticle(
  entity: PreparedEntity,
  earlier: readonly ResolvedInArticle[],
): EntityResolution | null {
  const own = entity.person;
  if (!own) return null;
  const keys = new Set<string>();
  for (const other of earlier) {
    if (!other.entity.person) continue;
    const relation = comparePersonNames(own, other.entity.person);
    if (relation === 'same' || relation === 'first-less-specific') {
      keys.add(other.resolution.key);
    }
  }
  const sorted = [...keys].sort();
  if (sorted.length === 0) return null;
  if (sorted.length === 1) {
    return { key: sorted[0] as string, candidates: [], certainty: 1, how: 'same-article' };
  }
  return {
    key: entity.ownKey,
    candidates: sorted.filter((k) => k !== entity.ownKey),
    certainty: AMBIGUOUS_CERTAINTY,
    how: 'own-key',
  };
}
