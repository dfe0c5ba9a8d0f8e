import type { EntityType } from '../../model/entity-types';

/** Entity types and word lists that pair patterns share. */
export const P: EntityType[] = ['Person'];
export const ACTORS: EntityType[] = ['Person', 'Country', 'Organization'];
export const STATES: EntityType[] = ['Country', 'Organization'];
export const PLACES: EntityType[] = ['Location', 'Country'];
export const ORG: EntityType[] = ['Organization'];
export const EVENT: EntityType[] = ['Event'];

/** Auxiliaries, adverbs and negation that may stand between a subject and its verb. */
export const FILL =
  "(?:(?:have|be|also|later|then|again|first|last|recently|reportedly|allegedly|already|finally|formally|officially|will|would|could|may|might|should|not|n't|never|do|to|expect|plan|set|due|want|hope|vow|pledge|promise|agree|refuse|deny|fail)\\s)*";

export const COUNTRY_TITLES =
  '(?:president|prime minister|premier|leader|king|queen|emperor|head of state|supreme leader|pm)';
export const ORG_TITLES =
  '(?:chief executive|ceo|chairman|chairwoman|boss|head|president|leader|secretary-general|secretary general|director-general|director general|general secretary)';
export const STAFF_TITLES =
  '(?:correspondent|reporter|editor|journalist|spokesman|spokeswoman|spokesperson|analyst|economist|executive|director|manager|adviser|advisor|presenter|producer|lawyer|coach|consultant|researcher|employee|engineer|scientist|official|striker|midfielder|defender|goalkeeper|captain|chief economist|professor|lecturer|attorney|officer|columnist|commentator|anchor|anchorman|treasurer|counsel|deputy leader|vice president|vice-president)';
export const CONFLICT_NOUNS = '(?:war|conflict|dispute|standoff|stand-off|row|feud|confrontation)';
/** One lower-case word, as in "a four-day visit". */
export const ADJ = '(?:[a-z-]+ )';
/** Words before a title that make it someone else's office, not the head's (a past one is marked). */
export const NOT_THE_HEAD = '(?!(?:deputy|vice|acting|shadow|assistant|interim)\\b)';
/** Cabinet offices: their holders work for their country (not "prime minister": that leads it). */
export const MINISTER_TITLES =
  '(?!(?:prime|shadow|deputy)\\b)(?:[a-z-]+ ){0,2}(?:minister|secretary(?: of state)?)';

/** A relative clause opening on its subject: "Jane Roe, who heads Acme". */
export const WHO = '(?:(?:, )?(?:who|which|that) )?';
