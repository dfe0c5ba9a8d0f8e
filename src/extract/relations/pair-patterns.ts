import type { EntityType, RelationType } from '../../model/entity-types';

/**
 * A relation stated by the words between two mentions of one sentence. `between` is matched
 * against lemmas joined by spaces, possessives as `'s`, and any mention in between as `<Type>`
 * (see `betweenWords`). `reverse` means the second mention is the subject ("Al Jazeera's
 * Yulia Shapovalova": she WORKS_FOR it).
 */
export interface PairPattern {
  type: RelationType;
  rule: string;
  first: readonly EntityType[];
  second: readonly EntityType[];
  between: RegExp;
  confidence: number;
  reverse?: boolean;
  /** Lemmas the pattern itself uses that would otherwise read as modality cues. */
  ownWords?: readonly string[];
  /** Whether the second mention may be adjectival ("alleges Chinese nationals …"). */
  secondMayModify?: boolean;
  /** Only when the two mentions are the whole sentence: "Yulia Shapovalova, Al Jazeera." */
  wholeSentence?: boolean;
  /** At least one side must be a person (organisations "meeting" are mostly sports fixtures). */
  needsPerson?: boolean;
  /** The first mention's text must not match ("UK Chancellor" is the finance minister). */
  firstTextNot?: RegExp;
  /** The person must be written as a name ("Yulia Shapovalova", "Mr Raha"), not a lone word. */
  personLooksNamed?: boolean;
}

const P: EntityType[] = ['Person'];
const ACTORS: EntityType[] = ['Person', 'Country', 'Organization'];
const STATES: EntityType[] = ['Country', 'Organization'];
const PLACES: EntityType[] = ['Location', 'Country'];
const ORG: EntityType[] = ['Organization'];
const EVENT: EntityType[] = ['Event'];

/** Auxiliaries, adverbs and negation that may stand between a subject and its verb. */
const FILL =
  "(?:(?:have|be|also|later|then|again|first|last|recently|reportedly|allegedly|already|finally|formally|officially|will|would|could|may|might|should|not|n't|never|do|to|expect|plan|set|due|want|hope|vow|pledge|promise|agree|refuse|deny|fail)\\s)*";

const COUNTRY_TITLES =
  '(?:president|prime minister|premier|leader|king|queen|emperor|head of state|supreme leader|pm)';
const ORG_TITLES =
  '(?:chief executive|ceo|chairman|chairwoman|boss|head|president|leader|secretary-general|secretary general|director-general|director general|general secretary)';
const STAFF_TITLES =
  '(?:correspondent|reporter|editor|journalist|spokesman|spokeswoman|spokesperson|analyst|economist|executive|director|manager|adviser|advisor|presenter|producer|lawyer|coach|consultant|researcher|employee|engineer|scientist|official|striker|midfielder|defender|goalkeeper|captain|chief economist)';
const CONFLICT_NOUNS = '(?:war|conflict|dispute|standoff|stand-off|row|feud|confrontation)';
const ADJ = '(?:[a-z-]+ )';

