import type { RelationType } from '../../model/entity-types';

/** Heads of an organisation ("chairman", "chief executive"); a country's are below. */
const ORG_HEADS = new Set([
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'leader',
  'head',
  'boss',
  'chief',
  'ceo',
  'secretary-general',
  'director-general',
  'commander',
  'governor',
  'principal',
]);
const TWO_WORD_HEADS = new Set([
  'chief executive',
  'managing director',
  'general secretary',
  'secretary general',
  'director general',
  'executive chairman',
]);
const COUNTRY_HEADS = new Set(['president', 'leader', 'king', 'queen', 'premier', 'ruler']);
/** A country's servants: it employs them ("foreign minister", "ambassador"). */
const COUNTRY_SERVANTS = new Set([
  'minister',
  'secretary',
  'ambassador',
  'envoy',
  'chancellor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);
/** Words before a head that make it someone else's office or a past one. */
const NOT_THE_HEAD = new Set([
  'deputy',
  'vice',
  'assistant',
  'acting',
  'interim',
  'associate',
  'honorary',
  'joint',
]);
/** Adjectives naming a function an officer heads: "financial chief" runs the finances. */
const FUNCTIONS = new Set([
  'financial',
  'medical',
  'technical',
  'legal',
  'commercial',
  'operating',
  'scientific',
  'creative',
]);
/** Members of a body, not its staff. */
const MEMBERS = new Set(['member', 'mp', 'mep', 'peer', 'councillor', 'backbencher', 'activist']);
/**
 * Nouns that relate a person to an organisation without employment: kin, opinion, ownership,
 * custom, study — "X, a critic of the BBC", "X, a shareholder in Y". Also quantities and
 * pronoun-like heads ("one of", "some of").
 */
const NOT_A_ROLE = new Set([
  'friend',
  'son',
  'daughter',
  'wife',
  'husband',
  'father',
  'mother',
  'brother',
  'sister',
  'widow',
  'widower',
  'relative',
  'cousin',
  'nephew',
  'niece',
  'partner',
  'critic',
  'supporter',
  'fan',
  'opponent',
  'rival',
  'ally',
  'admirer',
  'victim',
  'customer',
  'client',
  'user',
  'shareholder',
  'investor',
  'owner',
  'co-owner',
  'founder',
  'co-founder',
  'creditor',
  'debtor',
  'bidder',
  'buyer',
  'seller',
  'candidate',
  'nominee',
  'student',
  'graduate',
  'alumnus',
  'pupil',
  'author',
  'biographer',
  'subject',
  'target',
  'guest',
  'visitor',
  'hostage',
  'prisoner',
  'defendant',
  'plaintiff',
  'one',
  'some',
  'many',
  'most',
  'all',
  'none',
  'part',
  'rest',
  'chance',
  'case',
  'number',
  'lot',
  'kind',
  'type',
  'sort',
  'champion',
  'winner',
  'recipient',
  'beneficiary',
  'backer',
  'sponsor',
  'advocate',
  'proponent',
  'veteran',
  'favourite',
  'symbol',
  'face',
  'inventor',
  'creator',
  'designer',
  'resident',
  'parent',
  'participant',
  'subsidiary',
  'affiliate',
  'division',
  'unit',
  'arm',
  'branch',
  'matter',
  'order',
  'letter',
  'paper',
  'computer',
  'number',
  'quarter',
  'centre',
  'center',
  'chapter',
  'cover',
  'offer',
  'power',
  'member-state',
  'character',
  'committee',
  'defector',
  // Where a player came from or what someone holds, not an employment: "a free transfer from
  // Rangers", "the newcomer from Arsenal", "Arsenal season-ticket holder".
  'transfer',
  'newcomer',
  'holder',
  // Whom someone harmed: "the Acme killer".
  'killer',
  'murderer',
]);
/** Role heads that do not end like agent nouns ("-er", "-ist", "-man" …). */
const ROLE_WORDS = new Set([
  'analyst',
  'chief',
  'head',
  'boss',
  'chair',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'mp',
  'mep',
  'peer',
  'coach',
  'captain',
  'judge',
  'nurse',
  'staff',
  'staffer',
  'official',
  'aide',
  'envoy',
  'expert',
  'specialist',
  'dean',
  'provost',
  'principal',
  'fellow',
  'deputy',
  'general',
  'colonel',
  'major',
  'lieutenant',
  'sergeant',
  'admiral',
  'soldier',
  'host',
  'anchor',
  'delegate',
  'clerk',
  'counsel',
  'attorney',
  'intern',
  'forward',
  'vice-president',
  'secretary-general',
  'director-general',
  'chairwoman',
  'chairman',
]);
/** How agent nouns end: "strategist", "director", "spokesman", "correspondent", "trustee". */
const AGENT_ENDING = /(?:er|or|ist|ian|man|woman|person|ent|ant|eer|ee|ive|ary|ier|ster)$/;

/** Whether a word names what a person is or does ("economist", "chief"), not a thing ("film"). */
export function isRoleHead(word: string): boolean {
  if (NOT_A_ROLE.has(word)) return false;
  return ROLE_WORDS.has(word) || AGENT_ENDING.test(word);
}

const PARTY_SERVANTS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'treasurer']);

