import type { RelationCandidate } from './relation-candidate';
import type { PlacedMention, SentenceView } from './sentence-view';
import { locatedIn, wordsBetween } from './place-words';
import { betweenWords } from './sentence-view';

/**
 * Names that say the body is a fixed institution or a company, which "in <city>" places: "the
 * International Court of Justice in The Hague", "Cox Packing Co. in Devine", "the Centers for
 * Disease Control in Atlanta" (the kind word may come before "of": "University of Chicago"). A
 * team, a committee or a delegation "in" a city is only there, and a bank "in" a city is as often
 * its branch there ("running Bank of China in New York").
 */
const INSTITUTION =
  /\b(?:Co|Corp|Inc|Ltd|Plc|PLC|GmbH|AG|SA|Company|Corporation|Institute|University|Univ|College|School|Academy|Hospital|Clinic|Infirmary|Court|Tribunal|Embassy|Consulate|Museum|Gallery|Library|Exchange|Observatory|Laboratory|Laboratories|Centers?|Seminary|Cathedral|Prison|Zoo|Theatre|Theater|Brewery|Works|Mills?)\.?(?: (?:of|for) (?:the )?[A-Z][\w' ]*)?$/;
/** "X in Y", "X in nearby Y"; "X, based in Y", "X headquartered in Y". */
const IN_PLACE = /^(?:in |in nearby )$/;
const BASED_IN = /^,? ?(?:base|headquarter|headquartere) in (?:nearby )?$/;
/** "NRC headquarters in nearby Rockville", "the bank's head office is in Leeds". */
const HEADQUARTERS_IN =
  /^(?:'s |(?:have|move|keep) (?:its|their) )?(?:headquarters|head office|hq) (?:be )?(?:in|to) (?:nearby )?$/;
/** "the AP bureau in Beirut", "Acme's offices in Leeds": a seat of the body there. */
const BUREAU_IN =
  /^(?:'s )?(?:bureau|office|offices|branch|plant|factory|store|mill|refinery) in (?:nearby )?$/;
/** "the NRC's Rockville, Md., headquarters": a place owned by the body, then its seat. */
const SEAT_AFTER =
  /^(?:, <(?:Location|Country)> ,? )?(?:headquarters|head office|hq|offices?|bureau|plant|factory)\b/;
/** "Acme Corp., Leeds,": a company's name with its town in apposition. */
const COMPANY = /\b(?:Co|Corp|Inc|Ltd|Plc|PLC|GmbH|AG|Company|Corporation)\.?$/;
/** "the State University of New York at Albany": a university's campus town. */
const CAMPUS_AT = /^at $/;
const UNIVERSITY = /\b(?:University|College)\b/;
/** Words before the body that make "X in Y" a fixture's venue ("beat Leeds University in York"). */
const VERSUS = /^(?:against|v|vs|versus|beat|beats|face|faces|play|plays)$/i;

/**
 * Where a named institution or company is: "<institution> in <place>", "<body> headquarters in
 * <place>" (also "has its headquarters in"), "<body> bureau, office or plant in <town>", "<body>'s
 * <town> headquarters", "<company>, <town>,", "<university> at <town>", and "<body> based in
 * <place>" whatever governs the body ("a spokeswoman for K mart based in Troy": the verb rule
 * reads only bodies that open a clause). The place must be a town or area, not a country, for
 * "in": "Acme Corp. in Brazil" is as often a deal there as the firm's home.
 */
export function institutionInPlaceRule(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let i = 1; i < view.mentions.length; i += 1) {
    const body = view.mentions[i - 1] as PlacedMention;
    const place = view.mentions[i] as PlacedMention;
    if (body.type !== 'Organization' || (place.type !== 'Location' && place.type !== 'Country'))
      continue;
    const words = wordsBetween(view, body, place);
    if (BASED_IN.test(words)) {
      out.push(locatedIn(view, body, place, 'participle:org-based-in', 0.85));
    } else if (HEADQUARTERS_IN.test(words)) {
      out.push(locatedIn(view, body, place, 'noun:org-headquarters-in', 0.85));
    } else if (words === "'s " && SEAT_AFTER.test(wordsAfter(view, place))) {
      out.push(locatedIn(view, body, place, 'possessive:org-place-seat', 0.8));
    } else if (
      words === ', ' &&
      COMPANY.test(body.text) &&
      place.type === 'Location' &&
      /^(?:,|\.|)$/.test(word(view, place.endToken))
    ) {
      out.push(locatedIn(view, body, place, 'punct:company-comma-place', 0.7));
    } else if (BUREAU_IN.test(words) && place.type === 'Location') {
      out.push(locatedIn(view, body, place, 'noun:org-bureau-in', 0.7));
    } else if (
      CAMPUS_AT.test(words) &&
      place.type === 'Location' &&
      UNIVERSITY.test(body.text) &&
      !nameGoesOn(view, place)
    ) {
      out.push(locatedIn(view, body, place, 'prep:university-at-place', 0.75));
    } else if (
      IN_PLACE.test(words) &&
      place.type === 'Location' &&
      INSTITUTION.test(body.text) &&
      !playedAgainst(view, body) &&
      !nameGoesOn(view, place)
    ) {
      out.push(locatedIn(view, body, place, 'prep:institution-in-place', 0.75));
    }
  }
  return out;
}

function playedAgainst(view: SentenceView, m: PlacedMention): boolean {
  let t = m.firstToken - 1;
  if (view.tokens[t]?.value.toLowerCase() === 'the') t -= 1;
  const before = view.tokens[t];
  return (
    before !== undefined && before.sentence === view.sentence.index && VERSUS.test(before.value)
  );
}

/** "Cornell University in New York State": the place's name goes on past the mention. */
function nameGoesOn(view: SentenceView, m: PlacedMention): boolean {
  const next = view.tokens[m.endToken];
  return (
    next !== undefined && next.sentence === view.sentence.index && /^\p{Lu}\p{Ll}/u.test(next.value)
  );
}

function word(view: SentenceView, t: number): string {
  const token = view.tokens[t];
  return token && token.sentence === view.sentence.index ? token.value.toLowerCase() : '';
}

function wordsAfter(view: SentenceView, m: PlacedMention): string {
  return betweenWords(view, m.endToken, Math.min(view.sentence.endToken, m.endToken + 6));
}
