import type { RelationCandidate } from './relation-candidate';
import { asFormer, saysPast } from './past-office';
import { isParty } from './role-noun';
import {
  candidate,
  capitalisedRoleAt,
  closesApposition,
  DETERMINERS,
  fromRole,
  MAX_ROLE_WORDS,
  mentionAt,
  objectAt,
  roleAt,
  ROLE_PREPS,
  word,
} from './role-phrase';
import type { PlacedMention, SentenceView } from './sentence-view';
import { TITLE_WORDS } from './pattern-vocabulary';

/** Verbs that give a person a role: "X is chairman of Y", "X was named head of Y". */
const COPULAS = new Set(['be', 'become', 'remain', 'name', 'appoint', 'elect']);
const AUXILIARIES = new Set(['have', 'be', 'also', 'now', 'still', 'recently', 'since', 'will']);

/**
 * Words before an organisation's title that make the office someone's stand-in ("acting Opec
 * secretary general"); an outgoing chairman still leads until he goes.
 */
const NOT_HEAD_BEFORE = new Set(['acting', 'deputy', 'vice', 'interim', 'shadow']);
const NAMED =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof)\.? \p{Lu}[\p{L}'’-]+|\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’.-]*)+)$/u;

/**
 * Verbs that move someone between employers: "Chelsea signed X from Arsenal", "the deal took X
 * from Leeds to Cardiff" say where X was, not where X works.
 */
const TRANSFER_VERBS = new Set([
  'sign',
  'buy',
  'take',
  'bring',
  'lure',
  'recruit',
  'poach',
  'snap',
  'prise',
  'loan',
  'sell',
  'release',
  'move',
  'transfer',
  'hire',
  'acquire',
]);
/** How many words before the person a transfer verb still governs it ("signed striker X from"). */
const TRANSFER_REACH = 3;

/** Bodies one sits in: "Roe, of the Clover Town Council," is a member of it. */
const ASSEMBLY = /\b(?:Council|Committee|Commission|Parliament|Senate|Assembly|Congress|Cabinet)\b/;

/**
 * Who works for, leads or belongs to which organisation, read from the role noun phrase that
 * joins a person to it — any role, not a fixed list of titles, with kinship, opinion, ownership
 * and past offices excluded (see `relationOfRole`):
 * - apposition: "Jane Roe, a senior economist at Acme, said", "Jane Roe, 52, chief of research
 *   for Acme";
 * - copula: "Jane Roe is the chairman of Acme", "Jane Roe, who was named head of Acme";
 * - "Jane Roe of Acme said";
 * - possessive: "Jane Roe, Acme's finance director,", "Acme's finance director Jane Roe".
 */
export function rolePhraseRules(view: SentenceView): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const person of view.mentions) {
    if (person.type !== 'Person') continue;
    const after = afterPerson(view, person);
    if (after) out.push(after);
    const before = possessiveBefore(view, person) ?? titleBefore(view, person);
    if (before) out.push(before);
  }
  return out;
}

/**
 * "National Football League placekicker Mark Moseley", "the Foreign Ministry spokesman, Grigory
 * Karasin": an organisation, a role and the person, with nothing else between. A word before the
 * organisation may make it a past office ("retired NFL placekicker").
 */
