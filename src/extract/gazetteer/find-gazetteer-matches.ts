import type { Gazetteer } from './gazetteer';
import type { GazetteerHit, GazetteerMatch } from './gazetteer-entry';
import { pushUnitsOfToken } from './match-keys';

/** The token fields matching needs; wink's `Token` has them. */
export interface MatchToken {
  value: string;
}

/** Words a multi-word name may hold in lower case ("Republic of the Congo", "bin Laden"). */
const LOWERCASE_NAME_WORDS = new Set([
  'of',
  'the',
  'and',
  'de',
  'del',
  'la',
  'le',
  'du',
  'da',
  'al',
  'el',
  'bin',
  'von',
  'van',
  'y',
  'der',
  'den',
  'di',
  's',
  'mainland',
  'war',
  'in',
]);

/**
 * Longest, leftmost, non-overlapping gazetteer matches over a token sequence. Names match
 * case-insensitively but only on capitalised text (so "turkey" the bird is not Turkey);
 * abbreviations match exactly ("US" yes, "us" no). Cost is one trie walk per token start.
 */
export function findGazetteerMatches(
  gazetteer: Gazetteer,
  tokens: readonly MatchToken[],
): GazetteerMatch[] {
  // Units are built for the tokens a name walk reaches, not for every token: most tokens are
  // lower-case words no walk starts at, and most walks end after a unit or two.
  const unitsByToken: (string[] | undefined)[] = [];
  const unitsAt = (i: number): string[] => {
    let units = unitsByToken[i];
    if (!units) {
      units = [];
      pushUnitsOfToken((tokens[i] as MatchToken).value, units);
      unitsByToken[i] = units;
    }
    return units;
  };
  const valueAt = (i: number): string => (tokens[i] as MatchToken).value;

  const matches: GazetteerMatch[] = [];
  let t = 0;
  while (t < tokens.length) {
    let best: GazetteerMatch | undefined;
    if (mayOpenName((tokens[t] as MatchToken).value) && unitsAt(t).length > 0) {
      const byName = gazetteer.nameTrie.longestAcross(t, tokens.length, unitsAt);
      if (byName) {
        const [endToken, endsOnToken, hits] = byName;
        if (endsOnToken && isCapitalised(tokens, t, endToken)) {
          best = { firstToken: t, endToken, hits };
        }
      }
    }
    const byAbbreviation = gazetteer.abbreviationTrie.longestAt(t, tokens.length, valueAt);
    if (byAbbreviation) {
      const [endToken, hits] = byAbbreviation;
      if (!best || endToken > best.endToken) best = { firstToken: t, endToken, hits };
      else if (endToken === best.endToken)
        best = { firstToken: t, endToken, hits: mergeHits(best.hits, hits) };
    }
    if (best) {
      matches.push(best);
      t = best.endToken;
    } else t += 1;
  }
  return matches;
}

function isCapitalised(tokens: readonly MatchToken[], first: number, end: number): boolean {
  let sawCapital = false;
  for (let i = first; i < end; i += 1) {
    const value = (tokens[i] as MatchToken).value;
    const c = value.charCodeAt(0);
    if (startsUpper(value)) sawCapital = true;
    else if (c >= 48 && c <= 57) continue;
    else if (!LOWERCASE_NAME_WORDS.has(normalisedWord(value))) return false;
  }
  return sawCapital;
}

function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && value[0] !== value[0]?.toLowerCase());
}

/**
 * Whether a name match starting with this token could pass isCapitalised: a capital, a digit or
 * a word names hold in lower case. Most tokens are other lower-case words; their walk of the
 * name trie is skipped, as any match it found would be dropped.
 */
function mayOpenName(value: string): boolean {
  const c = value.charCodeAt(0);
  if (startsUpper(value) || (c >= 48 && c <= 57)) return true;
  // The lower-case name words are short ASCII words: most tokens are ruled out without
  // building their normalised form.
  if (c >= 97 && c <= 122)
    return value.length <= 8 && LOWERCASE_NAME_WORDS.has(value.toLowerCase());
  if (c < 128 && c !== 39) return false;
  return LOWERCASE_NAME_WORDS.has(normalisedWord(value));
}

function normalisedWord(value: string): string {
  return value.toLowerCase().replace(/^[’']/, '');
}

function mergeHits(a: readonly GazetteerHit[], b: readonly GazetteerHit[]): GazetteerHit[] {
  const out = [...a];
  for (const h of b) if (!out.some((x) => x.entry === h.entry)) out.push(h);
  return out;
}
