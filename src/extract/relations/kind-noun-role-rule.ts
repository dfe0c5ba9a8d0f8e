import type { Token } from '../nlp';
import { antecedentOfKind, isKindNoun } from './body-kind-noun';
import { asFormer, saysPast } from './past-office';
import type { RelationCandidate } from './relation-candidate';
import { isParty, relationOfRole, type RoleNoun } from './role-noun';
import {
  closesApposition,
  DETERMINERS,
  MAX_ROLE_WORDS,
  roleAt,
  roleWord,
  word,
} from './role-phrase';
import type { PlacedMention, SentenceView } from './sentence-view';

/** A body referred to by a kind noun is less sure than one named: the antecedent is a guess. */
const CONFIDENCE = 0.7;
/** Prepositions joining a role to the body: "a spokeswoman for the agency". */
const ROLE_TO_BODY = new Set(['for', 'of', 'at', 'with']);

/**
 * Roles held in a body that the sentence refers to by its kind after naming it ("the agency"
 * for the Environmental Protection Agency; see `antecedentOfKind`):
 * - "Jane Roe, a spokeswoman for the agency," (`anaphor:role-prep-kind`);
 * - "Jane Roe, a company official," (`anaphor:kind-role`);
 * - "the department's Jane Roe", "the fleet's senior duty officer Jane Roe", "Jane Roe, who will
 *   be the newspaper's chairman" (`anaphor:kind-possessive`).
 * The relation follows the role as for a named body (`relationOfRole`): a chairman leads, a
 * spokeswoman works for, a member belongs.
 */
export function kindNounRoleRule(
  view: SentenceView,
  previous: SentenceView | undefined,
): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const person of view.mentions) {
    if (person.type !== 'Person') continue;
    const found =
      possessiveBefore(view, previous, person) ?? appositionAfter(view, previous, person);
    if (found) out.push(found);
  }
  return out;
}

/** "the department's Jane Roe", "the fleet's senior duty officer Jane Roe". */
function possessiveBefore(
  view: SentenceView,
  previous: SentenceView | undefined,
  person: PlacedMention,
): RelationCandidate | undefined {
  const first = view.sentence.firstToken;
  for (
    let s = person.firstToken - 1;
    s >= first && s >= person.firstToken - MAX_ROLE_WORDS - 1;
    s -= 1
  ) {
    if (word(view, s) === "'s") return possessed(view, previous, person, s, person.firstToken);
    if (!roleWord(view, s)) return undefined;
  }
  return undefined;
}

/**
 * "Jane Roe, a spokeswoman for the agency,", "Jane Roe, a company official,", and the same after
 * "who is", "who will be" or "who will become": "Jane Roe, who will be the newspaper's chairman".
 */
function appositionAfter(
  view: SentenceView,
  previous: SentenceView | undefined,
  person: PlacedMention,
): RelationCandidate | undefined {
  if (word(view, person.endToken) !== ',') return undefined;
  let t = person.endToken + 1;
  // "Jane Roe, 52, a company official": an age is no part of the role.
  if (view.tokens[t]?.pos === 'NUM' && word(view, t + 1) === ',') t += 2;
  if (word(view, t) === 'who') {
    t += 1;
    while (/^(?:will|would|have|has|now|also)$/.test(word(view, t))) t += 1;
    if (word(view, t) !== 'be' && word(view, t) !== 'become') return undefined;
    t += 1;
  }
  if (!DETERMINERS.has(word(view, t))) return undefined;
  const kind = word(view, t + 1);
  if (word(view, t) === 'the' && word(view, t + 2) === "'s" && isKindNoun(kind)) {
    const end = roleEnd(view, t + 3);
    return end !== undefined && end > t + 3 && closesApposition(view, end)
      ? possessed(view, previous, person, t + 2, end)
      : undefined;
  }
  if (word(view, t) !== 'the' && isKindNoun(kind)) {
    const role = roleAt(view, t + 2, false);
    if (!role || !closesApposition(view, role.end)) return undefined;
    return fromRole(view, previous, person, role, t + 1, 'anaphor:kind-role');
  }
  const role = roleAt(view, t, true);
  if (!role || !ROLE_TO_BODY.has(word(view, role.end)) || word(view, role.end + 1) !== 'the')
    return undefined;
  const at = role.end + 2;
  if (!isKindNoun(word(view, at)) || ownsMore(view, at)) return undefined;
  return fromRole(
    view,
    previous,
    person,
    { ...role, prep: word(view, role.end) },
    at,
    'anaphor:role-prep-kind',
  );
}

/** "the KIND 's [role]" with "'s" at `s` and the role running to `end`. */
function possessed(
  view: SentenceView,
  previous: SentenceView | undefined,
  person: PlacedMention,
  s: number,
  end: number,
): RelationCandidate | undefined {
  if (word(view, s - 2) !== 'the' || !isKindNoun(word(view, s - 1))) return undefined;
  if (end === s + 1) {
    const body = antecedentOfKind(view, previous, word(view, s - 1), s - 1);
    return body && made(view, person, body, 'WORKS_FOR', s - 1, 'anaphor:kind-possessive');
  }
  const role = roleAt(view, s + 1, false);
  if (!role || role.end !== end) return undefined;
  return fromRole(view, previous, person, role, s - 1, 'anaphor:kind-possessive');
}

/** Where a run of role words from `from` ends. */
function roleEnd(view: SentenceView, from: number): number | undefined {
  let t = from;
  while (t < view.sentence.endToken && t < from + MAX_ROLE_WORDS && roleWord(view, t)) t += 1;
  return t;
}

/** "for the agency's press office": the role is in a part of the body, which is not named. */
function ownsMore(view: SentenceView, at: number): boolean {
  const next = view.tokens[at + 1] as Token | undefined;
  if (!next || next.sentence !== view.sentence.index) return false;
  return word(view, at + 1) === "'s" || next.pos === 'NOUN';
}

function fromRole(
  view: SentenceView,
  previous: SentenceView | undefined,
  person: PlacedMention,
  role: RoleNoun & { end: number },
  kindAt: number,
  rule: string,
): RelationCandidate | undefined {
  const body = antecedentOfKind(
    view,
    previous,
    word(view, kindAt),
    Math.min(kindAt, person.firstToken),
  );
  if (!body) return undefined;
  const type = relationOfRole(role, 'Organization', isParty(body));
  if (!type) return undefined;
  const found = made(view, person, body, type, kindAt, rule);
  const before = word(view, person.firstToken - 1);
  return saysPast(role.words) || saysPast([before]) ? asFormer(found) : found;
}

/** The candidate, its span from the kind noun to the person (the claim's own words). */
function made(
  view: SentenceView,
  person: PlacedMention,
  body: PlacedMention,
  type: RelationCandidate['type'],
  kindAt: number,
  rule: string,
): RelationCandidate {
  return {
    type,
    subject: person.entity,
    object: body.entity,
    rule,
    confidence: CONFIDENCE,
    sentence: view.sentence.index,
    firstToken: Math.min(kindAt, person.firstToken),
    endToken: Math.max(kindAt + 1, person.endToken),
    nounPhrase: true,
  };
}
