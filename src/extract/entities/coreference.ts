import type { Gazetteer } from '../gazetteer';
import type { AnalysedText, Token } from '../nlp';
import type { RawMention } from './raw-mention';
import { isCapitalisedWord, isPossessive } from './token-predicates';
import { isHonorific, titleEndingAt, titleStartingAt } from './person-titles';

/** Countries whose names put the family name first: "Xi" is Xi Jinping's short form. */
const FAMILY_NAME_FIRST = new Set(['CN', 'KP', 'KR', 'VN', 'HU', 'TW']);

/** What the statistical tagger said about a stretch of tokens. */
export interface TaggerOpinion {
  /**
   * Persons of two or more words that only the tagger found, confidently ("Robbie Williams"):
   * their first names count, though the tagger's own mentions are accepted after coreference.
   * (Their surnames the tagger tags as persons itself, and resolution joins them.)
   */
  persons: readonly RawMention[];
  /** Whether the tagger read exactly tokens [first, end) as one person. */
  isPerson(first: number, end: number): boolean;
  /** Whether the tagger read a person of two or more words starting at token t. */
  startsLongerPerson(t: number): boolean;
  /**
   * Whether the tagger is confident token t is part of a name of another type, or that the
   * same word begins one elsewhere in the article.
   */
  isSurelyNotPerson(t: number): boolean;
}

const NO_TAGGER: TaggerOpinion = {
  persons: [],
  isPerson: () => false,
  startsLongerPerson: () => false,
  isSurelyNotPerson: () => false,
};

interface PersonForm {
  name: string;
  key: string;
  mention: RawMention;
  firstToken: number;
}

/**
 * Short forms of persons named in full elsewhere in the article: "Putin", "Mr Blair", "Xi".
 * A short form goes to the person most recently named in full before it; one that only
 * matches later full names, or several, gets lower confidence and the others as candidates.
 * Two full names that share a surname stay two persons.
 *
 * The loop over every token reads tokens only; what it does for the few that name somebody
 * lives in functions of its own. V8 compiled this function again each time a mention or entry
 * of a shape not seen before reached the work inlined into it: ten compilations of ~200 ms each
 * on a helper thread over one BBC pass, with the loop run unoptimised in between.
 */
export function surnameMentions(
  a: AnalysedText,
  persons: readonly RawMention[],
  claimed: (i: number) => RawMention | undefined,
  keyOf: (m: RawMention) => string,
  tagger: TaggerOpinion = NO_TAGGER,
): RawMention[] {
  const forms = shortForms(persons, keyOf);
  const firstNames = firstNameForms(
    [...persons, ...tagger.persons].filter(
      (p) => p.entry?.type === 'Person' || tagger.isPerson(p.firstToken, p.endToken),
    ),
    forms,
    keyOf,
    isLowerCaseWordIn(a.tokens),
  );
  const out: RawMention[] = [];
  const { tokens } = a;
  const byFirstWord = personsByFirstWord(tokens, persons);
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t] as Token;
    if (!isCapitalisedWord(token) || claimed(t)) continue;
    const starting = byFirstWord.get(token.value);
    const full = starting ? fullNameAt(tokens, t, starting, claimed) : undefined;
    if (full) {
      out.push(fullNameMention(t, full));
      t = full.endToken - 1;
      continue;
    }
    const options = forms.get(token.value);
    const byFirstName = options ? undefined : firstNames.get(token.value);
    if (!options && !byFirstName) continue;
    if (isCapitalisedWord(tokens[t + 1]) && tokens[t + 1]?.pos === 'PROPN' && !claimed(t + 1))
      continue;
    if (continuesOtherName(tokens, t, claimed)) continue;
    if (byFirstName) {
      if (startsFirstNameMention(tokens, t, byFirstName, tagger))
        out.push(firstNameMention(t, byFirstName));
      continue;
    }
    const m = options ? shortFormMention(tokens, t, options) : undefined;
    if (m) out.push(m);
  }
  return out;
}

/** Each full name's short forms: its last word, and its first for family-name-first countries. */
function shortForms(
  persons: readonly RawMention[],
  keyOf: (m: RawMention) => string,
): Map<string, PersonForm[]> {
  const forms = new Map<string, PersonForm[]>();
  for (const p of persons) {
    if (p.endToken - p.firstToken < 2) continue;
    const parts = p.name.split(' ').filter((w) => !/^\p{Lu}\.$/u.test(w));
    const short = new Set([parts[parts.length - 1] as string]);
    const country = p.entry?.iso2 ?? p.attributes?.titleOfIso2;
    if (country && FAMILY_NAME_FIRST.has(country)) short.add(parts[0] as string);
    for (const s of short) {
      const list = forms.get(s) ?? [];
      list.push({ name: p.name, key: keyOf(p), mention: p, firstToken: p.firstToken });
      forms.set(s, list);
    }
  }
  return forms;
}

