import type { AnalysedText, Token } from '../nlp';
import {
  isDayOfMonth,
  isIsoDayWord,
  isYearNumber,
  MONTHS,
  monthOfWord,
  WEEKDAYS,
  weekdayOfWord,
} from './date-words';

/** A date expression by token span (end exclusive), as `parseDateText` reads its text. */
export interface DateExpression {
  firstToken: number;
  endToken: number;
}

type Tokens = readonly Token[];

/**
 * Words just before a date that make it the bound of a period or an approximation ("since
 * 2003", "by March 2005", "around 2004"): the text states no event on that date. "from" and
 * "between" open ranges, handled apart ("from 2007" alone is a date; "from 2005 to 2006" is not).
 */
const BOUND_WORDS = new Set([
  'since',
  'until',
  'till',
  'by',
  'through',
  'throughout',
  'around',
  'about',
  'circa',
]);
/** A range's second date follows one of these ("between 2001 and 2003", "from 2005 to 2006"). */
const RANGE_JOINERS = new Set(['and', 'to', '-', '–', 'until', 'till']);
const RANGE_OPENERS = new Set(['between', 'from']);
/**
 * Words that take only part of a date ("early 2005", "summer 2005"). As wink-nlp did, such a
 * date is left out rather than widened to the whole year.
 */
const PART_WORDS = new Set([
  'early',
  'late',
  'mid',
  'spring',
  'summer',
  'autumn',
  'winter',
  'fall',
]);
/** "… of 2004" after these is a part of the year ("the end of 2004"). */
const PART_OF_WORDS = new Set(['end', 'start', 'beginning', 'middle', ...PART_WORDS]);
/** "… quarter of 2005" and "… half of 2005" are parts when counted ("the first half of 2005"). */
const COUNTED_PARTS = new Set(['quarter', 'half']);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth']);
/** A four-digit number before these is a clock time ("at 1830 GMT"), not a year. */
const TIME_WORDS = new Set([
  'gmt',
  'bst',
  'utc',
  'cet',
  'est',
  'et',
  'pst',
  'hours',
  'hrs',
  'local',
]);
/** A four-digit number before these is a measure ("2048 x 1536 pixels"). */
const MEASURE_SIGNS = new Set(['x', '×', '*']);
const RELATIVE_DAYS = new Set(['today', 'yesterday', 'tomorrow']);
const RELATIVE_MODIFIERS = new Set(['last', 'next', 'this']);
const RELATIVE_PERIODS = new Set(['month', 'year']);

/**
 * What a word can begin, in the cases text writes it ("friday", "Friday", "FRIDAY"; months
 * capitalised only, see monthOfWord): one look-up per token, with no lower-casing of every word.
 */
