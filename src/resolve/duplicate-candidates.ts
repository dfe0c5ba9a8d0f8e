import type { EntityType } from '../model/entity-types';
import { normaliseName } from '../model/ids';
import { initialsOf, isAcronym } from './acronyms';
import { comparePersonNames } from './compare-person-names';
import { isMisspeltFor } from './misspelt-names';
import { personNameOf, type PersonName } from './person-name';

/** What the duplicate report needs of an entity: a `GraphSnapshot` entity will do. */
export interface CountedEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  mentionCount: number;
  articleCount: number;
}

/**
 * Why another node might be the same real thing:
 * - `compatible-person`: two persons whose names can be the same person ("George Bush" and
 *   "George W. Bush"), both with a first name;
 * - `lone-surname`: a person stored as a surname only and a full name carrying that surname;
 * - `same-name-other-type`: the same normalised name (or a name equal to the other's alias)
 *   under another type ("Chelsea" the club and "Chelsea" the place);
 * - `name-extends`: two non-persons of one type, one name the other plus a word ("BBC" and
 *   "BBC News", "Conservative" and "Conservative Party");
 * - `plural`: two non-persons of one type whose names differ by a final "s" ("Liberal Democrat"
 *   and "Liberal Democrats");
 * - `acronym`: a non-person named by an acronym of three letters or more and a non-person whose
 *   name it spells ("LSE" and "London Stock Exchange"; two-letter ones match too much to list);
 * - `name-contains`: two non-persons of one type, one name inside the other word for word
 *   elsewhere than before one trailing word ("Lords" and "House of Lords", "Rangers" and
 *   "Glasgow Rangers"), the other named in two articles or more;
 * - `first-name`: a one-word non-person that is the first name of a person named in more
 *   articles ("Paula" and Paula Radcliffe);
 * - `misspelt`: two non-persons of one type, one name a slip of the pen for the other, sharing
 *   a word ("Europe Union" and "European Union", "Landsdowne Road"; see `isMisspeltFor`).
 * A person named like another's double-barrelled surname ("Kilroy Silk", "Robert Kilroy-Silk")
 * is a `lone-surname`; one-word plurals ("Oscar", "Oscars") are a `plural`.
 */
export type DuplicateReason =
  | 'compatible-person'
  | 'lone-surname'
  | 'same-name-other-type'
  | 'name-extends'
  | 'plural'
  | 'acronym'
  | 'name-contains'
  | 'first-name'
  | 'misspelt';

const MIN_LISTED_ACRONYM = 3;

export interface DuplicateCandidate {
  key: string;
  type: EntityType;
  name: string;
  mentionCount: number;
  articleCount: number;
  reason: DuplicateReason;
}

export interface EntityWithCandidates extends Omit<CountedEntity, 'aliases'> {
  rank: number;
  candidates: DuplicateCandidate[];
}

interface Indexed {
  entity: CountedEntity;
  normalisedName: string;
  normalisedForms: Set<string>;
  person: PersonName | null;
}

function indexEntity(entity: CountedEntity): Indexed {
  const normalisedName = normaliseName(entity.name);
  return {
    entity,
    normalisedName,
    normalisedForms: new Set([normalisedName, ...entity.aliases.map(normaliseName)]),
    person: entity.type === 'Person' ? personNameOf(entity.name) : null,
  };
}

/** "Charles III", "Prince Harry": a regnal or titled name, not a surname waiting for a person. */
function isRegnal(name: PersonName): boolean {
  return name.titled || (name.given === undefined && name.suffix !== undefined);
}

function personReason(a: PersonName, b: PersonName): DuplicateReason | null {
  if (comparePersonNames(a, b) === 'different') return null;
  if (isRegnal(a) || isRegnal(b)) return null;
  if (a.given === undefined || b.given === undefined) {
    return a.given === undefined && b.given === undefined ? null : 'lone-surname';
  }
  return 'compatible-person';
}

const MIN_SHORT_LENGTH = 2;
/** A `name-contains` candidate named in fewer articles is one tagger slip, not worth listing. */
const MIN_CONTAINING_ARTICLES = 2;

/** Whether `long` holds all of `short`, word for word ("house of lords" / "lords"). */
function containsAsWords(long: string, short: string): boolean {
  return long !== short && ` ${long} `.includes(` ${short} `);
}

/** Whether the person `a` is named only by `b`'s double-barrelled surname ("Kilroy Silk"). */
function isOthersSurname(a: Indexed, b: Indexed): boolean {
  return b.person?.given !== undefined && b.person.surname.includes(' ')
    ? a.normalisedName === b.person.surname
    : false;
}

/**
 * Whether the one-word non-person `a` is the first name of the person `b`, who is named in more
 * articles (Sydney the city is not a stray first name of a Sydney Poitier named once).
 */
function isFirstNameOf(a: Indexed, b: Indexed): boolean {
  if (a.person !== null || a.normalisedName.includes(' ')) return false;
  return b.person?.given === a.normalisedName && b.entity.articleCount > a.entity.articleCount;
}

/**
 * Whether `long` is `short` plus one trailing word ("bbc news", "conservative party"): the way a
 * name of an organisation is shortened. Looser containment ("london" in "london stock exchange")
 * mostly finds different things named after a place.
 */
