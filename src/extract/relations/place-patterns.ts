import type { PairPattern } from './pair-pattern';
import { PLACES, ORG, EVENT, FILL } from './pattern-vocabulary';

/** Where places lie and events are held. */
export const PLACE_PATTERNS: readonly PairPattern[] = [
  {
    type: 'LOCATED_IN',
    rule: 'prep:place-in-place',
    first: ['Location'],
    second: PLACES,
    confidence: 0.8,
    // "Gosforth in northeast England", "Haifa in northern Israel"
    between:
      /^in(?: the)?(?: (?:north|south|east|west|central|northern|southern|eastern|western|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?))?$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'possessive:country-capital',
    // "Bosnia's capital, Sarajevo", "Texas's capital, Austin": any place may own its capital.
    first: PLACES,
    second: ['Location'],
    confidence: 0.85,
    reverse: true,
    // "Kenya's capital, Nairobi", "Iraq's second city Basra"
    between: /^'s (?:[a-z-]+ )?(?:capital|city|town|port|province|region|state)(?: ,)?$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'punct:place-comma-place',
    first: ['Location'],
    second: PLACES,
    confidence: 0.75,
    between: /^,$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'verb:based-in',
    first: ORG,
    second: PLACES,
    confidence: 0.85,
    between: new RegExp(`^,? ?(?:(?:which|that|who) )?${FILL}(?:base|headquarter) in$`),
  },
  {
    type: 'HELD_IN',
    rule: 'prep:event-in-place',
    first: EVENT,
    second: PLACES,
    confidence: 0.75,
    between: new RegExp(`^,? ?${FILL}(?:hold |take place )?in$`),
  },
  {
    type: 'HELD_IN',
    rule: 'possessive:place-event',
    first: ['Location'],
    second: EVENT,
    confidence: 0.8,
    reverse: true,
    between: /^'s$/,
  },
  {
    type: 'HELD_IN',
    rule: 'verb:place-hosts-event',
    first: PLACES,
    second: EVENT,
    confidence: 0.8,
    reverse: true,
    between: new RegExp(`^${FILL}host(?: the)?$`),
  },
  {
    type: 'LOCATED_IN',
    rule: 'prep:org-in-place',
    first: ORG,
    second: PLACES,
    confidence: 0.7,
    // "St Mary's Hospital in Leeds", "Tennessee Tech in Cookeville"
    between: /^in$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'prep:org-of-place',
    first: ORG,
    second: PLACES,
    confidence: 0.75,
    // "Pacific Marine Inc. of Houston", "the Supreme Court of Canada"
    between: /^of$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'possessive:place-org',
    first: PLACES,
    second: ORG,
    confidence: 0.75,
    reverse: true,
    // "Germany's Deutsche Bank", "Moscow's Bolshoi Theatre" (not "China's WTO entry": see guards)
    between: /^'s$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'compound:place-branch-of-org',
    first: PLACES,
    second: ORG,
    confidence: 0.7,
    reverse: true,
    // "the St. Petersburg branch of the Atomenergoproekt Institute", "the Moscow bureau of
    // Reuters": the body has a seat there.
    between: /^(?:branch|bureau|office|headquarters|plant|factory) of(?: the)?$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'verb:org-opened-in',
    first: ORG,
    second: PLACES,
    confidence: 0.7,
    // "Eaglebrook East opened in Middletown in April": a body that opens in a town is there
    // (not "opened talks in", "opened fire in": the verb must take no object).
    between: /^(?:first |recently )?open(?: its doors)? in$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'verb:org-founded-in',
    first: ORG,
    second: PLACES,
    confidence: 0.7,
    // "His sons founded the Acme company in Leeds": where a body was founded it is based.
    between: /^(?:(?:company|firm|group|bank) )?in$/,
    before: /(?:found|establish)(?: the)?$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'verb:org-founded-in',
    first: ORG,
    second: PLACES,
    confidence: 0.7,
    // "Acme, founded in 1949 in Leeds,", "Acme, which was established in Leeds".
    between: /^, (?:which be |that be )?(?:found|establish)(?: in [0-9]+)? in$/,
  },
  {
    type: 'LOCATED_IN',
    rule: 'compound:place-based-org',
    first: PLACES,
    second: ORG,
    confidence: 0.85,
    reverse: true,
    // "the London-based bank HSBC", "Paris-based Alcatel"
    // Only a word naming the kind of body may stand between ("US-based programmes from PBS": no).
    between:
      /^- base(?: (?:firm|bank|company|group|agency|charity|think-tank|organisation|organization|airline|carrier|insurer|retailer|lender|manufacturer|maker|label|studio|publisher|club|developer|operator|giant|rival|affiliate|subsidiary|laboratory|lab|institute|consultancy|broker))?$/,
  },
];