function titleBefore(view: SentenceView, person: PlacedMention): RelationCandidate | undefined {
  const end = word(view, person.firstToken - 1) === ',' ? person.firstToken - 1 : person.firstToken;
  if (end < person.firstToken && !closesApposition(view, person.endToken)) return undefined;
  for (let s = end - 1; s >= view.sentence.firstToken && s >= end - MAX_ROLE_WORDS; s -= 1) {
    const org = view.mentions.find((m) => m.endToken === s && m.type === 'Organization');
    if (!org) continue;
    // "World Anti-Doping Agency (WADA) chief Dick Pound": the role follows the bracketed name,
    // and what stands before the name outside the brackets says whether the office is past.
    const outer = bracketedAfter(view, org);
    const name = outer ?? org;
    // "the SNP's Holyrood leader": the role is the possessor's, in the body named after it.
    if (word(view, name.firstToken - 1) === "'s") return undefined;
    const role = roleAt(view, outer ? s + 1 : s, false);
    if (!role || role.end !== end || role.words.includes('and')) return undefined;
    // A verb is no part of a title before a name ("RPM weekly magazine presented Holiff").
    if (role.pos.includes('VERB')) return undefined;
    const found = fromRole(view, role, person, org, 'title:org-role', true);
    if (!found) return undefined;
    const beforeToken = view.tokens[firstOfCoordination(view, name).firstToken - 1];
    const before =
      beforeToken?.sentence === view.sentence.index ? beforeToken.value.toLowerCase() : '';
    // "acting Opec secretary general X" serves the organisation without leading it.
    const serving =
      found.type === 'LEADER_OF' && NOT_HEAD_BEFORE.has(before)
        ? { ...found, type: 'WORKS_FOR' as const }
        : found;
    // "the then Acme chief X" held the office once, as "former" says.
    const past = saysPast([before]) || before === 'then' || /^(?:former|ex-)/i.test(name.text);
    return past && !serving.rule.endsWith(':former') ? asFormer(serving) : serving;
  }
  return undefined;
}

/**
 * The first organisation of a coordination ending in `org`: a word before "former Free and Bad
 * Company singer" is about both bands.
 */
function firstOfCoordination(view: SentenceView, org: PlacedMention): PlacedMention {
  let first = org;
  while (word(view, first.firstToken - 1) === 'and') {
    const previous = view.mentions.find(
      (m) => m.endToken === first.firstToken - 1 && m.type === 'Organization',
    );
    if (!previous) break;
    first = previous;
  }
  return first;
}

/** The organisation whose other name `inner` is, written "Outer ( inner )", if so. */
function bracketedAfter(view: SentenceView, inner: PlacedMention): PlacedMention | undefined {
  if (word(view, inner.firstToken - 1) !== '(' || word(view, inner.endToken) !== ')')
    return undefined;
  return view.mentions.find(
    (m) => m.endToken === inner.firstToken - 1 && m.type === 'Organization',
  );
}

