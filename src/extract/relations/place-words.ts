import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { betweenWords } from './sentence-view';
import { usStateForm } from './us-states';

/**
 * Compass and other words that narrow a place to part of it: "in northern", "south-east" (which
 * the tokeniser may split: "south - east").
 */
export const PART_OF =
  '(?:(?:extreme|far|rural|central|upstate|coastal|north|south|east|west|northern|southern|eastern|western|(?:north|south)(?:-| - )?(?:east|west)(?:ern)?) )*';

/** Words naming a kind of administrative area, after its name ("Umbria province") or in it. */
export const AREA_NOUN =
  '(?:province|state|region|prefecture|county|parish|department|district|oblast|governorate|canton|territory|republic)';

/** Words naming a settlement or area that an apposition may call a place ("the capital of"). */
export const PLACE_NOUN = `(?:capital|city|town|village|port|resort|suburb|island|${AREA_NOUN})`;

/** The words between two mentions, lemmas as the pair patterns read them, with a trailing space. */
export function wordsBetween(view: SentenceView, a: PlacedMention, b: PlacedMention): string {
  return b.firstToken > a.endToken ? `${betweenWords(view, a.endToken, b.firstToken)} ` : '';
}

export function isPlace(m: PlacedMention): boolean {
  return m.type === 'Location' || m.type === 'Country';
}

/**
 * A place named as a place, not by its demonym: "German airline Lufthansa" or "a British group"
 * says what a body is (its nationality, its people's, its language), which the development gold
 * set does not count as where it is; "a Hong Kong firm", "the U.S. Congress" place it.
 */
export function namesPlace(m: PlacedMention): boolean {
  return isPlace(m) && m.source !== 'gazetteer:demonym';
}

export function locatedIn(
  view: SentenceView,
  subject: PlacedMention,
  object: PlacedMention,
  rule: string,
  confidence: number,
): RelationCandidate {
  const [first, last] =
    subject.firstToken < object.firstToken ? [subject, object] : [object, subject];
  return {
    type: 'LOCATED_IN',
    subject: subject.entity,
    object: object.entity,
    rule,
    confidence,
    sentence: view.sentence.index,
    firstToken: first.firstToken,
    endToken: last.endToken,
  };
}

const CITY_KINDS = new Set(['city', 'capital']);

/**
 * "Gyandzha or Shamkhor", "Umbria and Lazio": the one place joined by "and"/"or" to the j-th
 * mention, which shares what is said of it ("… in Azerbaijan"). Not in a longer list ("Hong Kong,
 * Tokyo and Pusan in South Korea" places only Pusan), not a known city (named for itself, it is
 * as likely elsewhere), not a US state ("counties in New Jersey and Dutchess County in New York").
 */
export function placesJoinedBefore(view: SentenceView, j: number): PlacedMention[] {
  const next = view.mentions[j] as PlacedMention;
  const item = view.mentions[j - 1];
  if (!item || item.type !== 'Location' || item.endToken + 1 !== next.firstToken) return [];
  if (usStateForm(item.text) || CITY_KINDS.has(item.kind ?? '')) return [];
  const joint = view.tokens[item.endToken]?.value.toLowerCase();
  const before = view.tokens[item.firstToken - 1];
  const listed = before?.sentence === view.sentence.index && before.value === ',';
  return (joint === 'and' || joint === 'or') && !listed ? [item] : [];
}
