import { normaliseName } from '../model/ids';
import type { EntityView } from '../store/graph-store';
import { comparePersonNames, namesContradict } from './compare-person-names';
import { namesOfForm } from './entity-forms';
import type { EntityLookup } from './entity-lookup';
import {
  AMBIGUOUS_CERTAINTY,
  CHOSEN_AMONG_CANDIDATES_CERTAINTY,
  type EntityResolution,
} from './entity-resolution';
import { personNameOf, type PersonName } from './person-name';
import type { PreparedEntity } from './prepared-entity';
import { chooseByTitles } from './title-context';
import { chooseNamesake } from './choose-namesake';
import { genderInArticle, genderOfForms, type Gender } from './gender-evidence';

/** Stored entities of the same type answering to any name the entity was given, by key. */
async function storedNamesakes(
  entity: PreparedEntity,
  lookup: EntityLookup,
): Promise<EntityView[]> {
  const names = new Map<string, string>();
  for (const form of [entity.name, ...entity.forms]) {
    for (const name of namesOfForm(entity.type, form)) {
      const normalised = normaliseName(name);
      if (normalised !== '' && !names.has(normalised)) names.set(normalised, name);
    }
  }
  const byKey = new Map<string, EntityView>();
  for (const normalised of [...names.keys()].sort()) {
    for (const view of await lookup.findEntitiesByName(normalised, entity.type)) {
      if (view.type === entity.type) byKey.set(view.key, view);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Whether a stored person can be the one the article names: one of its names is this name or a
 * fuller form of it, and none of its full names contradicts it. A stored name that is *less*
 * specific than ours ("George Bush" when the article says "George H. W. Bush") does not qualify:
 * a vaguer entity must not absorb a precise name, or every George Bush would end up in one node.
 */
function personCanBe(own: PersonName, view: EntityView): boolean {
  const names = [view.name, ...view.aliases]
    .map((n) => personNameOf(n))
    .filter((n): n is PersonName => n !== null);
  if (names.some((n) => namesContradict(own, n))) return false;
  return names.some((n) => {
    const relation = comparePersonNames(own, n);
    return relation === 'same' || relation === 'first-less-specific';
  });
}

function resolved(
  key: string,
  candidates: string[],
  certainty: number,
  how: EntityResolution['how'],
) {
  return { key, candidates, certainty, how };
}

function genderAgrees(gender: Gender | null, view: EntityView): boolean {
  if (gender === null) return true;
  const theirs = genderOfForms([view.name, ...view.aliases]);
  return theirs === null || theirs === gender;
}

/**
 * Resolution of an entity without a Wikidata id against what earlier articles stored.
 * - No stored match → its own key (a new entity, or the one already stored under that key).
 * - A person whose stored honorifics contradict the article's ("Mrs Blair" against a Blair
 *   only ever called "Mr") is never chosen, but stays recorded as a candidate.
 * - One match → that entity.
 * - Several → `chooseNamesake`: gender, an office title in the article, or one candidate far
 *   more often named may single one out (lower certainty, the others recorded); otherwise its
 *   own key, all of them recorded as candidates, lower certainty.
 * - An entity stored under exactly our key competes with the others: it wins for a full name
 *   ("John Smith" stays John Smith even if a "John Paul Smith" exists) unless a title picks
 *   another, but a lone surname prefers the full names it is the surname of, because an entity
 *   called just "Putin" only exists because an earlier article never gave the full name.
 */
export async function matchInStore(
  entity: PreparedEntity,
  lookup: EntityLookup,
): Promise<EntityResolution> {
  const namesakes = await storedNamesakes(entity, lookup);
  const own = namesakes.find((v) => v.key === entity.ownKey);
  const person = entity.person;
  const gender = person ? genderInArticle(entity.forms, entity.extracted.mentions) : null;
  const possible = namesakes.filter(
    (v) => v.key !== entity.ownKey && (person === undefined || personCanBe(person, v)),
  );
  const all = [...(own ? [own.key] : []), ...possible.map((v) => v.key)].sort();
  const rest = (key: string) => all.filter((k) => k !== key);
  if (possible.length === 0) return resolved(entity.ownKey, [], 1, own ? 'stored' : 'own-key');
  // Gender rules candidates out of the choice, not out of the record: "Mrs Blair" still lists
  // Tony Blair, at the certainty of a choice.
  const others = possible.filter((v) => genderAgrees(gender, v));
  const ownHow = own ? 'stored' : 'own-key';
  if (others.length === 0) {
    return resolved(entity.ownKey, rest(entity.ownKey), CHOSEN_AMONG_CANDIDATES_CERTAINTY, ownHow);
  }
  const loneSurname = person !== undefined && person.given === undefined;
  if (others.length === 1 && (!own || loneSurname)) {
    const only = (others[0] as EntityView).key;
    const certainty = rest(only).length > 0 ? CHOSEN_AMONG_CANDIDATES_CERTAINTY : 1;
    return resolved(only, rest(only), certainty, 'stored');
  }
  if (own && !loneSurname) {
    const chosen = chooseByTitles(entity.forms, [own, ...others]) ?? own.key;
    const how = chosen === own.key ? 'stored' : 'context';
    return resolved(chosen, rest(chosen), CHOSEN_AMONG_CANDIDATES_CERTAINTY, how);
  }
  const chosen = chooseNamesake({ forms: entity.forms, gender }, others);
  if (chosen !== null) return resolved(chosen.key, rest(chosen.key), chosen.certainty, chosen.how);
  return resolved(entity.ownKey, rest(entity.ownKey), AMBIGUOUS_CERTAINTY, 'own-key');
}
