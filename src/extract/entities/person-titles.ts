import type { AnalysedText, Token } from '../nlp';
import { institutionTypeOfName } from './institution-head';
import { eventKindOfName } from './named-events';
import type { RawMention } from './raw-mention';
import { displayName, isNameToken, tokenText } from './token-predicates';

/**
 * Titles that precede a person's name, as lower-case token sequences. Longest first so that
 * "prime minister" wins over "minister".
 */
const TITLES: readonly string[][] = [
  'vice president',
  'prime minister',
  'deputy prime minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'finance minister',
  'interior minister',
  'foreign secretary',
  'home secretary',
  'secretary of state',
  'secretary-general',
  'secretary general',
  'chief executive',
  'supreme leader',
  'crown prince',
  'opposition leader',
  'president',
  'premier',
  'chancellor',
  'leader',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'minister',
  'secretary',
  'senator',
  'governor',
  'mayor',
  'general',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'ceo',
  'boss',
  'coach',
  'manager',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'lord',
  'lady',
  'judge',
  'envoy',
  'correspondent',
  'reporter',
]
  .map((t) => t.split(' '))
  .sort((a, b) => b.length - a.length);

/** Honorifics say "a person follows" but name no office. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady']);
const MAX_NAME_TOKENS = 4;

export interface TitleMatch {
  /** Token range of the title words (without the nationality). */
  titleFirst: number;
  titleEnd: number;
  /** Title as written, capitalised: "President", "Foreign Minister". */
  title: string;
}

/** Titles by their first and by their last word, so a lookup costs one Map probe per token. */
const BY_FIRST_WORD = indexTitles((words) => words[0] as string);
const BY_LAST_WORD = indexTitles((words) => words[words.length - 1] as string);

function indexTitles(wordOf: (words: string[]) => string): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const words of TITLES) {
    const list = index.get(wordOf(words)) ?? [];
    list.push(words);
    index.set(wordOf(words), list);
  }
  return index;
}

/** The token in lower case without a final full stop ("Gen." is "gen"); read at every token. */
function wordAt(tokens: readonly Token[], i: number): string {
  const word = (tokens[i] as Token).value.toLowerCase();
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

function matchesAt(tokens: readonly Token[], first: number, words: readonly string[]): boolean {
  if (first < 0 || first + words.length > tokens.length) return false;
  for (let i = 0; i < words.length; i += 1)
    if (wordAt(tokens, first + i) !== words[i]) return false;
  return true;
}

/** The title that ends right before token `end` (exclusive), if any. */
export function titleEndingAt(tokens: readonly Token[], end: number): TitleMatch | undefined {
  if (end < 1) return undefined;
  for (const words of BY_LAST_WORD.get(wordAt(tokens, end - 1)) ?? []) {
    const first = end - words.length;
    if (matchesAt(tokens, first, words)) {
      return { titleFirst: first, titleEnd: end, title: capitalise(words.join(' ')) };
    }
  }
  return undefined;
}

/** The title that starts at token `first`, if any. */
export function titleStartingAt(tokens: readonly Token[], first: number): TitleMatch | undefined {
  if (first >= tokens.length) return undefined;
  for (const words of BY_FIRST_WORD.get(wordAt(tokens, first)) ?? []) {
    if (matchesAt(tokens, first, words)) {
      return {
        titleFirst: first,
        titleEnd: first + words.length,
        title: capitalise(words.join(' ')),
      };
    }
  }
  return undefined;
}

export function isHonorific(title: string): boolean {
  return HONORIFICS.has(title.toLowerCase());
}

/**
 * Persons named after a title: "Russian President Vladimir Putin", "Chinese leader Xi
 * Jinping", "Mr Blair". The name is the run of name tokens after the title (up to four, same
 * sentence). Spans already claimed by a non-person gazetteer mention are not names.
 */
export function titledPersons(
  a: AnalysedText,
  claimed: (i: number) => RawMention | undefined,
): RawMention[] {
  const out: RawMention[] = [];
  const { tokens } = a;
  for (let t = 0; t < tokens.length; t += 1) {
    const title = titleStartingAt(tokens, t);
    if (!title) continue;
    const first = title.titleEnd;
    let end = first;
    while (
      end < tokens.length &&
      end - first < MAX_NAME_TOKENS &&
      tokens[end]?.sentence === tokens[first]?.sentence &&
      isNameToken(tokens[end]) &&
      !titleStartingAt(tokens, end) &&
      (claimed(end) === undefined || claimed(end)?.type === 'Person')
    ) {
      end += 1;
    }
    if (end === first) continue;
    const name = displayName(tokenText(tokens, first, end, a.text));
    if (namesNoPerson(tokenText(tokens, t, end, a.text))) {
      t = end - 1;
      continue;
    }
    out.push({
      firstToken: first,
      endToken: end,
      type: 'Person',
      name,
      source: 'pattern:title',
      confidence: 0.85,
      attributes: { title: title.title },
    });
    t = end - 1;
  }
  return out;
}

/**
 * A title and what follows that together name an institution or an event, not a titled person:
 * "General Motors", "the General Election".
 */
function namesNoPerson(phrase: string): boolean {
  return institutionTypeOfName(phrase) !== undefined || eventKindOfName(phrase) !== undefined;
}

function capitalise(s: string): string {
  return s
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/\bOf\b/g, 'of');
}
