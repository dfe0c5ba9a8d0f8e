import { ACRONYM } from './match-other-type';

/** Words an acronym skips: "Securities and Exchange Commission" is SEC. */
const SKIPPED_WORDS: ReadonlySet<string> = new Set([
  'of',
  'and',
  'the',
  'for',
  '&',
  'de',
  'on',
  'in',
  'to',
  'at',
]);

/** Whether a name is written as an acronym: "LSE", "UKIP", "BT". */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name.trim()) && /\p{Lu}.*\p{Lu}/u.test(name);
}

/**
 * The acronym a name of two words or more shortens to: the first letter of each word but the
 * skipped ones, a word written in capitals kept whole ("UK Independence Party" → UKIP). Null for
 * a name of one word.
 */
export function initialsOf(name: string): string | null {
  const words = name
    .replace(/['’]s\b/gu, '')
    .split(/[\s-]+/u)
    .filter((w) => w !== '' && !SKIPPED_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return null;
  return words
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : (w[0] ?? '')))
    .join('')
    .toUpperCase();
}

/** Whether `acronym` ("LSE") shortens `name` ("London Stock Exchange"). */
export function spellsAcronym(acronym: string, name: string): boolean {
  return initialsOf(name) === acronym.trim().toUpperCase();
}
