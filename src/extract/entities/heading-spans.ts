import type { NerSpan } from '../ner';
import type { AnalysedText, Token } from '../nlp';
import { isCapitalisedWord } from './token-predicates';

/** Longer paragraphs are prose, whatever their capitals. */
const MAX_HEADING_TOKENS = 12;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '”', '’', "'", ')']);
const BYLINE_START = new Set(['by', 'from', 'with']);

/**
 * Tagger spans without those inside a section heading ("Geopolitical Context and Economic
 * Talks", "Neutrality Questioned"): in a Title-Case line every word is capitalised, so the
 * capitals the tagger leans on say nothing, and it reads headings as persons and
 * organisations. A span there stays when the article names the same words outside its
 * headings ("Putin Meets Xi" above a report on Putin and Xi). A heading is a paragraph of its
 * own, short, without sentence punctuation at its end, mostly capitalised.
 */
export function withoutHeadingSpans(a: AnalysedText, spans: readonly NerSpan[]): NerSpan[] {
  const headings = headingParagraphs(a.tokens);
  if (headings.length === 0) return [...spans];
  const body = bodyText(a, headings);
  return spans.filter((span) => {
    const heading = headings.find(
      ([first, end]) => first <= span.firstToken && span.endToken <= end,
    );
    if (!heading) return true;
    const first = a.tokens[span.firstToken] as Token;
    const last = a.tokens[span.endToken - 1] as Token;
    return namedIn(body, a.text.slice(first.start, last.end));
  });
}

/** Token ranges [first, end) of the heading paragraphs. */
function headingParagraphs(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let t = 1; t <= tokens.length; t += 1) {
    const next = tokens[t];
    if (next && next.precedingNewlines < 2) continue;
    if (isHeading(tokens, start, t)) out.push([start, t]);
    start = t;
  }
  return out;
}

function isHeading(tokens: readonly Token[], first: number, end: number): boolean {
  const length = end - first;
  if (length < 2 || length > MAX_HEADING_TOKENS) return false;
  // "By Nick Robinson": a byline names its writer.
  if (BYLINE_START.has((tokens[first] as Token).value.toLowerCase())) return false;
  if (SENTENCE_END.has((tokens[end - 1] as Token).value)) return false;
  let capitalised = 0;
  let words = 0;
  for (let t = first; t < end; t += 1) {
    const token = tokens[t] as Token;
    if (token.kind !== 'word') continue;
    words += 1;
    if (isCapitalisedWord(token)) capitalised += 1;
  }
  return words >= 2 && capitalised * 3 >= words * 2;
}

/** The article's text with its headings blanked out. */
function bodyText(a: AnalysedText, headings: readonly [number, number][]): string {
  let body = '';
  let from = 0;
  for (const [first, end] of headings) {
    const start = (a.tokens[first] as Token).start;
    body += `${a.text.slice(from, start)}\n`;
    from = (a.tokens[end - 1] as Token).end;
  }
  return body + a.text.slice(from);
}

/**
 * Whether `body` has `name` as whole words ("Dallaglio", not the "Lions" of "Dandelions"): the
 * answer of `/(?<![\p{L}\p{N}])NAME(?![\p{L}\p{N}])/u`, found with indexOf. Building and
 * compiling that expression for every span in a heading cost more than the search.
 */
export function namedIn(body: string, name: string): boolean {
  // No span is empty; V8 matches an empty name inside a surrogate pair too, so ask it.
  if (name === '') return /(?<![\p{L}\p{N}])(?![\p{L}\p{N}])/u.test(body);
  const end = name.length;
  for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + 1)) {
    // A match of the expression starts and ends between code points, never inside a pair.
    if (splitsPair(body, i) || splitsPair(body, i + end)) continue;
    if (!isWordCodePoint(codePointBefore(body, i)) && !isWordCodePoint(body.codePointAt(i + end)))
      return true;
  }
  return false;
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

function isWordCodePoint(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  // ASCII first: letters and digits, without building a string.
  if (codePoint < 128)
    return (
      (codePoint >= 48 && codePoint <= 57) ||
      (codePoint >= 65 && codePoint <= 90) ||
      (codePoint >= 97 && codePoint <= 122)
    );
  return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

/** The code point that ends right before index i, surrogate pairs read whole. */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2);
  }
  return low;
}

/** Whether index i falls between the two halves of a surrogate pair. */
function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const high = text.charCodeAt(i - 1);
  const low = text.charCodeAt(i);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
