import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import {
  AREA_NOUN,
  PART_OF,
  isPlace,
  locatedIn,
  placesJoinedBefore,
  wordsBetween,
} from './place-words';
import { usStateForm } from './us-states';

/** A name that says it is an area: "Kumamoto Prefecture", "Cameron Parish", "Perthshire". */
const AREA_NAME =
  /(?:\b(?:Province|Prefecture|State|County|Parish|Region|District|Oblast|Governorate|Canton|Territory)|shire)$/;
/** "X in (the) (northern) Y", "X is in Y": lemmas, as `betweenWords` gives them. */
const IN_AREA = new RegExp(`^(?:be (?:locate |situate )?)?in (?:the )?${PART_OF}$`);
/** "X in the southeastern part of Y", "X in the northwestern department of Y". */
const IN_PART_OF = new RegExp(
  `^in the ${PART_OF}(?:part|corner|tip|edge|${AREA_NOUN}) of (?:the )?$`,
);
/** Words before the place that make "X in Y" a fixture's venue ("beat Texas in Austin"). */
const VERSUS = /^(?:against|v|vs|versus|beat|beats|face|faces|play|plays)$/i;

/**
 * A place in a country or an administrative area: "Bedford in southern Indiana", "Yatsushiro in
 * Kumamoto Prefecture", "Perugia in Umbria province", "Gleneagles in Perthshire", "Rome is in
 * Lazio province", "Bugesera in the southeastern part of Rwanda", and every place joined to the
 * first by "and"/"or" ("Gyandzha or Shamkhor in Azerbaijan"). The area must say it is one — a
 * US state, a name ending in Province, County, -shire…, or such a word after it — so "X in Y"
 * with Y a city or a landmark is left to the other rules, which know which holds which.
 */
export function regionRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let i = 1; i < view.mentions.length; i += 1) {
    const place = view.mentions[i - 1] as PlacedMention;
    const area = view.mentions[i] as PlacedMention;
    if (place.type !== 'Location' || !isPlace(area) || playedAt(view, place)) continue;
    const words = wordsBetween(view, place, area);
    if (IN_PART_OF.test(words)) {
      out.push(locatedIn(view, place, area, 'prep:place-in-part-of', 0.8));
      continue;
    }
    if (!IN_AREA.test(words)) continue;
    // "Texas in southern USA" is placed by the country rules; a state in a state is a list.
    if (usStateForm(place.text) && usStateForm(area.text)) continue;
    const joined = placesJoinedBefore(view, i - 1);
    // A place in a country is the pair patterns' ("prep:place-in-place"); the places joined to
    // it are this rule's.
    const own = namesArea(view, area) ? [place] : area.type === 'Country' ? [] : undefined;
    if (!own) continue;
    for (const each of [...own, ...joined])
      out.push(locatedIn(view, each, area, 'prep:place-in-area', 0.8));
  }
  return out;
}

function namesArea(view: SentenceView, m: PlacedMention): boolean {
  if (usStateForm(m.text) || AREA_NAME.test(m.text)) return true;
  const next = view.tokens[m.endToken];
  return (
    next !== undefined &&
    next.sentence === view.sentence.index &&
    new RegExp(`^${AREA_NOUN}s?$`).test(next.value)
  );
}

function playedAt(view: SentenceView, m: PlacedMention): boolean {
  const before = view.tokens[m.firstToken - 1];
  return (
    before !== undefined && before.sentence === view.sentence.index && VERSUS.test(before.value)
  );
}