type WordKind = 'month' | 'weekday' | 'relativeDay' | 'modifier';
const WORD_KINDS = new Map<string, WordKind>();
for (const m of MONTHS.keys()) {
  for (const form of [capitalise(m), m.toUpperCase()]) {
    WORD_KINDS.set(form, 'month');
    WORD_KINDS.set(`${form}.`, 'month');
  }
}
for (const [words, kind] of [
  [WEEKDAYS.keys(), 'weekday'],
  [RELATIVE_DAYS, 'relativeDay'],
  [RELATIVE_MODIFIERS, 'modifier'],
] as const) {
  for (const w of words)
    for (const form of [w, capitalise(w), w.toUpperCase()]) WORD_KINDS.set(form, kind);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Every expression in the text that `parseDateText` can pin down to a day, month or year, by
 * token span and in text order: full dates ("May 8, 2025", "8th of May 2025", "2025-05-08"),
 * months of a year, years, yearless days ("May 8"), weekdays (with last/next/this), today,
 * yesterday, tomorrow and last/next/this month or year. An expression never crosses a sentence.
 *
 * Dates that only bound or approximate a period ("since 2003", "between 2001 and 2003", "early
 * 2005", "the end of 2004") are left out, as are words that only look like dates inside names
 * ("Good Friday", "the Sunday Times", "BBC Radio 4's Today programme") and clock times ("1830
 * GMT"): the text states nothing on those days.
 *
 * @example findDateExpressions(analyse('He met Blair on May 8, 2025.')) // [{ firstToken: 4, endToken: 8 }]
 */
export function findDateExpressions(analysed: AnalysedText): DateExpression[] {
  const tokens = analysed.tokens;
  const found: DateExpression[] = [];
  let t = 0;
  while (t < tokens.length) {
    const end = dateExpressionEnd(tokens, t);
    if (end === undefined) {
      t += 1;
      continue;
    }
    if (!isInRange(tokens, t, end) && statesTheDate(tokens, t, end))
      found.push({ firstToken: t, endToken: end });
    t = end;
  }
  return found;
}

/** The end of the date expression starting at token t, or undefined when none starts there. */
function dateExpressionEnd(tokens: Tokens, t: number): number | undefined {
  const value = tokens[t]!.value;
  const code = value.charCodeAt(0);
  if (code >= 48 && code <= 57) return numericDateEnd(tokens, t);
  // Date words have 3 to 10 characters ("Jan", "Sept.", "yesterday"): most tokens stop here.
  if (value.length < 3 || value.length > 10) return undefined;
  switch (WORD_KINDS.get(value)) {
    case 'month':
      return monthFirstEnd(tokens, t);
    case 'weekday':
    case 'relativeDay':
      return t + 1;
    case 'modifier':
      return relativeEnd(tokens, t);
    case undefined:
      return undefined;
  }
}

/** "8 May 2025", "8th of May", "2025-05-08", "2004". */
function numericDateEnd(tokens: Tokens, t: number): number | undefined {
  const value = tokens[t]!.value;
  if (isIsoDayWord(value)) return t + 1;
  if (isDayOfMonth(value)) {
    const of = wordIs(tokens, t + 1, t, 'of') ? t + 2 : t + 1;
    if (monthAt(tokens, of, t)) return yearAfter(tokens, of + 1, t) ?? of + 1;
  }
  return isYearAt(tokens, t, t) ? t + 1 : undefined;
}

/** "May 8, 2025", "May 8", "March 2004", "December, 2004", "March of 2004". */
function monthFirstEnd(tokens: Tokens, t: number): number | undefined {
  if (sameSentence(tokens, t + 1, t) && isDayOfMonth(tokens[t + 1]!.value))
    return yearAfter(tokens, t + 2, t) ?? t + 2;
  if (wordIs(tokens, t + 1, t, 'of')) return isYearAt(tokens, t + 2, t) ? t + 3 : undefined;
  return yearAfter(tokens, t + 1, t);
}

/** "last Thursday", "next month", "this year"; the modifier alone is no date. */
function relativeEnd(tokens: Tokens, t: number): number | undefined {
  const next = lowerWordAt(tokens, t + 1, t);
  if (weekdayOfWord(next) !== undefined || RELATIVE_PERIODS.has(next)) return t + 2;
  return undefined;
}

/** The end of a year at `at`, or after a comma that touches the previous token ("May 8, 2025"). */
function yearAfter(tokens: Tokens, at: number, start: number): number | undefined {
  const comma = tokens[at];
  const previous = tokens[at - 1];
  if (comma?.value === ',' && previous && comma.start === previous.end)
    return isYearAt(tokens, at + 1, start) ? at + 2 : undefined;
  return isYearAt(tokens, at, start) ? at + 1 : undefined;
}

function isYearAt(tokens: Tokens, at: number, start: number): boolean {
  const token = tokens[at];
  return (
    token !== undefined &&
    token.kind === 'number' &&
    sameSentence(tokens, at, start) &&
    isYearNumber(token.value)
  );
}

function monthAt(tokens: Tokens, at: number, start: number): boolean {
  return sameSentence(tokens, at, start) && monthOfWord(tokens[at]!.value) !== undefined;
}

/**
 * Whether the expression at [first, end) states a date, judged by its neighbours: not a bound
 * or part of a period, not a clock time or measure, not a year, weekday or "today" in a name.
 */
function statesTheDate(tokens: Tokens, first: number, end: number): boolean {
  if (isBoundOrPart(tokens, first)) return false;
  const head = tokens[first]!;
  if (end === first + 1 && isYearNumber(head.value)) {
    const after = lowerWordAt(tokens, end, first);
    if (TIME_WORDS.has(after) || MEASURE_SIGNS.has(after)) return false;
    return !followsCurrency(tokens, first) && !followsNameWord(tokens, first);
  }
  if (end === first + 1 && weekdayOfWord(head.value) !== undefined)
    return !followsNameWord(tokens, first) && !namesAfterThe(tokens, first);
  if (RELATIVE_DAYS.has(head.value.toLowerCase())) return !isCapitalisedMidSentence(tokens, first);
  return true;
}

function isBoundOrPart(tokens: Tokens, first: number): boolean {
  const before = lowerWordAt(tokens, first - 1, first);
  if (BOUND_WORDS.has(before) || PART_WORDS.has(before) || before.startsWith('mid-')) return true;
  if (before !== 'of') return false;
  const part = lowerWordAt(tokens, first - 2, first);
  if (PART_OF_WORDS.has(part)) return true;
  return COUNTED_PARTS.has(part) && ORDINALS.has(lowerWordAt(tokens, first - 3, first));
}

/**
 * Whether the expression at [first, end) is an end of a range: the second date of "between …
 * and …" or "from … to …", or the first date of a range that goes on to a second.
 */
function isInRange(tokens: Tokens, first: number, end: number): boolean {
  const before = lowerWordAt(tokens, first - 1, first);
  if (before === 'between') return true;
  if (before === 'from')
    return (
      RANGE_JOINERS.has(lowerWordAt(tokens, end, first)) && isDateWordAt(tokens, end + 1, first)
    );
  if (!RANGE_JOINERS.has(before)) return false;
  // Step back over the first date ("between July and …", "from 8 May 2003 to …").
  let at = first - 2;
  while (at >= first - 5 && isDateWordAt(tokens, at, first)) at -= 1;
  return at < first - 2 && RANGE_OPENERS.has(lowerWordAt(tokens, at, first));
}

/** A token that can be part of a date: a month, a weekday, a day or a year number, "of", ",". */
function isDateWordAt(tokens: Tokens, at: number, anchor: number): boolean {
  if (!sameSentence(tokens, at, anchor)) return false;
  const value = tokens[at]!.value;
  return (
    monthOfWord(value) !== undefined ||
    weekdayOfWord(value) !== undefined ||
    isDayOfMonth(value) ||
    isYearNumber(value) ||
    value === ',' ||
    value === 'of'
  );
}

/**
 * Whether the word before t is a capitalised word inside a sentence that is not a month or a
 * last/next/this: the weekday or year at t ends a name ("Good Friday", "Sheffield Wednesday",
 * "Windows 2000", "Terrorism Act 2000").
 */
function followsNameWord(tokens: Tokens, t: number): boolean {
  const previous = tokens[t - 1];
  if (!previous || !sameSentence(tokens, t - 1, t) || !startsUpper(previous.value)) return false;
  const beforeName = tokens[t - 2];
  if (!sameSentence(tokens, t - 2, t) || beforeName?.kind === 'punctuation') return false;
  return (
    !RELATIVE_MODIFIERS.has(previous.value.toLowerCase()) &&
    monthOfWord(previous.value) === undefined
  );
}

/** "the Sunday Times", "The Saturday Show": a weekday that begins a name after "the". */
function namesAfterThe(tokens: Tokens, t: number): boolean {
  const next = tokens[t + 1];
  return (
    lowerWordAt(tokens, t - 1, t) === 'the' &&
    next !== undefined &&
    sameSentence(tokens, t + 1, t) &&
    startsUpper(next.value) &&
    monthOfWord(next.value) === undefined
  );
}

/** "Today" mid-sentence is a name ("the Today programme", "USA Today"), not the day. */
function isCapitalisedMidSentence(tokens: Tokens, t: number): boolean {
  const token = tokens[t]!;
  if (!startsUpper(token.value)) return false;
  const previous = tokens[t - 1];
  return (
    previous !== undefined && sameSentence(tokens, t - 1, t) && previous.kind !== 'punctuation'
  );
}

function followsCurrency(tokens: Tokens, t: number): boolean {
  const previous = tokens[t - 1];
  return (
    previous !== undefined && previous.kind === 'currency' && previous.end === tokens[t]!.start
  );
}

function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 65 && code <= 90;
}

/** The lower-cased word at `at` when it is in the sentence of `anchor`, else ''. */
function lowerWordAt(tokens: Tokens, at: number, anchor: number): string {
  return sameSentence(tokens, at, anchor) ? tokens[at]!.value.toLowerCase() : '';
}

function wordIs(tokens: Tokens, at: number, anchor: number, word: string): boolean {
  return lowerWordAt(tokens, at, anchor) === word;
}

function sameSentence(tokens: Tokens, at: number, anchor: number): boolean {
  const token = tokens[at];
  return token !== undefined && token.sentence === tokens[anchor]?.sentence;
}
