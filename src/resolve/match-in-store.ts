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

/**
 * Resolution of an entity without a Wikidata id against what earlier articles stored.
 * - No stored match → its own key (a new entity, or the one already stored under that key).
 * - One match → that entity.
 * - Several → an office title in the article may single one out (lower certainty, the others
 *   recorded); otherwise its own key, all of them recorded as candidates, lower certainty.
 * - An entity stored under exactly our key competes with the others: it wins for a full name
 *   ("John Smith" stays John Smith even if a "John Paul Smith" exists), but a lone surname
 *   prefers the one full name it is the surname of, because an entity called just "Putin" only
 *   exists because an earlier article never gave the full name.
 */
export async function matchInStore(
  entity: PreparedEntity,
  lookup: EntityLookup,
): Promise<EntityResolution> {
  const namesakes = await storedNamesakes(entity, lookup);
  const own = namesakes.find((v) => v.key === entity.ownKey);
  const person = entity.person;
  const others = namesakes.filter(
    (v) => v.key !== entity.ownKey && (person === undefined || personCanBe(person, v)),
  );
  if (others.length === 0) return resolved(entity.ownKey, [], 1, own ? 'stored' : 'own-key');
  const loneSurname = person !== undefined && person.given === undefined;
  if (others.length === 1 && (!own || loneSurname)) {
    const only = others[0] as EntityView;
    const candidates = own ? [own.key] : [];
    return resolved(only.key, candidates, own ? CHOSEN_AMONG_CANDIDATES_CERTAINTY : 1, 'stored');
  }
  const chosen = chooseByTitles(entity.forms, own ? [own, ...others] : others);
  const all = [...(own ? [own.key] : []), ...others.map((v) => v.key)].sort();
  if (chosen !== null) {
    const rest = all.filter((k) => k !== chosen);
    return resolved(chosen, rest, CHOSEN_AMONG_CANDIDATES_CERTAINTY, 'context');
  }
  if (own) {
    const rest = all.filter((k) => k !== own.key);
    return resolved(own.key, rest, CHOSEN_AMONG_CANDIDATES_CERTAINTY, 'stored');
  }
  return resolved(entity.ownKey, all, AMBIGUOUS_CERTAINTY, 'own-key');
}