export const PAIR_PATTERNS: readonly PairPattern[] = [
  {
    type: 'MET_WITH',
    rule: 'verb:meet',
    first: ACTORS,
    second: ACTORS,
    confidence: 0.9,
    needsPerson: true,
    between: new RegExp(`^${FILL}(?:meet|meeting)(?: with)?$`),
  },
  {
    type: 'MET_WITH',
    rule: 'noun:meeting-with',
    first: ACTORS,
    second: ACTORS,
    confidence: 0.85,
    between: /^'s (?:[a-z-]+ )?meeting with$/,
  },
  {
    type: 'MET_WITH',
    rule: 'verb:address-person',
    first: P,
    second: P,
    confidence: 0.7,
    between: new RegExp(`^,? ?${FILL}address$`),
  },
  {
    type: 'HOSTED',
    rule: 'verb:host',
    first: ACTORS,
    second: P,
    confidence: 0.9,
    between: new RegExp(`^${FILL}host$`),
  },
  {
    type: 'HOSTED',
    rule: 'verb:welcome-person',
    first: P,
    second: P,
    confidence: 0.7,
    between: new RegExp(`^,? ?${FILL}welcome$`),
  },
  {
    type: 'VISITED',
    rule: 'verb:visit',
    first: P,
    second: [...PLACES, 'Organization'],
    confidence: 0.9,
    between: new RegExp(`^${FILL}visit$`),
  },
  {
    type: 'VISITED',
    rule: 'noun:visit-to',
    first: ACTORS,
    second: PLACES,
    confidence: 0.85,
    between: new RegExp(`^'s ${ADJ}{0,3}visit to(?: the)?$`),
  },
  {
    type: 'VISITED',
    rule: 'verb:pay-visit',
    first: ACTORS,
    second: PLACES,
    confidence: 0.85,
    between: new RegExp(
      `^${FILL}(?:make|pay|begin|start|end|conclude) (?:a|an|his|her|their) (?:[a-z0-9-]+ ){0,3}visit to(?: the)?$`,
    ),
  },
  {
    type: 'VISITED',
    rule: 'verb:travel-to',
    first: P,
    second: PLACES,
    confidence: 0.8,
    between: new RegExp(`^${FILL}(?:arrive in|travel to|fly to)(?: the)?$`),
  },
  {
    type: 'ATTENDED',
    rule: 'verb:attend',
    first: ACTORS,
    second: EVENT,
    confidence: 0.9,
    between: new RegExp(`^${FILL}attend(?: the)?$`),
  },
  {
    type: 'ATTENDED',
    rule: 'apposition:guest-at',
    first: ACTORS,
    second: EVENT,
    confidence: 0.85,
    between: /^, (?:the|a|an) (?:[a-z-]+ ){0,3}guest at(?: <(?:Location|Country)> 's| the)?$/,
  },
  {
    type: 'INVOLVED_IN',
    rule: 'verb:take-part',
    first: ACTORS,
    second: [...EVENT, 'Project'],
    confidence: 0.8,
    between: new RegExp(
      `^${FILL}(?:take part in|participate in|be involve in|involve in)(?: the)?$`,
    ),
  },
  {
    type: 'INVOLVED_IN',
    rule: 'noun:role-in',
    first: ACTORS,
    second: [...EVENT, 'Project'],
    confidence: 0.8,
    between: /^'s (?:[a-z-]+ )?(?:involvement|role|part|participation) in(?: the)?$/,
  },
  {
    type: 'INVOLVED_IN',
    rule: 'verb:build-project',
    first: ACTORS,
    second: ['Project'],
    confidence: 0.8,
    between: new RegExp(`^${FILL}(?:build|fund|finance|develop|construct|operate)(?: the)?$`),
  },
  {
    type: 'SUPPORTS',
    rule: 'verb:support',
    first: ACTORS,
    second: ACTORS,
    confidence: 0.85,
    between: new RegExp(`^${FILL}(?:support|back|endorse)$`),
  },
  {
    type: 'SUPPORTS',
    rule: 'verb:stand-with',
    first: ACTORS,
    second: ACTORS,
    confidence: 0.8,
    between: new RegExp(`^${FILL}(?:stand with|stand by|side with)$`),
    ownWords: ['vow', 'pledge', 'promise'],
  },
  {
    type: 'OPPOSES',
    rule: 'verb:oppose',
    first: ACTORS,
    second: ACTORS,
    confidence: 0.85,
    between: new RegExp(`^${FILL}(?:oppose|condemn|criticise|criticize|stand against)$`),
  },
  {
    type: 'ACCUSES',
    rule: 'verb:accuse',
    first: ACTORS,
    second: ACTORS,
    confidence: 0.85,
    between: new RegExp(`^${FILL}(?:accuse|allege|blame)$`),
    ownWords: ['allege', 'accuse', 'blame'],
    secondMayModify: true,
  },
  {
    type: 'IN_CONFLICT_WITH',
    rule: 'noun:war-with',
    first: STATES,
    second: STATES,
    confidence: 0.85,
    between: new RegExp(
      `^,? ?${FILL}(?:(?:lock|engage|embroil|locked|engaged|embroiled) in )?(?:a |an |the )?(?:[a-z-]+ )?${CONFLICT_NOUNS} (?:with|against)$`,
    ),
  },
  {
    type: 'IN_CONFLICT_WITH',
    rule: 'verb:at-war-with',
    first: STATES,
    second: STATES,
    confidence: 0.9,
    between: new RegExp(`^${FILL}(?:at war with|invade|go to war with)$`),
  },
  {
    type: 'NEGOTIATES_WITH',
    rule: 'verb:negotiate-with',
    first: ACTORS,
    second: ACTORS,
    confidence: 0.85,
    between: new RegExp(
      `^${FILL}(?:negotiate with|hold (?:[a-z-]+ ){0,2}talk with|in talk with|open talk with)$`,
    ),
  },
  {
    type: 'PARTNER_OF',
    rule: 'noun:alliance-with',
    first: STATES,
    second: STATES,
    confidence: 0.8,
    between: /^'s (?:[a-z-]+ ){0,4}(?:alliance|partnership|pact) with$/,
  },
  {
    type: 'PARTNER_OF',
    rule: 'verb:ally-with',
    first: STATES,
    second: STATES,
    confidence: 0.8,
    between: new RegExp(
      `^${FILL}(?:ally with|partner with|team up with|(?:form|sign|forge) (?:an? |the )?(?:[a-z-]+ )?(?:alliance|partnership|pact) with)$`,
    ),
  },
  {
    type: 'MEMBER_OF',
    rule: 'verb:join',
    first: ACTORS,
    second: ORG,
    confidence: 0.8,
    between: new RegExp(`^${FILL}join(?: the)?$`),
  },
  {
    type: 'MEMBER_OF',
    rule: 'noun:member-of',
    first: ACTORS,
    second: ORG,
    confidence: 0.85,
    between: new RegExp(
      `^(?:, (?:a|an|the)|${FILL}(?:a|an|the)?) ?(?:[a-z-]+ )?member of(?: the)?$`,
    ),
  },
  {
    type: 'MEMBER_OF',
    rule: 'title:mp',
    first: ORG,
    second: P,
    confidence: 0.85,
    reverse: true,
    between: /^(?:mp|mep|peer|backbencher|member)$/,
  },
  {
    type: 'WORKS_FOR',
    rule: 'possessive:org-person',
    first: ORG,
    second: P,
    confidence: 0.8,
    personLooksNamed: true,
    reverse: true,
    between: /^'s$/,
  },
  {
    type: 'WORKS_FOR',
    rule: 'title:org-staff',
    first: ORG,
    second: P,
    confidence: 0.85,
    reverse: true,
    between: new RegExp(`^(?:[a-z-]+ )?${STAFF_TITLES}$`),
  },
  {
    type: 'WORKS_FOR',
    rule: 'apposition:staff-of',
    first: P,
    second: ORG,
    confidence: 0.85,
    between: new RegExp(`^, (?:a|an|the) ${ADJ}{0,3}${STAFF_TITLES} (?:for|at|of|with)(?: the)?$`),
  },
  {
    type: 'WORKS_FOR',
    rule: 'verb:work-for',
    first: P,
    second: ORG,
    confidence: 0.9,
    between: new RegExp(`^${FILL}work (?:for|at)(?: the)?$`),
  },
  {
    type: 'WORKS_FOR',
    rule: 'attribution:person-org',
    first: P,
    second: ORG,
    confidence: 0.8,
    between: /^,$/,
    wholeSentence: true,
  },
  {
    type: 'LEADER_OF',
    rule: 'title:country-leader',
    first: ['Country'],
    second: P,
    confidence: 0.9,
    reverse: true,
    between: new RegExp(`^${COUNTRY_TITLES}$`),
  },
  {
    type: 'LEADER_OF',
    rule: 'title:country-chancellor',
    first: ['Country'],
    second: P,
    confidence: 0.85,
    reverse: true,
    between: /^chancellor$/,
    // In Britain the Chancellor is the finance minister, not the head of government.
    firstTextNot: /^(?:UK|U\.K\.|British|Britain|United Kingdom)$/,
  },
  {
    type: 'LEADER_OF',
    rule: 'title:org-leader',
    first: ORG,
    second: P,
    confidence: 0.85,
    reverse: true,
    between: new RegExp(`^(?:[a-z-]+ )?${ORG_TITLES}$`),
  },
  {
    type: 'LEADER_OF',
    rule: 'apposition:leader-of',
    first: P,
    second: ['Country'],
    confidence: 0.85,
    between: new RegExp(`^, (?:the )?${COUNTRY_TITLES} of(?: the)?$`),
  },
  {
    type: 'LEADER_OF',
    rule: 'apposition:org-leader-of',
    first: P,
    second: ORG,
    confidence: 0.85,
    between: new RegExp(`^, (?:the )?${ORG_TITLES} of(?: the)?$`),
  },
  {
    type: 'LEADER_OF',
    rule: 'possessive:country-leader',
    first: ['Country'],
    second: P,
    confidence: 0.85,
    reverse: true,
    between: new RegExp(`^'s ${COUNTRY_TITLES} ,?$`),
  },
  {
    type: 'LOCATED_IN',
    rule: 'prep:place-in-place',
    first: ['Location'],
    second: PLACES,
    confidence: 0.8,
    between: /^in$/,
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
];
