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
/** "Secretary-General" may reach the patterns split at its hyphen ("secretary - general"). */
export const ORG_TITLES =
  '(?:chief executive|ceo|chairman|chairwoman|boss|head|president|leader|(?:secretary|director)(?:-| - | )general|general secretary)';
export const STAFF_TITLES =
  '(?:correspondent|reporter|editor|journalist|spokesman|spokeswoman|spokesperson|analyst|economist|executive|director|manager|adviser|advisor|presenter|producer|lawyer|coach|consultant|researcher|employee|engineer|scientist|official|striker|midfielder|defender|goalkeeper|captain|chief economist|professor|lecturer|attorney|officer|columnist|commentator|anchor|anchorman|treasurer|counsel|deputy leader|vice president|vice-president)';
export const CONFLICT_NOUNS = '(?:war|conflict|dispute|standoff|stand-off|row|feud|confrontation)';
/** One lower-case word, as in "a four-day visit". */
export const ADJ = '(?:[a-z-]+ )';
/** Words before a title that make it someone else's office, not the head's (a past one is marked). */
export const NOT_THE_HEAD =
  '(?!(?:deputy|vice|acting|shadow|assistant|interim|joint|associate)\\b)';
/** Cabinet offices: their holders work for their country (not "prime minister": that leads it). */
export const MINISTER_TITLES =
  '(?!(?:prime|shadow|deputy)\\b)(?:[a-z-]+ ){0,2}(?:minister|secretary(?: of state)?)';

/** A relative clause opening on its subject: "Jane Roe, who heads Acme". */
export const WHO = '(?:(?:, )?(?:who|which|that) )?';

/**
 * Ranks and offices that say someone serves an organisation without leading it, written after
 * its name ("Coast Guard Lt. Steve Hardy", "Supreme Court Judge J.H. Berman") or in an
 * apposition ("Bob Baker, a trader at …"). With STAFF_TITLES they make ANY_STAFF.
 */
export const RANK_TITLES =
  '(?:judge|justice|magistrate|administrator|inspector|commander|commissioner|capt\\.|captain|lt\\.|lieutenant|sgt\\.|sergeant|col\\.|colonel|maj\\.|adm\\.|admiral|cmdr\\.|detective|agent|chief|deputy|trader|worker|staffer|secretary|aide|assistant|physician|surgeon|nurse|teacher|pilot|broker|banker|clerk|accountant|auditor|comptroller|controller|registrar|curator|superintendent)';
export const ANY_STAFF = `(?:${STAFF_TITLES}|${RANK_TITLES})`;
/** Offices held in a party or assembly by standing for or sitting in it: membership. */
export const MEMBER_TITLES = '(?:(?:presidential |parliamentary )?candidate|member|delegate)';
/**
 * Up to four lower-case words that describe the organisation named next ("the banned VHP", "the
 * Peruvian silver mining company Minpeco S.A.", "the strongest opposition party, the Croatian
 * Social Liberal Party"); never a preposition or a relative word, which would start another
 * phrase ("the opposition to Acme").
 */
const DESCRIPTION_WORD =
  '(?!(?:to|of|in|into|on|at|for|with|by|from|over|against|about|after|under|between|and|or|but|that|which|who|whose|be|have|say)\\b)[a-z-]+';
export const ORG_DESCRIPTION = `(?: ${DESCRIPTION_WORD}(?: ${DESCRIPTION_WORD}){0,3}(?: , the)?)?`;

/** A "person" named by a title is the recogniser's mistake ("Karen Thomson, Chief Executive of AOL UK"). */
export const TITLE_WORDS =
  /\b(?:Chief|Executive|Officer|President|Director|Minister|Secretary|Chairman|Chairwoman|Manager|Head|Editor)\b/;
