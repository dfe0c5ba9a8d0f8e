import type { AnalysedText, Token } from '../nlp';

/** Index of the first token that starts at or after `offset` (tokens.length if none). */
export function firstTokenAtOrAfter(analysed: AnalysedText, offset: number): number {
  const tokens = analysed.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that ends at or before `offset` (-1 if none). */
export function lastTokenEndingBy(analysed: AnalysedText, offset: number): number {
  const tokens = analysed.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