/** The persons by the word their mention starts with, in mention order. */
function personsByFirstWord(
  tokens: readonly Token[],
  persons: readonly RawMention[],
): Map<string, RawMention[]> {
  const byFirstWord = new Map<string, RawMention[]>();
  for (const p of persons) {
    const word = tokens[p.firstToken]?.value ?? '';
    byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), p]);
  }
  return byFirstWord;
}

function fullNameMention(t: number, full: { person: RawMention; endToken: number }): RawMention {
  const m: RawMention = {
    firstToken: t,
    endToken: full.endToken,
    type: 'Person',
    name: full.person.name,
    source: 'coref:name',
    confidence: 0.85,
  };
  if (full.person.entry) m.entry = full.person.entry;
  return m;
}

/**
 * Unlike a surname, a first name before any capitalised word starts a full name ("Jeremy Dear",
 * whose "Dear" wink reads as an adjective): a bare one counts after its full name only.
 */
function startsFirstNameMention(
  tokens: readonly Token[],
  t: number,
  person: PersonForm,
  tagger: TaggerOpinion,
): boolean {
  return (
    person.firstToken < t &&
    (tokens[t] as Token).pos === 'PROPN' &&
    !isCapitalisedWord(tokens[t + 1]) &&
    !NAME_PARTICLES.has(tokens[t + 1]?.value ?? '') &&
    !tagger.startsLongerPerson(t) &&
    !tagger.isSurelyNotPerson(t) &&
    !titleStartingAt(tokens, t)
  );
}

/** The short form at token t as the person most recently named in full before it. */
function shortFormMention(
  tokens: readonly Token[],
  t: number,
  options: readonly PersonForm[],
): RawMention | undefined {
  const byKey = new Map(options.map((o) => [o.key, o]));
  const earlier = [...byKey.values()]
    .filter((o) => o.firstToken < t)
    .sort((x, y) => y.firstToken - x.firstToken);
  const chosen = earlier[0] ?? [...byKey.values()][0];
  if (!chosen) return undefined;
  const others = [...byKey.keys()].filter((k) => k !== chosen.key);
  const title = titleEndingAt(tokens, t);
  const m: RawMention = {
    firstToken: title && isHonorific(title.title) ? title.titleFirst : t,
    endToken: t + 1,
    type: 'Person',
    name: chosen.name,
    source: 'coref:surname',
    confidence: earlier.length > 0 && others.length === 0 ? 0.85 : 0.6,
  };
  if (chosen.mention.entry) m.entry = chosen.mention.entry;
  if (others.length > 0) m.candidates = others;
  return m;
}

/**
 * First names that point to exactly one person named in full in the article (one the tagger or
 * the gazetteer knows as a person: a title pattern also fires on "Motors Europe chief"): in "Well done
 * Robbie" after "Robbie Williams", or "to follow Lawrence and Martin" after "Lawrence
 * Dallaglio", the bare first name is that person (the tagger, which has no article memory, often
 * calls it an organisation). A first name two persons share, or one that is also somebody's
 * short form, points to nobody.
 */
function firstNameForms(
  persons: readonly RawMention[],
  shortForms: ReadonlyMap<string, PersonForm[]>,
  keyOf: (m: RawMention) => string,
  isCommonWord: (word: string) => boolean,
): Map<string, PersonForm> {
  const byName = new Map<string, Map<string, PersonForm>>();
  for (const p of persons) {
    if (p.endToken - p.firstToken < 2) continue;
    const words = p.name.split(' ');
    const first = words[0] as string;
    if (first.length < 2 || /\.$/.test(first) || shortForms.has(first)) continue;
    // "Cairn Energy", "Smith Lecture": a last word the article also writes in lower case is a
    // common noun, and the "person" a company or an event the tagger misread.
    if (isCommonWord((words.at(-1) as string).toLowerCase())) continue;
    const key = keyOf(p);
    const people = byName.get(first) ?? new Map<string, PersonForm>();
    if (!people.has(key))
      people.set(key, { name: p.name, key, mention: p, firstToken: p.firstToken });
    byName.set(first, people);
  }
  const out = new Map<string, PersonForm>();
  for (const [first, people] of byName) {
    if (people.size === 1) out.set(first, [...people.values()][0] as PersonForm);
  }
  return out;
}

