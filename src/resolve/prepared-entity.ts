import type { EntityType } from '../model/entity-types';
import type { ExtractedEntity } from '../model/extraction';
import { canonicalKey, normaliseName } from '../model/ids';
import { comparePersonNames } from './compare-person-names';
import { nameOfForm, surfaceForms } from './entity-forms';
import { personNameOf, type PersonName } from './person-name';
import { titledFormsBeforeMentions } from './titles-before-mentions';

/** One extracted entity with what resolution works from, computed once. */
export interface PreparedEntity {
  extracted: ExtractedEntity;
  type: EntityType;
  wikidataId?: string;
  /** The name the entity is known by: title-stripped for a person. */
  name: string;
  /** For a person, the most specific name the article gave it. */
  person?: PersonName;
  /** `canonicalKey` of the name above: what a new entity would be called. */
  ownKey: string;
  forms: string[];
}

const QID_KEY = /^wd:(Q\d+)$/;

/**
 * The most specific name among a person's forms that still agrees with the others: "Brown"
 * named once as "Gordon Brown" is Gordon Brown. A form that contradicts the name is ignored.
 */
function mostSpecificPersonName(forms: readonly string[]): PersonName | undefined {
  let best: PersonName | undefined;
  for (const form of forms) {
    const parsed = personNameOf(form);
    if (!parsed) continue;
    if (!best) best = parsed;
    else if (comparePersonNames(best, parsed) === 'first-less-specific') best = parsed;
  }
  return best;
}

/**
 * `text` is the article's cleaned text: the office words right before a person's mentions are
 * part of how the article named them (see `titledFormsBeforeMentions`).
 *
 * Null when the entity cannot name anything across articles: a "person" that is only a role
 * ("the Chinese leader") or a name with no letters or digits. Its mentions, statements and
 * quotes are left out of the graph rather than pinned on an entity made up from a title.
 */
export function prepareEntity(extracted: ExtractedEntity, text: string): PreparedEntity | null {
  const wikidataId = extracted.wikidataId ?? QID_KEY.exec(extracted.id)?.[1];
  const forms = surfaceForms(extracted);
  if (extracted.type === 'Person') {
    for (const form of titledFormsBeforeMentions(text, extracted.mentions)) {
      if (!forms.includes(form)) forms.push(form);
    }
  }
  if (wikidataId) {
    const linked: PreparedEntity = {
      extracted,
      type: extracted.type,
      wikidataId,
      name: extracted.name,
      ownKey: canonicalKey(extracted.type, extracted.name, wikidataId),
      forms,
    };
    // Kept so that a short form in the same article ("Putin") can meet the linked full name.
    const person =
      extracted.type === 'Person' ? mostSpecificPersonName([extracted.name, ...forms]) : undefined;
    if (person) linked.person = person;
    return linked;
  }
  if (extracted.type === 'Person') {
    const ownName = personNameOf(extracted.name);
    const person = mostSpecificPersonName(ownName ? [ownName.surface, ...forms] : forms);
    if (!person) return null;
    const name =
      ownName && comparePersonNames(ownName, person) === 'same' ? ownName.surface : person.surface;
    return { extracted, type: 'Person', name, person, ownKey: canonicalKey('Person', name), forms };
  }
  const name = nameOfForm(extracted.name);
  if (name === null || normaliseName(name) === '') return null;
  return {
    extracted,
    type: extracted.type,
    name,
    ownKey: canonicalKey(extracted.type, name),
    forms,
  };
}
