import type { Token } from '../nlp';

export function isCapitalisedWord(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  const c = token.value.charAt(0);
  return c !== c.toLowerCase();
}

/** A name token: capitalised proper noun or an initial ("W."). */
export function isNameToken(token: Token | undefined): boolean {
  if (!token) return false;
  if (/^\p{Lu}\.$/u.test(token.value)) return true;
  return (
    isCapitalisedWord(token) &&
    (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ')
  );
}

/** "'s" or "’s": a singular possessive's ending, as wink tokenises it. */
export function isApostropheS(token: Token | undefined): boolean {
  return token !== undefined && (token.value === '’s' || token.value === "'s");
}

export function isPossessive(token: Token | undefined): boolean {
  return isApostropheS(token) || token?.value === '’' || token?.value === "'";
}

/** The tokens' values joined by single spaces: a name to compare within one article. */
export function tokenWords(tokens: readonly Token[], first: number, end: number): string {
  const words: string[] = [];
  for (let i = first; i < end; i += 1) words.push((tokens[i] as Token).value);
  return words.join(' ');
}

export function tokenText(
  tokens: readonly Token[],
  first: number,
  end: number,
  text: string,
): string {
  const a = tokens[first];
  const b = tokens[end - 1];
  return a && b ? text.slice(a.start, b.end) : '';
}

/** Straight apostrophes, single spaces: the display form of a pattern-built name. */
export function displayName(raw: string): string {
  return raw.replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Whether token t continues a brand glued to a one-character prefix: the "Mobile" of
 * "T-Mobile", the "Men" of "X-Men". Such a word is not the city or the name it spells alone.
 */
export function followsLetterHyphen(tokens: readonly Token[], t: number): boolean {
  const hyphen = tokens[t - 1];
  const prefix = tokens[t - 2];
  const token = tokens[t];
  return (
    hyphen !== undefined &&
    prefix !== undefined &&
    token !== undefined &&
    hyphen.value === '-' &&
    hyphen.end === token.start &&
    prefix.end === hyphen.start &&
    prefix.value.length === 1
  );
}

/** "I'm", "we're", "it's" read as one token: a pronoun, never a name. */
export function isPronounContraction(token: Token | undefined): boolean {
  return token !== undefined && PRONOUN_CONTRACTION.test(token.value);
}

const PRONOUN_CONTRACTION =
  /^(?:i|you|we|they|he|she|it|that|there|here|what|who|let)['’](?:m|ve|ll|d|re|s)$/i;
