import type { ExtractedDate } from '../../model/extraction';
import type { AnalysedText } from '../nlp';
import type { CalendarDay } from './calendar-day';
import { findDateExpressions } from './find-date-expressions';
import { parseDateText } from './parse-date-text';

const FUTURE_MARKERS = new Set(['will', '’ll', "'ll", 'shall', 'next', 'upcoming']);
/** How far back from a date a future marker still governs it ("will meet Blair on Monday"). */
const FUTURE_WINDOW = 8;

/**
 * The dates stated in the text that normalise to a day, month or year, in text order.
 * findDateExpressions finds the expressions; `parseDateText` pins them down; expressions it cannot pin down (a bare
 * "May 8" with no reference day, "last week") are left out rather than guessed.
 */
export function extractDates(analysed: AnalysedText, reference?: CalendarDay): ExtractedDate[] {
  const out: ExtractedDate[] = [];
  for (const expression of findDateExpressions(analysed)) {
    const first = analysed.tokens[expression.firstToken];
    const last = analysed.tokens[expression.endToken - 1];
    if (!first || !last) continue;
    const text = analysed.text.slice(first.start, last.end);
    const future = isFutureClause(analysed, expression.firstToken);
    const stated = parseDateText(text, { reference, future });
    if (!stated) continue;
    out.push({ start: first.start, end: last.end, text, ...stated });
  }
  return out;
}

function isFutureClause(analysed: AnalysedText, tokenIndex: number): boolean {
  const sentence = analysed.tokens[tokenIndex]?.sentence;
  for (let i = tokenIndex - 1; i >= 0 && i >= tokenIndex - FUTURE_WINDOW; i -= 1) {
    const token = analysed.tokens[i];
    if (!token || token.sentence !== sentence) break;
    if (FUTURE_MARKERS.has(token.value.toLowerCase())) return true;
  }
  return false;
}
