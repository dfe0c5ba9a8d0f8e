import type { PairPattern } from './pair-pattern';
import { ACTORS, STATES, FILL, CONFLICT_NOUNS } from './pattern-vocabulary';

/** Where actors stand towards each other: support, opposition, accusation, conflict, talks, partnership. */
export const STANCE_PATTERNS: readonly PairPattern[] = [
  {
    type: 'SUPPORTS',
    rule: 'verb:support',
    objectThroughGovernment: true,
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
    objectThroughGovernment: true,
    first: ACTORS,
    second: ACTORS,
    confidence: 0.85,
    between: new RegExp(
      `^${FILL}(?:oppose|condemn|criticise|criticize|stand against|attack|denounce|slam)$`,
    ),
    notInSports: true,
  },
  {
    type: 'ACCUSES',
    rule: 'verb:accuse',
    objectThroughGovernment: true,
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
      `^${FILL}(?:negotiate with|hold (?:[a-z-]+ ){0,2}talk with|in (?:[a-z-]+ )?(?:talk|negotiation) with|(?:open|enter|enter into|begin|start) (?:[a-z-]+ )?(?:talk|negotiation) with)$`,
    ),
  },
  {
    type: 'NEGOTIATES_WITH',
    rule: 'noun:talks-with',
    first: ACTORS,
    second: ACTORS,
    confidence: 0.8,
    // "Turkey's accession talks with the EU"
    between: /^'s (?:[a-z-]+ ){0,2}(?:talk|negotiation) with(?: the)?$/,
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
    rule: 'verb:sign-agreement-with',
    first: STATES,
    second: STATES,
    confidence: 0.8,
    // "Rover signed a technology-sharing agreement with SAIC"
    between: new RegExp(
      `^${FILL}(?:sign|strike|reach|agree|forge|seal) (?:an? |the )?(?:[a-z0-9-]+ ){0,5}(?:agreement|deal|accord|treaty|pact|joint venture|partnership) with$`,
    ),
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
];