export interface RoleNoun {
  /** Lemmas of the role phrase up to the word before its preposition ("chief of waste disposal"). */
  words: readonly string[];
  /** Part of speech of each word. */
  pos: readonly string[];
  /** The preposition that joins it to its object ("of", "at"), if any. */
  prep?: string;
  /** Index in `words` of the head ("chief" in "chief of waste disposal"). */
  head: number;
}

/**
 * What a role noun says about a person and the organisation or country it is "of": "the chief
 * executive of" → LEADER_OF, "a researcher at" → WORKS_FOR, "a member of" → MEMBER_OF; undefined
 * for kinship, opinion or ownership ("a critic", "an owner"). A past office ("a former director")
 * reads the same; the caller marks it.
 * A party's members and officers are MEMBER_OF it, its spokesmen WORKS_FOR. `scoped`: the role
 * is in a part of the organisation ("head of the Tate's digital programme", "leader of the
 * Labour group"), so the person works for it without leading it.
 */
export function relationOfRole(
  role: RoleNoun,
  object: 'Organization' | 'Country',
  party: boolean,
  scoped = false,
): RelationType | undefined {
  const { words, head } = role;
  const headWord = words[head] as string;
  const before = words.slice(0, head);
  if (!isRoleHead(headWord)) return undefined;
  const twoWord = head > 0 ? `${words[head - 1]} ${headWord}` : '';
  // "election chief", "sales director", "financial chief": a noun or a function's adjective
  // before the head names the part it runs.
  const nounScoped =
    head > 0 &&
    (role.pos[head - 1] === 'NOUN' || FUNCTIONS.has(words[head - 1] as string)) &&
    !TWO_WORD_HEADS.has(twoWord);
  const notHead =
    scoped || nounScoped || before.some((w) => NOT_THE_HEAD.has(w) || w === 'honorary');
  if (object === 'Country') {
    if (COUNTRY_HEADS.has(headWord) && head === words.length - 1 && !notHead) return 'LEADER_OF';
    if (/^prime minister$/.test(twoWord) && !notHead) return 'LEADER_OF';
    return COUNTRY_SERVANTS.has(headWord) ? 'WORKS_FOR' : undefined;
  }
  // "the member for Loch Ness West" represents a constituency.
  // A "staff member" is employed.
  if (MEMBERS.has(headWord) && words[head - 1] !== 'staff')
    return role.prep === 'for' ? undefined : 'MEMBER_OF';
  if (words.includes('honorary')) return undefined;
  if ((ORG_HEADS.has(headWord) || TWO_WORD_HEADS.has(twoWord)) && !notHead) {
    // "head of research at …" heads a part of the organisation, not the organisation.
    if (head === words.length - 1) return 'LEADER_OF';
  }
  if (party && !PARTY_SERVANTS.has(headWord)) return 'MEMBER_OF';
  return 'WORKS_FOR';
}

const PARTY_NAME =
  /\b(?:party|labour|tory|tories|conservatives?|lib ?dems?|liberal democrats?|democrats|republicans|greens|ukip|snp|plaid cymru|sinn fein)\b/i;

/** Whether an organisation is a political party, by the gazetteer's kind or its name. */
export function isParty(m: { kind?: string; text: string }): boolean {
  return m.kind === 'political party' || PARTY_NAME.test(m.text);
}