function extendsByOneWord(long: string, short: string): boolean {
  if (short.length < MIN_SHORT_LENGTH || !long.startsWith(`${short} `)) return false;
  return !long.slice(short.length + 1).includes(' ');
}

/** The acronym (upper case) an entity is named by, or that its name spells; null for persons. */
function acronymKeys(item: Indexed): string[] {
  if (item.entity.type === 'Person') return [];
  const name = item.entity.name.trim();
  if (isAcronym(name)) return name.length >= MIN_LISTED_ACRONYM ? [name.toUpperCase()] : [];
  const initials = initialsOf(name);
  return initials !== null && initials.length >= MIN_LISTED_ACRONYM ? [initials] : [];
}

function isAcronymPair(a: Indexed, b: Indexed): boolean {
  const [keyA] = acronymKeys(a);
  const [keyB] = acronymKeys(b);
  if (keyA === undefined || keyA !== keyB) return false;
  return isAcronym(a.entity.name.trim()) !== isAcronym(b.entity.name.trim());
}

function reasonBetween(a: Indexed, b: Indexed): DuplicateReason | null {
  if (a.person && b.person) {
    if (isOthersSurname(a, b) || isOthersSurname(b, a)) return 'lone-surname';
    return personReason(a.person, b.person);
  }
  if (isFirstNameOf(a, b) || isFirstNameOf(b, a)) return 'first-name';
  if (isAcronymPair(a, b)) return 'acronym';
  // A person's aliases include its surname ("England" for Sport England typed Person), so
  // only a non-person's aliases may claim the other's name; any entity may claim b's name.
  if (a.entity.type !== b.entity.type) {
    const claimsA = b.entity.type !== 'Person' && b.normalisedForms.has(a.normalisedName);
    if (a.normalisedForms.has(b.normalisedName) || claimsA) return 'same-name-other-type';
  }
  if (a.entity.type !== b.entity.type || a.entity.type === 'Person') return null;
  if (a.normalisedName === `${b.normalisedName}s` || b.normalisedName === `${a.normalisedName}s`) {
    return 'plural';
  }
  if (extendsByOneWord(a.normalisedName, b.normalisedName)) return 'name-extends';
  if (extendsByOneWord(b.normalisedName, a.normalisedName)) return 'name-extends';
  if (containsAsWords(a.normalisedName, b.normalisedName)) {
    return a.entity.articleCount >= MIN_CONTAINING_ARTICLES ? 'name-contains' : null;
  }
  if (containsAsWords(b.normalisedName, a.normalisedName)) {
    return b.entity.articleCount >= MIN_CONTAINING_ARTICLES ? 'name-contains' : null;
  }
  return isMisspeltFor(a.entity.name, b.entity.name) ? 'misspelt' : null;
}

/**
 * Every word of a normalised form, for finding entities that share one with a top entity, and
 * for a one-word form its singular too (marked, so "oscars" meets "oscar" but not the word).
 */
function words(forms: Iterable<string>): Set<string> {
  const all = new Set<string>();
  for (const form of forms) {
    for (const word of form.split(' ')) if (word) all.add(word);
    if (form !== '' && !form.includes(' ')) all.add(`\u0000${form.replace(/s$/, '')}`);
  }
  return all;
}

/**
 * For the `top` most-mentioned entities, every other node that might be the same real thing
 * (see `DuplicateReason`), with its counts. It proposes; a person judges: two people who share a
 * surname, or a club and the town it is named after, are listed but are not duplicates.
 * Deterministic: ranks by mention count, then key; candidates by mention count, then key.
 */
export function findDuplicateCandidates(
  entities: readonly CountedEntity[],
  top: number,
): EntityWithCandidates[] {
  const indexed = entities.map(indexEntity);
  // Acronym keys go in the same index, upper case, so "LSE" meets "London Stock Exchange".
  const byWord = new Map<string, Indexed[]>();
  for (const item of indexed) {
    for (const word of [...words(item.normalisedForms), ...acronymKeys(item)]) {
      let list = byWord.get(word);
      if (!list) byWord.set(word, (list = []));
      list.push(item);
    }
  }
  const ranked = [...indexed].sort(
    (a, b) =>
      b.entity.mentionCount - a.entity.mentionCount ||
      (a.entity.key < b.entity.key ? -1 : a.entity.key > b.entity.key ? 1 : 0),
  );
  return ranked.slice(0, top).map((item, i) => {
    const seen = new Set<string>([item.entity.key]);
    const candidates: DuplicateCandidate[] = [];
    for (const word of [...words(item.normalisedForms), ...acronymKeys(item)]) {
      for (const other of byWord.get(word) ?? []) {
        if (seen.has(other.entity.key)) continue;
        seen.add(other.entity.key);
        const reason = reasonBetween(item, other);
        if (reason === null) continue;
        const { key, type, name, mentionCount, articleCount } = other.entity;
        candidates.push({ key, type, name, mentionCount, articleCount, reason });
      }
    }
    candidates.sort(
      (a, b) => b.mentionCount - a.mentionCount || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const { key, type, name, mentionCount, articleCount } = item.entity;
    return { rank: i + 1, key, type, name, mentionCount, articleCount, candidates };
  });
}
