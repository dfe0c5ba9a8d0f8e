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

/** Whether `body` has `name` as whole words ("Dallaglio", not the "Lions" of "Dandelions"). */
function namedIn(body: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(body);
}
