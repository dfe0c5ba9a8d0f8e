import type { PairPattern } from './pair-pattern';
import {
  ACTORS,
  ADJ,
  ANY_STAFF,
  MEMBER_TITLES,
  ORG_DESCRIPTION,
  TITLE_WORDS,
  COUNTRY_TITLES,
  FILL,
  MINISTER_TITLES,
  NOT_THE_HEAD,
  ORG,
  ORG_TITLES,
  P,
  WHO,
} from './pattern-vocabulary';

/**
 * An organisation named in brackets after another: "PAN (National Action Party) candidate", or
 * an abbreviation the recogniser did not tag: "Labor Party (PT) candidate".
 */
const PAREN_ALIAS = '(?:\\( (?:<Organization>|[a-z][a-z.-]*) \\) |\\) )?';
/**
 * Names of places of research, where someone "at" one works there: "the Institute of Zoology",
 * "Vanderbilt University". Not a hospital, school, centre or museum, where "X at" one is as often
 * a patient, a pupil, a performer or an exhibit ("the baby, X, at Great Ormond Street Hospital").
 */
const INSTITUTION = /\b(?:Institute|University|Univ\.|Laborator(?:y|ies)|Observatory)\b/;

/** A word of what a reporter covers: "the White House", "the <Location> conflict". */
const BEAT = '(?: (?:[a-z-]+|<[A-Za-z]+>))';
/** A piece a journalist writes or broadcasts: "a weekly column", "the story". */
const WRITING =
  '(?:a|an|the|his|her|their) (?:[a-z-]+ )?(?:column|blog|story|report|piece|article|feature|programme|show|series)';

/** Bodies whose deputies and delegates sit in them: the name matches unless it is one. */
const NOT_AN_ASSEMBLY =
  /^(?!.*\b(?:Duma|Parliament|Assembly|Congress|Senate|Chamber|Convention|Conference|Council|Rada|Knesset|Diet|Bundestag|Majlis|Sejm|Party)\b)/;

/**
 * An apposition's article and up to two words before the organisation it names ("Tal, a senior
 * Defense Ministry official", "another former CBOT trader"). No preposition: in "Jane Roe, the
 * mother of Arsenal striker X" the organisation is someone else's (verbs are kept out by fits).
 */
const ARTICLE_BEFORE_ORG =
  /^, (?:a|an|the|another)(?: (?!(?:of|to|for|with|at|in|on|by|from|against|about|like|than|and|or|but)\b)[a-z-]+){0,2}$/;

/**
 * Where a title naming the holder after it may start: not after "of", inside another's phrase
 * ("the wife of the head of Acme, Jane Roe" is the wife).
 */
const NOT_OF_SOMEONE = '(?:^|(?<!\\bof) )';

/** The end of a title read after the organisation: not someone's ("the Acme chairman's wife"). */
const TITLE_ENDS = "(?: (?!'s\\b)|$)";

/** The comma before a name in apposition, with a courtesy or rank title kept out of the name. */
const NAME_APPOSITION = /^,(?: (?:dr|mr|mrs|ms|prof|sir|lt|capt|gen|col|sen|rep)\.?)?$/;

