import type { RelationCandidate } from './relation-candidate';
import { isParty } from './role-noun';
import type { PlacedMention, SentenceView } from './sentence-view';
import { namesPlace } from './place-words';

/** Bodies of no one place: a place before them names a meeting or an office of theirs. */
const PLACELESS_KINDS = new Set(['international organisation', 'news agency']);
/** Gatherings a tagger may take for organisations: held somewhere, not based there. */
const GATHERING =
  /\b(?:Conference|Summit|Forum|Show|Expo|Fair|Festival|Games|Cup|Open|Championships?|Awards|Olympics|Talks)$/;
/** First words of a body's name that finish the place's ("New York" + "State Supreme Court"). */
const PLACE_WORD = /^(?:State|City|County|Province|Region|District)\b/;

/**
 * A place written right before an organisation's name, nothing between, names where the body is:
 * "the U.S. Congress", "the U.S. 6th Fleet", "Cape Town Supreme Court", and the source lines of
 * monitored media, place of publication first ("Moscow IZVESTIYA in Russian", "Tokyo YOMIURI
 * SHIMBUN"). Not a demonym ("the Spanish FA": see `namesPlace`), not an international body ("the
 * Geneva UN talks") nor a news agency, whose place so written is a bureau's; not a party
 * ("London UKIP" is its branch); not a gathering. Not when a common noun or a number follows
 * the name: then the name modifies it, and the place may be a branch's or a product's ("the
 * Detroit Ford plant", "Italian Parma ham", "Australian Formula 3"), or the tagger took a word
 * for a body.
 *
 * Report datelines are not read here: "SEOUL, South Korea (AP)" or "Hefei, February 11 (XINHUA)"
 * say where a story was filed, not where the agency is, and never put the two side by side.
 */
export function placeOrgCompoundRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let i = 1; i < view.mentions.length; i += 1) {
    const place = view.mentions[i - 1] as PlacedMention;
    const org = view.mentions[i] as PlacedMention;
    if (org.type !== 'Organization' || !namesPlace(place)) continue;
    if (org.firstToken !== place.endToken || !/\p{L}\.?$/u.test(place.text)) continue;
    if (!namesTheBody(view, org)) continue;
    out.push({
      type: 'LOCATED_IN',
      subject: org.entity,
      object: place.entity,
      rule: 'compound:place-org',
      confidence: 0.75,
      sentence: view.sentence.index,
      firstToken: place.firstToken,
      endToken: org.endToken,
      nounPhrase: true,
    });
  }
  return out;
}

function namesTheBody(view: SentenceView, org: PlacedMention): boolean {
  if (PLACELESS_KINDS.has(org.kind ?? '') || GATHERING.test(org.text) || PLACE_WORD.test(org.text))
    return false;
  // "London UKIP", "Scottish Labour": a party's branch there, the party itself is national.
  if (isParty(org)) return false;
  const next = view.tokens[org.endToken];
  if (!next || next.sentence !== view.sentence.index) return true;
  return !((next.pos === 'NOUN' && /^\p{Ll}/u.test(next.value)) || /^\d/.test(next.value));
}