function afterPerson(view: SentenceView, person: PlacedMention): RelationCandidate | undefined {
  const tokens = view.tokens;
  let t = person.endToken;
  // "James G. Blight and David A. Welch of Harvard University": both are of it.
  // Only "of": "Carol Smillie and Jessica Taylor from Liberty-X" names where Taylor is from.
  const partner = word(view, t) === 'and' ? mentionAt(view, t + 1) : undefined;
  if (
    partner?.type === 'Person' &&
    !possessed(view, person) &&
    word(view, partner.endToken) === 'of'
  )
    t = partner.endToken;
  if (
    (word(view, t) === 'of' || word(view, t) === 'from') &&
    NAMED.test(person.text) &&
    !TITLE_WORDS.test(person.text)
  ) {
    const object = objectAt(view, t + 1, ['Organization']);
    // "Jane Roe of Acme fame" is known for it, not part of it.
    const fame = object !== undefined && word(view, object.endToken) === 'fame';
    if (object && !fame && !(word(view, t) === 'from' && movedFrom(view, person, object))) {
      const type = isParty(object) ? 'MEMBER_OF' : 'WORKS_FOR';
      return candidate(view, type, `prep:person-${word(view, t)}-org`, person, object, true);
    }
  }
  // "Gilmore, of the Downtown Seattle Association, said", "Ulf Merbold, 47, of the European
  // Space Agency": an apposition of belonging.
  const of =
    word(view, t) === ',' && tokens[t + 1]?.pos === 'NUM' && word(view, t + 2) === ',' ? t + 2 : t;
  const ofWord = word(view, of + 1);
  if (
    word(view, of) === ',' &&
    (ofWord === 'of' || ofWord === 'from') &&
    !TITLE_WORDS.test(person.text)
  ) {
    const object = objectAt(view, of + 2, ['Organization']);
    const next = object && word(view, object.endToken);
    const pos = object && view.tokens[object.endToken]?.pos;
    // What follows ends the phrase: a comma, "and" another person, the verb ("Jane Roe, 47, of
    // Acme was chosen"), or "'s" ("of the DEM's division").
    const ends =
      object !== undefined &&
      (closesApposition(view, object.endToken) ||
        next === "'s" ||
        next === 'and' ||
        pos === 'VERB' ||
        pos === 'AUX');
    if (object && ends && !(ofWord === 'from' && movedFrom(view, person, object))) {
      const type = isParty(object) || ASSEMBLY.test(object.text) ? 'MEMBER_OF' : 'WORKS_FOR';
      return candidate(view, type, `apposition:person-${ofWord}-org`, person, object, true);
    }
  }
  if (word(view, t) === ',') {
    t += 1;
    // "Jane Roe, 52, chief …": an age is no part of the role.
    if (tokens[t]?.pos === 'NUM' && word(view, t + 1) === ',') t += 2;
    const org = mentionAt(view, t);
    if (org?.type === 'Organization' && word(view, org.endToken) === "'s") {
      const role = roleAt(view, org.endToken + 1, false);
      if (!role || !closesApposition(view, role.end)) return undefined;
      return fromRole(view, role, person, org, 'apposition:org-possessive-role', true);
    }
    // "Jane Roe, a Green Party councillor,", "Jane Roe, the Acme finance director,".
    const det = DETERMINERS.has(word(view, t)) ? 1 : 0;
    const modifier = mentionAt(view, t + det);
    if (modifier?.type === 'Organization') {
      const role = roleAt(view, modifier.endToken, false);
      if (role && closesApposition(view, role.end))
        return fromRole(view, role, person, modifier, 'apposition:org-role', true);
    }
    let copula = false;
    if (word(view, t) === 'who') {
      const verbEnd = copulaEnd(view, t + 1);
      if (verbEnd === undefined) return undefined;
      t = verbEnd;
      copula = true;
    }
    return (
      roleThenObject(view, t, person, copula ? 'copula:role-of' : 'apposition:role-of') ??
      (copula ? orgRoleAfterCopula(view, t, person) : secondRole(view, t, person))
    );
  }
  const verbEnd = copulaEnd(view, t);
  if (verbEnd === undefined) return undefined;
  return (
    roleThenObject(view, verbEnd, person, 'copula:role-of') ??
    orgRoleAfterCopula(view, verbEnd, person)
  );
}

/**
 * "Jane Roe is Acme's chief economist", "Jane Roe, who became the Acme chairman in May": the
 * organisation, then the role, after the verb. Not when the role is itself someone's ("is Acme's
 * chairman's wife"), nor a coordination.
 */
function orgRoleAfterCopula(
  view: SentenceView,
  from: number,
  person: PlacedMention,
): RelationCandidate | undefined {
  const org = mentionAt(view, DETERMINERS.has(word(view, from)) ? from + 1 : from);
  if (org?.type !== 'Organization') return undefined;
  const possessive = word(view, org.endToken) === "'s";
  const role = roleAt(view, possessive ? org.endToken + 1 : org.endToken, false);
  // "is an Acme fan and former trader": a coordination is two phrases, the first no role.
  if (!role || word(view, role.end) === "'s" || role.words.includes('and')) return undefined;
  const rule = possessive ? 'copula:org-possessive-role' : 'copula:org-role';
  return fromRole(view, role, person, org, rule, false);
}

/** How far into an apposition its second role may start. */
const SECOND_ROLE_REACH = 8;

