import { isAcronym, spellsAcronym } from './acronyms';
import { beginsDoubleBarrel, comparePersonNames } from './compare-person-names';
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
    if (
      relation === 'same' ||
      relation === 'first-less-specific' ||
      beginsDoubleBarrel(own, other.entity.person)
    )
      keys.add(other.resolution.key);
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

/** A non-person named by an acronym, unlinked: it may be the short form of a name in the article. */
export function isUnlinkedAcronym(entity: PreparedEntity): boolean {
  return entity.type !== 'Person' && entity.wikidataId === undefined && isAcronym(entity.name);
}

/**
 * An acronym the article spells out, as journalists do ("the London Stock Exchange (LSE)",
 * later "the LSE"): when exactly one non-person already resolved in the article has a name it
 * abbreviates, that entity, whatever type the tagger gave either; otherwise null.
 */
export function matchAcronymInArticle(
  entity: PreparedEntity,
  earlier: readonly ResolvedInArticle[],
): EntityResolution | null {
  if (!isUnlinkedAcronym(entity)) return null;
  const keys = new Set<string>();
  for (const other of earlier) {
    if (other.entity.type === 'Person' || !spellsAcronym(entity.name, other.entity.name)) continue;
    keys.add(other.resolution.key);
  }
  if (keys.size !== 1) return null;
  return { key: [...keys][0] as string, candidates: [], certainty: 1, how: 'same-article' };
}
