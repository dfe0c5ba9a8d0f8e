import type { Token } from '../nlp';
import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { PART_OF, isPlace, locatedIn, placesJoinedBefore, wordsBetween } from './place-words';

/** Nouns for a part of a place: "the Brighton Beach section of Brooklyn" is in Brooklyn. */
const PART_NOUN = '(?:section|area|quarter|neighbou?rhood|district|campus)s?';
/** Nouns for a place that holds others: "the Louisville suburb of Okolona" holds Okolona. */
const HOLDER_NOUN = '(?:suburb|republic|state|province|county|region|department)s?';
/** Common nouns that make a place name the name of a site or part of a larger place. */
const SITE_NOUN = `(?:plant|factory|mine|base|camp|site|${PART_NOUN}|${HOLDER_NOUN})`;
/** Up to three qualifiers, none a preposition: "in the northwestern department of" is no site's. */
const QUALIFIED = '(?:(?!(?:in|at|of|on|near|from|to|the) )[a-z][a-z-]* ){0,3}';
/**
 * "the Savannah River plant in South Carolina", "Umbria and Lazio provinces in central Italy",
 * "the Brighton Beach section of Brooklyn": lower-case words ending in a site or part noun, then
 * "in" (or "of" after a part noun), then the place that holds the first.
 */
const SITE_IN = new RegExp(`^${QUALIFIED}(?:${SITE_NOUN} in|${PART_NOUN} of) (?:the )?${PART_OF}$`);
/** "the Soviet republic of Byelorussia", "the Louisville suburb of Okolona": the second is held. */
const HOLDER_OF = new RegExp(`^${QUALIFIED}${HOLDER_NOUN} of $`);

/**
 * A place named as a site or a part of a place, and the place that holds it: "the Rocky Flats
 * plutonium processing plant in Colorado", "the Brighton Beach section of Brooklyn", "the Soviet
 * republic of Byelorussia" (the other way round). Places joined to the first by "and"/"or" are
 * held too ("Umbria and Lazio provinces in central Italy").
 */
export function siteRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let i = 1; i < view.mentions.length; i += 1) {
    const first = view.mentions[i - 1] as PlacedMention;
    const second = view.mentions[i] as PlacedMention;
    if (!isPlace(first) || !isPlace(second) || !plainBetween(view, first, second)) continue;
    const words = wordsBetween(view, first, second);
    if (first.type === 'Location' && SITE_IN.test(words)) {
      for (const place of [first, ...placesJoinedBefore(view, i - 1)])
        out.push(locatedIn(view, place, second, 'noun:site-in-place', 0.8));
    } else if (second.type === 'Location' && HOLDER_OF.test(words)) {
      out.push(locatedIn(view, second, first, 'noun:place-holding-place', 0.8));
    }
  }
  return out;
}

/** Only lower-case words, no verb: "plant in", not "Plant managers said in". */
function plainBetween(view: SentenceView, a: PlacedMention, b: PlacedMention): boolean {
  return view.tokens
    .slice(a.endToken, b.firstToken)
    .every((t: Token) => /^[a-z][a-z-]*$/.test(t.value) && t.pos !== 'VERB' && t.pos !== 'AUX');
}