/**
 * "Jane Roe, a national spokesman for reform and president of Acme": the role after "and" in
 * an apposition is hers too, when nobody else is named before it and no verb starts a clause.
 */
function secondRole(
  view: SentenceView,
  from: number,
  person: PlacedMention,
): RelationCandidate | undefined {
  for (let t = from; t < from + SECOND_ROLE_REACH && t < view.sentence.endToken; t += 1) {
    const w = word(view, t);
    if (w === ',' || view.mentions.some((m) => m.firstToken === t)) return undefined;
    const pos = view.tokens[t]?.pos;
    if (pos === 'VERB' || pos === 'AUX') return undefined;
    if (w === 'and' && t > from)
      return roleThenObject(view, t + 1, person, 'apposition:second-role-of');
  }
  return undefined;
}

/**
 * Whether "X from Acme" tells of X leaving Acme: a transfer verb just before X ("Chelsea signed X
 * from Arsenal") or a destination after Acme ("took X from Leeds to Cardiff").
 */
function movedFrom(view: SentenceView, person: PlacedMention, org: PlacedMention): boolean {
  if (word(view, org.endToken) === 'to') return true;
  for (let t = person.firstToken - 1; t >= person.firstToken - TRANSFER_REACH; t -= 1) {
    if (TRANSFER_VERBS.has(word(view, t))) return true;
  }
  return false;
}

/** Whether "'s" comes right before the mention: "Celtic's Henri Camara and Nacho Novo of Rangers". */
function possessed(view: SentenceView, m: PlacedMention): boolean {
  return word(view, m.firstToken - 1) === "'s";
}

/** "Acme's finance director Jane Roe", "Acme's finance director, Jane Roe, said". */
function possessiveBefore(
  view: SentenceView,
  person: PlacedMention,
): RelationCandidate | undefined {
  let end = person.firstToken;
  const comma = word(view, end - 1) === ',';
  if (comma) {
    if (word(view, person.endToken) !== ',') return undefined;
    end -= 1;
  }
  // The role phrase runs back from the person to "'s"; an organisation owns it.
  for (let s = end - 1; s >= view.sentence.firstToken && s >= end - MAX_ROLE_WORDS - 1; s -= 1) {
    if (word(view, s) !== "'s") continue;
    const org = view.mentions.find((m) => m.endToken === s && m.type === 'Organization');
    if (!org) return undefined;
    const role = roleAt(view, s + 1, false) ?? capitalisedRoleAt(view, s + 1, end);
    // "Labour's record and party leader X": a coordination is two phrases, not one role.
    if (!role || role.end !== end || role.words.includes('and')) return undefined;
    return fromRole(view, role, person, org, 'possessive:org-role', true);
  }
  return undefined;
}

/** The end of "is", "has been", "was named", "became" after a subject, if one is there. */
function copulaEnd(view: SentenceView, from: number): number | undefined {
  let t = from;
  let verb = false;
  while (t < view.sentence.endToken && t < from + 4) {
    const w = word(view, t);
    if (COPULAS.has(w)) verb = true;
    else if (!AUXILIARIES.has(w) && !(verb && w === 'as')) break;
    t += 1;
  }
  // "serve as" and "work as" give a role too.
  if (
    !verb &&
    (word(view, t) === 'serve' || word(view, t) === 'work') &&
    word(view, t + 1) === 'as'
  )
    return t + 2;
  return verb ? t : undefined;
}

function roleThenObject(
  view: SentenceView,
  from: number,
  person: PlacedMention,
  rule: string,
): RelationCandidate | undefined {
  const role = roleAt(view, from, true);
  if (!role) return undefined;
  const prep = word(view, role.end);
  if (!ROLE_PREPS.has(prep)) return undefined;
  const object = objectAt(view, role.end + 1, ['Organization', 'Country']);
  if (!object) return undefined;
  return fromRole(view, { ...role, prep }, person, object, rule, rule.startsWith('apposition:'));
}
