import type { EntityType } from '../../model/entity-types';
import { isHolidayName } from '../dates';
import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { AnalysedText, Token } from '../nlp';
import { eventKindOfName } from './named-events';
import type { NerSpan } from './ner-tagger';
import type { RawMention } from './raw-mention';
import { isCommonNounAbbreviation } from './common-noun-abbreviations';
import { isReligiousAdherentName } from './religious-adherents';
import { institutionTypeOfName, institutionTypeOfPlaceName } from './institution-head';
import {
  displayName,
  followsLetterHyphen,
  isPronounContraction,
  tokenText,
} from './token-predicates';

/** A lower-case prefix glued to a name by a hyphen: "post-", "anti-", "pro-", "ex-". */
const LOWER_CASE_PREFIX = /^\p{Ll}+-(?=\p{Lu})/u;

const NER_TYPES: Record<'PER' | 'LOC' | 'ORG', EntityType> = {
  PER: 'Person',
  LOC: 'Location',
  ORG: 'Organization',
};

/**
 * Whether a gazetteer entry may name what the tagger found. Places agree with LOC only: a city
 * or country the tagger reads as ORG is a team or a club ("Surrey", "Dynamo"), as PER a person
 * ("Jordan"). A curated organisation or person keeps its type whatever the tagger says — those
 * lists hold unambiguous names (Reuters, NATO, heads of state) and the tagger's ORG is its
 * weakest type.
 */
function entryFits(entry: GazetteerEntry, span: NerSpan): boolean {
  if (entry.type === 'Country' || entry.type === 'Location') return span.type === 'LOC';
  return true;
}

/**
 * A tagger span as a mention, or undefined when it names nothing of our types. PER, LOC and ORG
 * map to Person, Location and Organization, taking a fitting gazetteer entry ("Kenya" tagged LOC
 * becomes the Country with its QID). MISC (nationalities, works, products, events) becomes an
 * Event only when its head says it is one ("World Cup", "U.S. Open").
 */
export function nerMention(
  a: AnalysedText,
  span: NerSpan,
  gazetteer: Gazetteer,
): RawMention | undefined {
  // "England - I'm": a pronoun and the dash before it are no part of the name.
  let endToken = span.endToken;
  while (endToken > span.firstToken && isPronounOrDash(a.tokens[endToken - 1])) endToken -= 1;
  if (endToken <= span.firstToken) return undefined;
  // The tagger saw "Mobile" in "T-Mobile": the name is the whole brand.
  const firstToken = followsLetterHyphen(a.tokens, span.firstToken)
    ? span.firstToken - 2
    : span.firstToken;
  // wink keeps "post-World" and "anti-Blair" as one token: the prefix is no part of the name.
  const name = displayName(tokenText(a.tokens, firstToken, endToken, a.text))
    .replace(/^the /i, '')
    .replace(LOWER_CASE_PREFIX, '');
  if (name === '' || isHolidayName(name)) return undefined;
  if (isCommonNounAbbreviation(name) || isReligiousAdherentName(name, span.type === 'PER'))
    return undefined;
  const source = 'ner';
  const confidence = Math.min(0.9, span.confidence);
  // Mentions are written out, not spread from a shared base: V8's copies of a spread were
  // slower to make and to read everywhere the recogniser reads its mentions.
  if (span.type === 'MISC') {
    const kind = eventKindOfName(name);
    if (!kind) return undefined;
    return { firstToken, endToken, source, confidence, type: 'Event', name, attributes: { kind } };
  }
  const entries = gazetteer.lookupName(name);
  const known = entries.find((e) => entryFits(e, span));
  const occasion = known ? undefined : occasionKindOfName(name);
  if (occasion) {
    return {
      firstToken,
      endToken,
      source,
      confidence,
      type: 'Event',
      name,
      attributes: { kind: occasion },
    };
  }
  if (known) {
    const { type, name: knownName } = known;
    return { firstToken, endToken, source, confidence, type, name: knownName, entry: known };
  }
  const m: RawMention = {
    firstToken,
    endToken,
    source,
    confidence,
    type: institutionType(span.type, name) ?? NER_TYPES[span.type],
    name,
  };
  // "Surrey" the club could still be Surrey the county: resolution may weigh it.
  const place = entries.find((e) => e.type === 'Location' || e.type === 'Country');
  if (place) m.candidates = [place.key];
  return m;
}

/**
 * Kinds of event no organisation, person or place is named after by its last word: the
 * tagger's organisation "General Election", "Gulf War". ("Games", "Cup", "Open" or "Festival"
 * end companies' and venues' names too, as "Rockstar Games"; those stay as the tagger read them.)
 */
const OCCASION_KINDS = new Set(['election', 'war', 'summit']);

function occasionKindOfName(name: string): string | undefined {
  if (name.indexOf(' ') < 0) return undefined;
  const kind = eventKindOfName(name);
  return kind !== undefined && OCCASION_KINDS.has(kind) ? kind : undefined;
}

/** The type the name's last word gives a tagger person or place ("Kingfisher Airlines"). */
function institutionType(type: NerSpan['type'], name: string): EntityType | undefined {
  if (type === 'PER') return institutionTypeOfName(name);
  if (type === 'LOC') return institutionTypeOfPlaceName(name);
  return undefined;
}

function isPronounOrDash(token: Token | undefined): boolean {
  return isPronounContraction(token) || token?.value === '-' || token?.value === '–';
}
