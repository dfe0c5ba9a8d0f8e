import type { Token } from '../nlp';
import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { patternWord } from './sentence-view';
import { PART_OF, PLACE_NOUN, isPlace, locatedIn, wordsBetween } from './place-words';
import { usStateForm } from './us-states';

const CITY_KINDS = new Set(['city', 'capital']);
/** "Yerevan, the capital of Armenia", "Cuenca, third most important city in Ecuador". */
const CAPITAL_OF = new RegExp(
  `^, (?:(?:the|a|an) )?(?:[a-z0-9-]+ ){0,3}${PLACE_NOUN} (?:of|in) (?:the )?$`,
);
/** "Mohammadia, south-east Algeria": a compass word before the container. */
const COMPASS = new RegExp(`^, ${PART_OF.replace(/\*$/, '+')}$`);
/** After "X, Y's": "capital", "second-largest city". */
const OWN_PLACE = new RegExp(`^(?:[a-z0-9-]+ ){0,3}${PLACE_NOUN}\\b`);
/** How many words after the possessive `OWN_PLACE` reads. */
const OWN_PLACE_WORDS = 5;

/**
 * A place and, in apposition, what holds it: "Yerevan, the capital of Armenia", "Baghdad,
 * Iraq's capital", "Leninakan, Armenia's second-largest city", "Mohammadia, south-east Algeria".
 * The apposition must call the place a capital, city, town, province… of the container, or place
 * it by a compass word in a country or US state; a city never holds another city.
 */
export function appositivePlaceRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let i = 1; i < view.mentions.length; i += 1) {
    const place = view.mentions[i - 1] as PlacedMention;
    const container = view.mentions[i] as PlacedMention;
    if (place.type !== 'Location' || !isPlace(container)) continue;
    if (CITY_KINDS.has(container.kind ?? '')) continue;
    const words = wordsBetween(view, place, container);
    if (CAPITAL_OF.test(words)) {
      out.push(locatedIn(view, place, container, 'apposition:place-capital-of', 0.85));
    } else if (words === ', ' && ownsPlaceNoun(view, container)) {
      out.push(locatedIn(view, place, container, 'apposition:place-country-capital', 0.85));
    } else if (
      COMPASS.test(words) &&
      lowerCaseBetween(view, place, container) &&
      (container.type === 'Country' || usStateForm(container.text))
    ) {
      out.push(locatedIn(view, place, container, 'apposition:place-compass-country', 0.8));
    }
  }
  return out;
}

/** "Iraq 's capital", "Armenia 's second-largest city": the container's own place noun follows. */
function ownsPlaceNoun(view: SentenceView, m: PlacedMention): boolean {
  const words: string[] = [];
  for (let t = m.endToken; t < view.sentence.endToken && words.length <= OWN_PLACE_WORDS; t += 1)
    words.push(patternWord(view.tokens[t] as Token).replace(/\.$/, ''));
  return words[0] === "'s" && OWN_PLACE.test(words.slice(1).join(' '));
}

/** "south-east Algeria", not "Asia, South America": a capitalised compass word starts a name. */
function lowerCaseBetween(view: SentenceView, a: PlacedMention, b: PlacedMention): boolean {
  return view.tokens.slice(a.endToken, b.firstToken).every((t) => !/^\p{Lu}/u.test(t.value));
}