/** Who belongs to, works for or leads whom: titles, possessives and appositions. */
export const AFFILIATION_PATTERNS: readonly PairPattern[] = [
  {
    type: 'MEMBER_OF',
    rule: 'verb:join',
    first: ACTORS,
    second: ORG,
    confidence: 0.8,
    personJoinsEmployer: true,
    between: new RegExp(`^${WHO}${FILL}join(?: the)?$`),
  },
  {
    type: 'MEMBER_OF',
    rule: 'verb:sit-on',
    first: P,
    second: ORG,
    confidence: 0.8,
    // "Jane Roe, who sits on the ethics committee"
    between: new RegExp(`^${WHO}${FILL}(?:sit|serve) on(?: the)?$`),
  },
  {
    type: 'MEMBER_OF',
    rule: 'verb:org-includes',
    first: ORG,
    second: P,
    confidence: 0.8,
    reverse: true,
    // "the commission - which includes singer Bob Geldof -", "the panel, whose members include X"
    between: /^(?:,|-) (?:which|that|whose member) (?:also )?(?:include|comprise)(?: [a-z-]+)?$/,
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
    partyMember: true,
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
    partyMember: true,
    reverse: true,
    // "Coast Guard Lt. Steve Hardy", "DIMA's technical manager, engineer Jose Tulio Gomez",
    // "the Foreign Ministry spokesman, Grigory Karasin".
    between: new RegExp(
      `^${PAREN_ALIAS}(?:'s )?(?:[a-z-]+ )?${ANY_STAFF}(?: ,)?(?: (?:[a-z-]+ )?${ANY_STAFF})?$`,
    ),
  },
  {
    type: 'WORKS_FOR',
    rule: 'apposition:staff-of',
    first: P,
    second: ORG,
    confidence: 0.85,
    // The article may be missing: "Bruce Jonasson, manager of Bradley First Air"; the role may
    // be someone's: "Oded Ben-Ami, Rabin's spokesman at the Defense Ministry".
    between: new RegExp(
      `^, (?:(?:a|an|the) )?(?:<Person> 's )?${ADJ}{0,3}${ANY_STAFF} (?:for|at|of|with)(?: the)?${ORG_DESCRIPTION}$`,
    ),
  },
  {
    type: 'WORKS_FOR',
    rule: 'verb:work-for',
    first: P,
    second: ORG,
    confidence: 0.9,
    // "who works at the Pentagon", "taught at Harvard University", "worked as a nurse for Acme",
    // "served 24 years in Congress" (not "worked with": partners work with each other).
    between: new RegExp(
      `^${WHO}${FILL}(?:work|teach|lecture|serve)(?: as (?:a |an )?[a-z-]+)?(?: (?:for )?[0-9]+ years?)? (?:for|at|in)(?: the)?$`,
    ),
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
    // "CHP (Republican People's Party) leader Deniz Baykal", "Acme Chairman and Chief Executive
    // Jane Roe".
    between: new RegExp(
      `^${PAREN_ALIAS}${NOT_THE_HEAD}(?:(?:[a-z-]+ )?${ORG_TITLES} and )?(?:[a-z-]+ )?${ORG_TITLES}$`,
    ),
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
    between: new RegExp(
      `^, (?:the )?${NOT_THE_HEAD}(?:[a-z-]+ )?${ORG_TITLES} of(?: the)?${ORG_DESCRIPTION}$`,
    ),
  },
  {
    type: 'LEADER_OF',
    rule: 'possessive:country-leader',
    first: ['Country'],
    second: P,
    confidence: 0.85,
    reverse: true,
    between: new RegExp(`^'s ${COUNTRY_TITLES}(?: ,)?$`),
  },
  {
    type: 'WORKS_FOR',
    rule: 'apposition:org-staff',
    first: P,
    second: ORG,
    confidence: 0.85,
    // "Joe Weitz, another Emery employee", "Daniel Dewey, another former CBOT trader", "Tal, a
    // senior Defense Ministry official".
    between: ARTICLE_BEFORE_ORG,
    after: new RegExp(`^(?:[a-z-]+ )?${ANY_STAFF}${TITLE_ENDS}`),
  },
  {
    type: 'LEADER_OF',
    rule: 'apposition:org-boss',
    first: P,
    second: ORG,
    confidence: 0.85,
    between: /^, ?(?:the|a|an)?$/,
    after: new RegExp(`^(?:'s )?${NOT_THE_HEAD}(?:[a-z-]+ )?${ORG_TITLES}(?! of)${TITLE_ENDS}`),
  },
  {
    type: 'LEADER_OF',
    rule: 'possessive:org-leader',
    first: ORG,
    second: P,
    confidence: 0.85,
    reverse: true,
    between: new RegExp(`^'s ${NOT_THE_HEAD}(?:[a-z-]+ )?${ORG_TITLES}(?: ,)?$`),
  },
  {
    type: 'LEADER_OF',
    rule: 'verb:head-org',
    first: P,
    second: ORG,
    confidence: 0.8,
    notInSports: true,
    between: new RegExp(`^${WHO}${FILL}(?:head|chair|lead|run)(?: the)?$`),
    // "led Care International operations in Iraq": a part of it, so WORKS_FOR (below).
    after:
      /^(?!(?:'s |[a-z-]+ )?(?:operation|division|unit|office|team|branch|arm|delegation|mission|campaign|department|programme|program|project|effort|bid|investigation|group|side|attack|charge|way|fight|call|protest|march|tribute)\b)/,
  },

  {
    type: 'WORKS_FOR',
    rule: 'verb:lead-org-unit',
    first: P,
    second: ORG,
    confidence: 0.75,
    notInSports: true,
    between: new RegExp(`^${WHO}${FILL}(?:head|lead|run)(?: the)?$`),
    after:
      /^(?:'s )?(?:[a-z-]+ )?(?:operation|division|unit|office|branch|arm|delegation|mission|department)\b/,
  },
  {
    type: 'WORKS_FOR',
    rule: 'title:country-minister',
    first: ['Country'],
    second: P,
    confidence: 0.85,
    reverse: true,
    between: new RegExp(`^${MINISTER_TITLES}$`),
  },
  {
    type: 'WORKS_FOR',
    rule: 'title:uk-chancellor',
    first: ['Country'],
    second: P,
    confidence: 0.85,
    reverse: true,
    between: /^chancellor$/,
    // The British Chancellor is the finance minister; elsewhere the chancellor leads (see above).
    firstTextNot: /^(?!(?:UK|U\.K\.|British|Britain|United Kingdom)$)/,
  },
  {
    type: 'MEMBER_OF',
    rule: 'apposition:member-of',
    first: P,
    second: ORG,
    confidence: 0.85,
    // "Mary Campbell, a former Democratic member of the Clover Town Council", "Ruben Blades,
    // presidential candidate of the Papa Egoro Movement".
    // "The member for Loch Ness West" sits for a constituency; a candidate stands for a party.
    between: new RegExp(
      `^, (?:(?:a|an|the) )?${ADJ}{0,3}(?:${MEMBER_TITLES} of|candidate for)(?: the)?${ORG_DESCRIPTION}$`,
    ),
  },
  {
    type: 'MEMBER_OF',
    rule: 'title:org-member',
    first: ORG,
    second: P,
    confidence: 0.85,
    reverse: true,
    // "Labor Party (PT) candidate Cecilia Soto", "WorldCom board member Bert Roberts".
    between: new RegExp(`^${PAREN_ALIAS}(?:[a-z-]+ )?(?!delegate$)${MEMBER_TITLES}$`),
  },
  {
    type: 'MEMBER_OF',
    rule: 'title:org-member',
    first: ORG,
    second: P,
    confidence: 0.85,
    reverse: true,
    // "Russian State Duma Deputy Konstantin Zatulin" sits in an assembly; an "Acme deputy" or a
    // "Uefa delegate" works for the body (title:org-staff, title:org-role).
    between: new RegExp(`^${PAREN_ALIAS}(?:[a-z-]+ )?(?:deputy|delegate)$`),
    firstTextNot: NOT_AN_ASSEMBLY,
  },
  {
    type: 'WORKS_FOR',
    rule: 'copula:staff-of',
    first: P,
    second: ORG,
    confidence: 0.8,
    // "Anderson … is Middle East correspondent for The Associated Press", "was a feature reporter
    // for KIRO Television".
    between: new RegExp(
      `^${WHO}${FILL}be (?:(?:a|an|the) )?${ADJ}{0,3}(?:<(?:Location|Country)> )?${ADJ}{0,2}${ANY_STAFF} (?:for|at|of|with)(?: the)?${ORG_DESCRIPTION}$`,
    ),
  },
  {
    type: 'WORKS_FOR',
    rule: 'copula:org-staff',
    first: P,
    second: ORG,
    confidence: 0.8,
    // "David Foster is the AP's Northwest regional reporter", "Albrecht, 54, is a former
    // University of Iowa professor".
    between: new RegExp(`^${WHO}${FILL}be (?:a|an|the)(?: former)?$`),
    secondOwnsRole: true,
    after: new RegExp(
      `^(?:'s )?(?:(?!(?:and|or) )[a-z-]+ |<(?:Location|Country)> ){0,3}${ANY_STAFF}${TITLE_ENDS}`,
    ),
  },
  {
    type: 'WORKS_FOR',
    rule: 'prep:person-at-institution',
    first: P,
    second: ORG,
    confidence: 0.7,
    personLooksNamed: true,
    notAfterPossessive: true,
    firstTextNot: TITLE_WORDS,
    // "Shi Liming at the Institute of Zoology": only places of work, not "Blair at the UN".
    between: /^(?:and <Person> )?,? ?at(?: the)?$/,
    secondTextIs: INSTITUTION,
  },
  {
    type: 'WORKS_FOR',
    rule: 'verb:cover-for',
    first: P,
    second: ORG,
    confidence: 0.75,
    // "W. Dale Nelson covers the White House for The Associated Press", "writes for the AP",
    // "reports on the economy for", "writes a weekly column for"; not "wrote a cheque for Acme"
    // or "broadcast an appeal for Acme", where the work is not the writer's job.
    between: new RegExp(
      `^${WHO}${FILL}(?:cover${BEAT}{1,4}|(?:report|write|broadcast)(?: (?:on|about)${BEAT}{1,3}| ${WRITING})?) for(?: the)?$`,
    ),
  },
  {
    type: 'LEADER_OF',
    rule: 'apposition:head-named',
    first: ORG,
    second: P,
    confidence: 0.8,
    reverse: true,
    // "The head of Queensland Liver Transplant Service, Dr. Russell Strong, said".
    between: NAME_APPOSITION,
    before: new RegExp(
      `${NOT_OF_SOMEONE}the ${NOT_THE_HEAD}(?:[a-z-]+ )?${ORG_TITLES} of(?: the)?$`,
    ),
    after: /^(?:,|\.|$)/,
  },

  {
    type: 'WORKS_FOR',
    rule: 'apposition:staff-named',
    first: ORG,
    second: P,
    confidence: 0.8,
    reverse: true,
    partyMember: true,
    // "A spokesman for the Coast Guard, Lt. Pat Philbin, said".
    between: NAME_APPOSITION,
    before: new RegExp(
      `${NOT_OF_SOMEONE}(?:a|an|the) ${ADJ}{0,2}${ANY_STAFF} (?:for|at|of|with)(?: the)?$`,
    ),
    after: /^(?:,|\.|$)/,
  },
  {
    type: 'MEMBER_OF',
    rule: 'apposition:org-member',
    first: P,
    second: ORG,
    confidence: 0.85,
    // "Virginia Galle, a City Council member and CAP supporter, said".
    between: ARTICLE_BEFORE_ORG,
    after: new RegExp(`^(?:[a-z-]+ )?${MEMBER_TITLES}${TITLE_ENDS}`),
  },
];
