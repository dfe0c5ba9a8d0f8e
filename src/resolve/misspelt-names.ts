import { normaliseName } from '../model/ids';

/** A word shorter than this differs by too little to tell a slip from another word ("Days"). */
const MIN_SLIPPED_WORD = 6;
/** A one-word name shorter than this is too short to call one letter a slip ("Leeds"). */
const MIN_SLIPPED_NAME = 8;
/** A stem met with an ending ("Europe" / "European") is at least this long... */
const MIN_STEM = 4;
/** ...and the ending at most this long ("-an", "-ing", "-s"). */
const MAX_ENDING = 3;
const LETTERS = /^\p{L}+$/u;

/**
 * Edits between two words, an exchange of neighbouring letters counted once ("Chrylser" /
 * "Chrysler"): the optimal string alignment distance, stopped once it passes `limit`.
 */
export function editsBetween(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1);
      best = Math.min(best, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1);
      }
      row.push(best);
    }
    if (Math.min(...row) > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * Whether two words of letters are one word written two ways: one the other with a short ending
 * ("Europe" / "European", "Broadcast" / "Broadcasting") when `withEnding`, or one letter slipped,
 * added, dropped or two swapped in a long word ("Fronter" / "Frontier", "Einhoven" /
 * "Eindhoven"), never the first letter; a one-word name never by an ending.
 */
function sameWordWrittenTwoWays(a: string, b: string, withEnding: boolean): boolean {
  if (!LETTERS.test(a) || !LETTERS.test(b) || a[0] !== b[0]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short)) {
    // A one-word name and its plural ("Libertine", a film, and "Libertines", a band) are the
    // one-word plurals pass's to weigh, with their articles.
    if (!withEnding) return false;
    return short.length >= MIN_STEM && long.length - short.length <= MAX_ENDING;
  }
  return short.length >= MIN_SLIPPED_WORD && editsBetween(a, b, 1) === 1;
}

/**
 * Whether `name` reads as a slip of the pen for `other`: the same words but one written another
 * way (see `sameWordWrittenTwoWays`: "Europe Union" for European Union, "DaimlerChrylser",
 * "Electronic Fronter Foundation"), or the same letters spaced otherwise ("GameBoy Advance" /
 * "Game Boy Advance"). A one-word name must be long ("Hollwood") and may not take an ending
 * ("European" is not Europe, "Libertine" not the Libertines). Symmetric; the evidence of which is the slip is the caller's.
 */
export function isMisspeltFor(name: string, other: string): boolean {
  const a = normaliseName(name);
  const b = normaliseName(other);
  if (a === b || a === '' || b === '') return false;
  if (a.replace(/ /g, '') === b.replace(/ /g, '')) return true;
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  if (wordsA.length !== wordsB.length) return false;
  const differing = wordsA.flatMap((word, i) => (word === wordsB[i] ? [] : [i]));
  if (differing.length !== 1) return false;
  const i = differing[0] as number;
  if (wordsA.length === 1 && a.length < MIN_SLIPPED_NAME) return false;
  return sameWordWrittenTwoWays(wordsA[i] as string, wordsB[i] as string, wordsA.length > 1);
}
