import { InvalidArticleError } from '../errors';
import type { ExtractionResult } from '../model/extraction';
import type { EntityLookup } from './entity-lookup';
import type { EntityResolution } from './entity-resolution';
import {
  isUnlinkedAcronym,
  matchAcronymInArticle,
  matchInArticle,
  type ResolvedInArticle,
} from './match-in-article';
import { matchInStore } from './match-in-store';
import { matchOtherType } from './match-other-type';
import { chooseInArticle } from './choose-in-article';
import { prepareEntities } from './prepare-entities';
import type { PreparedEntity } from './prepared-entity';

export interface ResolvedEntities {
  /** Every resolved entity in the order it was resolved (the order records are built in). */
  resolved: ResolvedInArticle[];
  /** Extraction id → resolution; ids of entities that name nobody (a lone title) map to null. */
  byLocalId: Map<string, EntityResolution | null>;
}

function nameLength(entity: PreparedEntity): number {
  if (!entity.person) return 0;
  return (entity.person.given ? 1 : 0) + entity.person.middle.length + 1;
}

/**
 * Gazetteer entities first, unlinked acronyms last (so "LSE" meets the "London Stock Exchange"
 * already resolved), people by how much of their name the article gave (so a short form meets
 * the fuller one already resolved), then by key and id: the same extraction and the same store
 * always resolve the same way.
 */
function resolutionOrder(a: PreparedEntity, b: PreparedEntity): number {
  const byQid = Number(b.wikidataId !== undefined) - Number(a.wikidataId !== undefined);
  if (byQid !== 0) return byQid;
  const byAcronym = Number(isUnlinkedAcronym(a)) - Number(isUnlinkedAcronym(b));
  if (byAcronym !== 0) return byAcronym;
  const byLength = nameLength(b) - nameLength(a);
  if (byLength !== 0) return byLength;
  if (a.ownKey !== b.ownKey) return a.ownKey < b.ownKey ? -1 : 1;
  return a.extracted.id < b.extracted.id ? -1 : a.extracted.id > b.extracted.id ? 1 : 0;
}

async function resolveOne(
  entity: PreparedEntity,
  earlier: readonly ResolvedInArticle[],
  lookup: EntityLookup,
): Promise<EntityResolution> {
  if (entity.wikidataId) {
    return { key: entity.ownKey, candidates: [], certainty: 1, how: 'wikidata' };
  }
  const spelledOut = matchAcronymInArticle(entity, earlier);
  if (spelledOut) return spelledOut;
  const inArticle = matchInArticle(entity, earlier);
  if (inArticle) {
    const ambiguous = inArticle.how === 'own-key' && inArticle.candidates.length > 0;
    return ambiguous ? chooseInArticle(entity, inArticle, earlier, lookup) : inArticle;
  }
  const sameType = await matchInStore(entity, lookup);
  return (await matchOtherType(entity, sameType, lookup)) ?? sameType;
}

/** Gives every entity of one extraction its global key; see `createResolver` for the rules. */
export async function resolveEntities(
  result: ExtractionResult,
  lookup: EntityLookup,
): Promise<ResolvedEntities> {
  const byLocalId = new Map<string, EntityResolution | null>();
  for (const extracted of result.entities) {
    if (byLocalId.has(extracted.id)) {
      throw new InvalidArticleError(result.id, `entity id ${extracted.id} appears twice`);
    }
    byLocalId.set(extracted.id, null);
  }
  const prepared = prepareEntities(result)
    .filter((entity): entity is PreparedEntity => entity !== null)
    .sort(resolutionOrder);
  const resolved: ResolvedInArticle[] = [];
  for (const entity of prepared) {
    const resolution = await resolveOne(entity, resolved, lookup);
    resolved.push({ entity, resolution });
    byLocalId.set(entity.extracted.id, resolution);
  }
  return { resolved, byLocalId };
}
