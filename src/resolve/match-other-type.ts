import type { EntityType } from '../model/entity-types';
import { canonicalKey, normaliseName } from '../model/ids';
import type { EntityView } from '../store/graph-store';
import type { EntityLookup } from './entity-lookup';
import { RETYPED_CERTAINTY, type EntityResolution } from './entity-resolution';
import { matchInStore } from './match-in-store';
import { personNameOf } from './person-name';
import type { PreparedEntity } from './prepared-entity';
import { titleWords } from './title-context';

/** The statistical tagger's mention source: its type is a guess from the words around it. */
const TAGGER_SOURCE = 'ner';

/**
 * How many times as many articles the other-type entity must appear in than the entity the
 * tagger's type would give (this article included) before the name moves over: "Blair" typed
 * Organization once is Tony Blair, named in 157 articles, but Chelsea the place is not absorbed
 * into a club named about as often.
 */
export const RETYPE_DOMINANCE = 3;

/** "BT", "GM", "UKIP": short all-capital names. */
export const ACRONYM = /^[\p{Lu}\p{N}&]{2,6}$/u;

/**
 * Whether a name may move between the two types. A city and its football club ("Liverpool",
 * "Newcastle") are both real, different things the tagger tells apart by context, so Location
 * and Organization never exchange names, except an acronym ("BT", "GM", "UKIP"): those name
 * organisations and products, and a Location reading of one is the tagger's mistake.
 */
export function crossingAllowed(a: EntityType, b: EntityType, name: string): boolean {
  const pair = new Set([a, b]);
  if (!(pair.has('Location') && pair.has('Organization'))) return true;
  return ACRONYM.test(name.trim());
}

/**
 * Whether the entity's type is only the tagger's guess: no Wikidata id, every mention from the
 * tagger, and for a person no title anywhere ("Mr Blair" is a person whatever else "Blair" is).
 */
export function isWeaklyTyped(entity: PreparedEntity): boolean {
  if (entity.wikidataId !== undefined) return false;
  if (!entity.extracted.mentions.every((m) => m.source === TAGGER_SOURCE)) return false;
  return entity.type !== 'Person' || titleWords(entity.forms).size === 0;
}

function asType(entity: PreparedEntity, type: EntityType): PreparedEntity | null {
  const { person: _person, ...rest } = entity;
  if (type !== 'Person') return { ...rest, type, ownKey: canonicalKey(type, entity.name) };
  const person = personNameOf(entity.name);
  if (!person) return null;
  return {
    ...rest,
    type,
    person,
    name: person.surface,
    ownKey: canonicalKey(type, person.surface),
  };
}

async function storedArticleCount(key: string, lookup: EntityLookup): Promise<number> {
  const [view] = await lookup.getEntities([key]);
  return view?.articleCount ?? 0;
}

/**
 * A weakly typed entity (see `isWeaklyTyped`) that names an entity the store knows far better
 * under another type: the resolution it gets as that type, at a lower certainty, or null to keep
 * `sameType`. Each other type the name is stored under is tried with the ordinary rules of that
 * type (so a lone "Brown" typed Location goes through the person rules: namesakes, titles,
 * prior); the best attested stored result wins if it clears `RETYPE_DOMINANCE`.
 */
export async function matchOtherType(
  entity: PreparedEntity,
  sameType: EntityResolution,
  lookup: EntityLookup,
): Promise<EntityResolution | null> {
  if (!isWeaklyTyped(entity) || normaliseName(entity.name) === '') return null;
  const types = new Set(
    (await lookup.findEntitiesByName(entity.name))
      .map((view: EntityView) => view.type)
      .filter((type) => type !== entity.type && crossingAllowed(type, entity.type, entity.name)),
  );
  if (types.size === 0) return null;
  const ownArticles = (await storedArticleCount(sameType.key, lookup)) + 1;
  let best: { resolution: EntityResolution; articles: number } | null = null;
  for (const type of [...types].sort()) {
    const retyped = asType(entity, type);
    if (!retyped) continue;
    const resolution = await matchInStore(retyped, lookup);
    const articles = await storedArticleCount(resolution.key, lookup);
    if (articles > (best?.articles ?? 0)) best = { resolution, articles };
  }
  if (!best || best.articles < RETYPE_DOMINANCE * ownArticles) return null;
  const { resolution } = best;
  return {
    key: resolution.key,
    candidates: resolution.candidates,
    certainty: Math.min(resolution.certainty, RETYPED_CERTAINTY),
    how: 'other-type',
  };
}
