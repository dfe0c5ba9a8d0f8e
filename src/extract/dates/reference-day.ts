import type { CalendarDay } from './calendar-day';
import { parseIsoDay } from './calendar-day';
import { parseDateText } from './parse-date-text';

export interface ReferenceDay {
  day: CalendarDay;
  /** Where it came from, so a result can say how a relative date was resolved. */
  from: 'publishedAt' | 'article-date' | 'dating-context';
}

const FULL_DATE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})\b/gi;

/**
 * The day relative dates ("on Thursday", "yesterday") are resolved against. The publication
 * date when the input gives one; otherwise the latest full date ("May 8, 2025") stated in the
 * article text, or in `datingContext` — text the cleaner removed, such as a photo caption. That
 * context only ever dates the article: no entity, relation or quote is taken from it. The latest
 * date is used because an article rarely names a full date after the day it was written.
 */
export function findReferenceDay(
  publishedAt: string | undefined,
  text: string,
  datingContext: readonly string[] = [],
): ReferenceDay | undefined {
  const published = publishedAt ? parseIsoDay(publishedAt) : undefined;
  if (published) return { day: published, from: 'publishedAt' };
  const inText = latestFullDate([text]);
  if (inText) return { day: inText, from: 'article-date' };
  const inContext = latestFullDate(datingContext);
  return inContext ? { day: inContext, from: 'dating-context' } : undefined;
}

function latestFullDate(texts: readonly string[]): CalendarDay | undefined {
  let latest: string | undefined;
  for (const text of texts) {
    for (const match of text.matchAll(FULL_DATE)) {
      const parsed = parseDateText(match[0]);
      if (parsed?.precision === 'day' && (!latest || parsed.value > latest)) latest = parsed.value;
    }
  }
  return latest ? parseIsoDay(latest) : undefined;
}