/** The words an article writes in lower case: its common nouns, verbs and adjectives. */
/**
 * Whether the article writes a word in lower case. The set of such words is built on the first
 * question: most articles name no person whose first name would ask it.
 */
function isLowerCaseWordIn(tokens: readonly Token[]): (word: string) => boolean {
  let words: Set<string> | undefined;
  return (word) => {
    words ??= lowerCaseWords(tokens);
    return words.has(word);
  };
}

function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) {
    const c = t.value.charCodeAt(0);
    if (t.kind === 'word' && c >= 97 && c <= 122) words.add(t.value);
  }
  return words;
}

/** A bare first name as its person: less sure than a surname, which news style prefers. */
function firstNameMention(t: number, person: PersonForm): RawMention {
  const m: RawMention = {
    firstToken: t,
    endToken: t + 1,
    type: 'Person',
    name: person.name,
    source: 'coref:first-name',
    confidence: 0.7,
  };
  if (person.mention.entry) m.entry = person.mention.entry;
  return m;
}

/** Lower-case particles inside names: "Joost van der Westhuizen", "Rami al-Saadani". */
const NAME_PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'von',
  'da',
  'di',
  'le',
  'la',
  'al',
  'bin',
]);

/**
 * Whether token t ends a longer name of someone else: "Naina Yeltsin" is not Boris Yeltsin,
 * "van der Westhuizen" not the other Westhuizen. A title before the surname ("President
 * Yeltsin", "Mr Blair") is not a name.
 */
function continuesOtherName(
  tokens: readonly Token[],
  t: number,
  claimed: (i: number) => RawMention | undefined,
): boolean {
  const before = tokens[t - 1];
  if (!before || before.sentence !== tokens[t]?.sentence || claimed(t - 1)) return false;
  if (NAME_PARTICLES.has(before.value)) return true;
  return (
    isCapitalisedWord(before) && before.pos === 'PROPN' && titleEndingAt(tokens, t) === undefined
  );
}

/** A repeat of a full name that the patterns did not catch ("Yulia Shapovalova, Al Jazeera."). */
function fullNameAt(
  tokens: readonly Token[],
  t: number,
  persons: readonly RawMention[],
  claimed: (i: number) => RawMention | undefined,
): { person: RawMention; endToken: number } | undefined {
  for (const p of persons) {
    const n = p.endToken - p.firstToken;
    if (n < 2 || t + n > tokens.length) continue;
    let same = true;
    for (let i = 0; same && i < n; i += 1) {
      same = tokens[t + i]?.value === tokens[p.firstToken + i]?.value && !claimed(t + i);
    }
    if (same) return { person: p, endToken: t + n };
  }
  return undefined;
}

/**
 * "the Chinese leader", "the Russian president": a nationality and a title with no name after
 * it resolve to the one person in the article with that country in their title (or known office).
 */
export function titleOnlyMentions(
  a: AnalysedText,
  countryMentions: readonly RawMention[],
  persons: readonly RawMention[],
  gazetteer: Gazetteer,
  keyOf: (m: RawMention) => string,
): RawMention[] {
  const { tokens } = a;
  const out: RawMention[] = [];
  for (const c of countryMentions) {
    if (c.source !== 'gazetteer:demonym' || !c.entry) continue;
    const title = titleStartingAt(tokens, c.endToken);
    if (!title || isHonorific(title.title)) continue;
    const after = tokens[title.titleEnd];
    if (after && isCapitalisedWord(after) && !isPossessive(after) && after.pos === 'PROPN')
      continue;
    const countryKey = c.entry.key;
    const matching = new Map<string, RawMention>();
    for (const p of persons) {
      const ofKey = p.attributes?.titleOf ?? (p.entry?.role?.ofKey as string | undefined);
      if (ofKey === countryKey) matching.set(keyOf(p), p);
    }
    if (matching.size !== 1) continue;
    const [person] = [...matching.values()] as [RawMention];
    const the =
      tokens[c.firstToken - 1]?.value.toLowerCase() === 'the' ? c.firstToken - 1 : c.firstToken;
    const m: RawMention = {
      firstToken: the,
      endToken: title.titleEnd,
      type: 'Person',
      name: person.name,
      source: 'coref:title',
      confidence: 0.75,
    };
    if (person.entry) m.entry = person.entry;
    else if (gazetteer.lookupName(person.name)[0]?.type === 'Person')
      m.entry = gazetteer.lookupName(person.name)[0];
    out.push(m);
  }
  return out;
}
