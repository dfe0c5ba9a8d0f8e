import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { AREA_NOUN, isPlace, locatedIn, wordsBetween } from './place-words';
import { usStateForm } from './us-states';

const CITY_KINDS = new Set(['city', 'capital']);
/** Nouns after a possessed place that still name a place: "California's Sierra Nevada foothills". */
const PLACE_HEAD = new RegExp(
  `^(?:area|airport|foothills|coast|valley|border|section|suburb|neighbou?rhood|square|${AREA_NOUN})s?$`,
);

/**
 * Last words of a place's name that say it is a site or feature, not a body the tagger took for
 * a place ("Germany's Hexal", "Europe's Enron", "Miyazaki's Spirited Away").
 */
const SITE_NAME =
  /\b(?:Square|Street|Road|Avenue|Lane|Centre|Center|Court|Park|Gardens?|River|Mountains?|Hills?|Peak|County|Province|Parish|District|Region|Coast|Islands?|Lake|Valley|Airport|Museum|Hall|Theatre|Theater|Hotel|Palace|Cathedral|Bridge|Stadium|Forest|Desert|Bay|Sea|Beach|Harbou?r|Station|Prison|Penitentiary|Statue of Liberty)$/;

/**
 * A place possessed by a place lies in it: "Beijing's Tiananmen Square", "Zambia's Kafue
 * River", "Miami's Dade County", "California's Sierra Nevada foothills". Not a country or US
 * state possessed ("Britain's Gibraltar" is disputed territory), nor a place that only modifies a
 * common noun ("Iraq's Kuwait invasion": the invasion is Iraq's). The possessed place must be
 * named as a site or feature (a Square, a River, a County…) or be followed by a word naming a
 * place ("Pakistan's Sindh province"): a possessive also names a country's firms and a city's sons.
 */
export function possessivePlaceRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let i = 1; i < view.mentions.length; i += 1) {
    const owner = view.mentions[i - 1] as PlacedMention;
    const place = view.mentions[i] as PlacedMention;
    if (!isPlace(owner) || owner.source === 'gazetteer:demonym' || place.type !== 'Location')
      continue;
    if (wordsBetween(view, owner, place) !== "'s " || usStateForm(place.text)) continue;
    if (CITY_KINDS.has(place.kind ?? '') && owner.type !== 'Country') continue;
    if (modifiesNoun(view, place) || !(SITE_NAME.test(place.text) || areaWordAfter(view, place)))
      continue;
    out.push(locatedIn(view, place, owner, 'possessive:place-location', 0.8));
  }
  return out;
}

function modifiesNoun(view: SentenceView, m: PlacedMention): boolean {
  const next = view.tokens[m.endToken];
  if (!next || next.sentence !== view.sentence.index) return false;
  return next.pos === 'NOUN' && /^\p{Ll}/u.test(next.value) && !PLACE_HEAD.test(next.value);
}

/** "Pakistan's Sindh province", "California's Sierra Nevada foothills". */
function areaWordAfter(view: SentenceView, m: PlacedMention): boolean {
  const next = view.tokens[m.endToken];
  return next !== undefined && next.sentence === view.sentence.index && PLACE_HEAD.test(next.value);
}
