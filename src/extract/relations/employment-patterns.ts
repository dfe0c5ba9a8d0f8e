import type { PairPattern } from './pair-pattern';
import { ANY_STAFF, FILL, NOT_THE_HEAD, ORG, ORG_TITLES, P, WHO } from './pattern-vocabulary';

/** As NOT_OF_SOMEONE, with the article of "the wife of the chairman of Acme Jane Roe" skipped. */
const NOT_OF_SOMEONE_TITLED = '(?:^|(?<!\\bof(?: the| a| an)?) )';
/** A word of a title before its head ("first deputy"): no article or preposition. */
const TITLE_WORD = "(?:(?!(?:a|an|the|to|of|in|on|at|for|with|by|from|and|or|but|'s)\\b)[a-z-]+ )";
/** One word that may stand between "of the" and the body's name: "of the Russian Baltic Fleet". */
const TITLE_OF_WORD = "(?: (?!(?:to|of|in|on|at|for|with|by|from|and|or|but|'s)\\b)[a-z-]+)?";

/**
 * Employment and leadership stated by a hiring or leading verb with the person as its object or
 * agent, and titles with "of" written before a name without a comma.
 */
export const EMPLOYMENT_PATTERNS: readonly PairPattern[] = [
  {
    type: 'LEADER_OF',
    rule: 'verb:org-headed-by',
    first: ORG,
    second: P,
    confidence: 0.8,
    reverse: true,
    notInSports: true,
    // "the Mediterranean Foundation, headed by Jane Roe", "Acme, which is led by Jane Roe".
    between:
      /^,? ?(?:(?:which|that) (?:be |have be )?|(?:currently |now )?)(?:head|lead|chair|run) by$/,
  },
  {
    type: 'WORKS_FOR',
    rule: 'verb:hired-by',
    first: P,
    second: ORG,
    confidence: 0.8,
    // "Jane Roe, employed by Acme,", "Jane Roe was hired by Acme in 1990".
    between: new RegExp(`^(?:, |${WHO}${FILL})(?:hire|employ|recruit) by(?: the)?$`),
  },
  {
    type: 'WORKS_FOR',
    rule: 'verb:org-hires',
    first: ORG,
    second: P,
    confidence: 0.75,
    reverse: true,
    // "Acme hired Jane Roe as its chief economist", "Acme has employed Jane Roe since 1990".
    between: new RegExp(`^${WHO}${FILL}(?:hire|employ)$`),
    after: /^(?:as|since|in|last|this|,|\.|$)/,
  },
  {
    type: 'LEADER_OF',
    rule: 'title:head-of-org-named',
    first: ORG,
    second: P,
    confidence: 0.8,
    reverse: true,
    // "Chairman of the Acme Board Jane Roe said": a title with "of" written before the name, no
    // comma ("the head of Acme, Jane Roe" is apposition:head-named).
    between: /^$/,
    before: new RegExp(
      `${NOT_OF_SOMEONE_TITLED}(?:the )?${NOT_THE_HEAD}${TITLE_WORD}?${ORG_TITLES} of(?: the)?${TITLE_OF_WORD}$`,
    ),
  },
  {
    type: 'WORKS_FOR',
    rule: 'title:staff-of-org-named',
    first: ORG,
    second: P,
    confidence: 0.8,
    reverse: true,
    partyMember: true,
    // "First Deputy Commander of the Russian Baltic Fleet Jane Roe".
    between: /^$/,
    before: new RegExp(
      `${NOT_OF_SOMEONE_TITLED}(?:(?:a|an|the) )?${TITLE_WORD}{0,2}${ANY_STAFF} (?:of|at|for)(?: the)?${TITLE_OF_WORD}$`,
    ),
  },
];
