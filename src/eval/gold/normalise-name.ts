/**
 * Compare names the way a reader would: case, accents, curly apostrophes, a leading "the", a
 * possessive "'s" and punctuation do not matter ("the U.S." ≈ "US", "Putin's" ≈ "Putin").
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Quote text for prefix comparison: words only, lower case, no quotation marks. */
export function normaliseQuoteText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}
