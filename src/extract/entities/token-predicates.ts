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

export function isPossessive(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    (token.value === '’s' || token.value === "'s" || token.value === '’' || token.value === "'")
  );
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
