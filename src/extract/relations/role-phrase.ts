import type { RelationType } from '../../model/entity-types';
import type { Token } from '../nlp';
import { asFormer, saysPast } from './past-office';
import type { RelationCandidate } from './relation-candidate';
import { isParty, isRoleHead, relationOfRole, type RoleNoun } from './role-noun';
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
/** How many words may describe the organisation before its name ("at IT firm Dimension Data"). */
const MAX_DESCRIPTION_WORDS = 3;
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
 * pronouns or prepositions, and an optional "of" or "for" complement of lower-case words ("chief
 * of waste disposal", "assistant for health") before the preposition that leads to the body.
 * `end` is the token after it.
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
  // "chief of waste disposal at", "assistant for health at", "a member of the planning
  // department at": the complement names a part or a field, the preposition after it the body.
  const opener = word(view, t);
  const article = word(view, t + 1) === 'the' ? 1 : 0;
  if ((opener === 'of' || opener === 'for') && roleWord(view, t + 1 + article)) {
    const complement: string[] = article ? [opener, 'the'] : [opener];
    let c = t + 1 + article;
    while (
      c < view.sentence.endToken &&
      complement.length <= MAX_COMPLEMENT_WORDS + article &&
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

/**
 * A title written in capitals from `from` to `end`, ending in a role head: "the Foreign
 * Ministry's Southeast Asian Department Chief Jane Roe". Proper-noun tags on its words are read as
 * the nouns they are ("Department Chief" heads a department, not the ministry).
 */
export function capitalisedRoleAt(
  view: SentenceView,
  from: number,
  end: number,
): (RoleNoun & { end: number }) | undefined {
  if (end <= from || end - from > MAX_ROLE_WORDS) return undefined;
  const words: string[] = [];
  const pos: string[] = [];
  for (let t = from; t < end; t += 1) {
    const token = view.tokens[t] as Token;
    if (!/^\p{Lu}[\p{L}-]*$/u.test(token.value)) return undefined;
    if (view.mentions.some((m) => m.firstToken <= t && m.endToken > t)) return undefined;
    words.push(token.value.toLowerCase());
    pos.push(token.pos === 'PROPN' ? 'NOUN' : token.pos);
  }
  const head = words.length - 1;
  return isRoleHead(words[head] as string) ? { words, pos, head, end } : undefined;
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
  return w === ',' || w === '.' || w === ')' || w === ';' || t >= view.sentence.endToken;
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

/** The mention of one of `types` at `t`, after an optional "the". */
export function objectAt(
  view: SentenceView,
  t: number,
  types: readonly RoleObject[],
): PlacedMention | undefined {
  const m = mentionAt(view, afterDescription(view, word(view, t) === 'the' ? t + 1 : t));
  if (!m || !(types as readonly string[]).includes(m.type)) return undefined;
  // "a spokesman for Chinese exporters": an adjectival country is not the employer.
  if (m.source === 'gazetteer:demonym') return undefined;
  return m;
}

/**
 * Where an organisation's name starts after words describing it: "IT firm Dimension Data",
 * "satellite giant Astra", "Aids charity the Terrence Higgins Trust" — up to three nouns and
 * adjectives ending in a noun, then an optional "the". Returns `t` when there is no description.
 */
function afterDescription(view: SentenceView, t: number): number {
  if (mentionAt(view, t)) return t;
  let end = t;
  while (end < t + MAX_DESCRIPTION_WORDS && describes(view, end)) end += 1;
  if (end === t || view.tokens[end - 1]?.pos !== 'NOUN') return t;
  const name = word(view, end) === 'the' ? end + 1 : end;
  return mentionAt(view, name) ? name : t;
}

function describes(view: SentenceView, t: number): boolean {
  const token = view.tokens[t];
  if (!token || token.sentence !== view.sentence.index) return false;
  if (view.mentions.some((m) => m.firstToken <= t && m.endToken > t)) return false;
  return token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'PROPN';
}
