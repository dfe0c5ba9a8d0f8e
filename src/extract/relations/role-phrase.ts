import type { RelationType } from '../../model/entity-types';
import type { Token } from '../nlp';
import { asFormer, saysPast } from './past-office';
import type { RelationCandidate } from './relation-candidate';
import { isParty, relationOfRole, type RoleNoun } from './role-noun';
import type { PlacedMention, SentenceView } from './sentence-view';
import { patternWord } from './sentence-view';

/**
 * The pieces the role-phrase rules share: a role noun phrase read from the tokens, what it says
 * about a person and an organisation, and the candidate it makes.
 */

/** Prepositions that tie a role to its organisation: "director of", "analyst from". */
export const ROLE_PREPS = new Set(['of', 'at', 'for', 'with', 'from']);
export const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their']);
export const MAX_ROLE_WORDS = 5;
const MAX_COMPLEMENT_WORDS = 3;
/** POS that cannot be part of a role noun phrase ("and" is let through by roleWord). */
const NOT_IN_ROLE = new Set([
  'AUX',
  'PRON',
  'DET',
  'ADP',
  'SCONJ',
  'CCONJ',
  'PART',
  'VERB',
  'PUNCT',
]);

export type RoleObject = 'Organization' | 'Country';

export function fromRole(
  view: SentenceView,
  role: RoleNoun & { end: number },
  person: PlacedMention,
  object: PlacedMention,
  rule: string,
  nounPhrase: boolean,
): RelationCandidate | undefined {
  const type = relationOfRole(
    role,
    object.type as RoleObject,
    isParty(object),
    // Only where a preposition joins role and object can the object own a part ("head of X's unit").
    role.prep !== undefined && scoped(view, object),
  );
  if (!type) return undefined;
  const found = candidate(view, type, rule, person, object, nounPhrase);
  const before = view.tokens[person.firstToken - 1];
  const pastBefore = before?.sentence === view.sentence.index && saysPast([patternWord(before)]);
  return pastBefore || saysPast(role.words) ? asFormer(found) : found;
}

/**
 * A role noun phrase from `from`: an optional determiner, up to five words that are not verbs,
 * pronouns or prepositions, and an optional "of <lower-case words>" complement ("chief of waste
 * disposal"). `end` is the token after it.
 */
export function roleAt(
  view: SentenceView,
  from: number,
  determiner: boolean,
): (RoleNoun & { end: number }) | undefined {
  let t = from;
  if (determiner && DETERMINERS.has(word(view, t))) t += 1;
  const words: string[] = [];
  const pos: string[] = [];
  while (t < view.sentence.endToken && words.length < MAX_ROLE_WORDS && roleWord(view, t)) {
    words.push(word(view, t));
    pos.push((view.tokens[t] as Token).pos);
    t += 1;
  }
  while (words.length > 0 && /^(?:and|-|&)$/.test(words[words.length - 1] as string)) {
    words.pop();
    pos.pop();
    t -= 1;
  }
  if (words.length === 0) return undefined;
  const head = words.length - 1;
  // "representatives of the Royal Society": a plural role is a list, not one person's apposition.
  const headToken = view.tokens[t - 1] as Token;
  if (
    headToken.pos === 'NOUN' &&
    headToken.value.toLowerCase() !== headToken.lemma &&
    /s$/.test(headToken.value)
  )
    return undefined;
  if (word(view, t) === 'of' && roleWord(view, t + 1)) {
    const complement: string[] = ['of'];
    let c = t + 1;
    while (
      c < view.sentence.endToken &&
      complement.length <= MAX_COMPLEMENT_WORDS &&
      roleWord(view, c)
    ) {
      complement.push(word(view, c));
      c += 1;
    }
    if (ROLE_PREPS.has(word(view, c)) && word(view, c) !== 'of') {
      return { words: [...words, ...complement], pos, head, end: c };
    }
  }
  return { words, pos, head, end: t };
}

/** A word that may stand in a role phrase: lower-case, no mention, no verb or function word. */
export function roleWord(view: SentenceView, t: number): boolean {
  const token = view.tokens[t] as Token | undefined;
  if (!token || token.sentence !== view.sentence.index) return false;
  if (token.value === '-' || token.value === '&') return true;
  if (!/^\p{Ll}/u.test(token.value) || token.value === 'and') return token.value === 'and';
  if (view.mentions.some((m) => m.firstToken <= t && m.endToken > t)) return false;
  return !NOT_IN_ROLE.has(token.pos) || /(?:ing|ed)$/.test(token.value);
}

export function closesApposition(view: SentenceView, t: number): boolean {
  const w = word(view, t);
  return w === ',' || w === '.' || w === ')' || t >= view.sentence.endToken;
}

/**
 * An organisation that owns or modifies what follows it ("the Tate's digital programme", "the
 * Labour group"): the role is in that part of it.
 */
export function scoped(view: SentenceView, object: PlacedMention): boolean {
  const next = view.tokens[object.endToken];
  if (!next || next.sentence !== view.sentence.index) return false;
  return patternWord(next) === "'s" || (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.value));
}

export function mentionAt(view: SentenceView, t: number): PlacedMention | undefined {
  return view.mentions.find((m) => m.firstToken === t);
}

export function word(view: SentenceView, t: number): string {
  const token = view.tokens[t];
  return token && token.sentence === view.sentence.index ? patternWord(token) : '';
}

export function candidate(
  view: SentenceView,
  type: RelationType,
  rule: string,
  person: PlacedMention,
  object: PlacedMention,
  nounPhrase: boolean,
): RelationCandidate {
  const [firstToken, endToken] =
    person.firstToken < object.firstToken
      ? [person.firstToken, object.endToken]
      : [object.firstToken, person.endToken];
  return {
    type,
    subject: person.entity,
    object: object.entity,
    rule,
    confidence: 0.8,
    sentence: view.sentence.index,
    firstToken,
    endToken,
    ...(nounPhrase ? { nounPhrase: true } : {}),
  };
}
