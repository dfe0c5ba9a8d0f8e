import type { StatedDate } from '../../model/extraction';
import type { CalendarDay } from './calendar-day';
import { addDays, isValidDay, isoDay, isoMonth, weekdayOf } from './calendar-day';
import { MONTHS, WEEKDAYS } from './date-words';

export interface DateContext {
  /** The day the article speaks from (its publication date); relative dates need it. */
  reference?: CalendarDay;
  /** Whether the surrounding clause speaks of the future ("will meet on Thursday"). */
  future?: boolean;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[89]\\d\\d|2[01]\\d\\d)';

const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+${DAY},?\\s+${YEAR}$`);
const DAY_MONTH_YEAR = new RegExp(`^${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}$`);
const MONTH_DAY = new RegExp(`^${MONTH}\\s+${DAY}$`);
const DAY_MONTH = new RegExp(`^${DAY}\\s+(?:of\\s+)?${MONTH}$`);
const MONTH_YEAR = new RegExp(`^${MONTH},?\\s+(?:of\\s+)?${YEAR}$`);
const YEAR_ONLY = new RegExp(`^(?:in\\s+)?${YEAR}$`);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY =
  /^(?:(last|next|this|on)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/;
const RELATIVE_DAY: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };
const RELATIVE_PERIOD = /^(last|next|this)\s+(month|year)$/;

/**
 * Normalise a date expression to ISO 8601 with its precision, or undefined when it names no
 * single day, month or year we can pin down ("last week", "the 1990s", "May 8" with no
 * reference year). Relative expressions resolve against `context.reference`; a bare weekday
 * means the most recent such day on or before the reference, unless the clause is future.
 *
 * @example parseDateText('May 8, 2025') // { value: '2025-05-08', precision: 'day' }
 */
export function parseDateText(text: string, context: DateContext = {}): StatedDate | undefined {
  const s = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^the\s+/, '')
    .trim();
  let m = MONTH_DAY_YEAR.exec(s);
  if (m) return day(Number(m[3]), month(m[1]), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return day(Number(m[3]), month(m[2]), Number(m[1]));
  m = ISO_DAY.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_YEAR.exec(s);
  if (m) return { value: isoMonth(Number(m[2]), month(m[1])), precision: 'month' };
  m = YEAR_ONLY.exec(s);
  if (m) return { value: String(m[1]), precision: 'year' };

  const ref = context.reference;
  if (!ref) return undefined;
  m = MONTH_DAY.exec(s);
  if (m) return dayInReferenceYear(ref, month(m[1]), Number(m[2]), context.future === true);
  m = DAY_MONTH.exec(s);
  if (m) return dayInReferenceYear(ref, month(m[2]), Number(m[1]), context.future === true);
  m = WEEKDAY.exec(s);
  if (m) return weekday(ref, WEEKDAYS.get(m[2] as string) as number, m[1], context.future === true);
  const relativeDay = RELATIVE_DAY[s];
  if (relativeDay !== undefined)
    return { value: isoDay(addDays(ref, relativeDay)), precision: 'day' };
  m = RELATIVE_PERIOD.exec(s);
  if (m) return period(ref, m[1] as string, m[2] as string);
  return undefined;
}

function month(name: string | undefined): number {
  return MONTHS.get((name ?? '').replace('.', '')) ?? 0;
}

function day(year: number, monthNumber: number, dayNumber: number): StatedDate | undefined {
  if (!isValidDay(year, monthNumber, dayNumber)) return undefined;
  return { value: isoDay({ year, month: monthNumber, day: dayNumber }), precision: 'day' };
}

/** "May 8" in an article of 2025-05-10 is 2025-05-08; in one of 2025-01-03 it was last year's. */
function dayInReferenceYear(
  ref: CalendarDay,
  monthNumber: number,
  dayNumber: number,
  future: boolean,
): StatedDate | undefined {
  const sameYear = day(ref.year, monthNumber, dayNumber);
  if (!sameYear) return undefined;
  const monthsAway = monthNumber - ref.month + (dayNumber - ref.day) / 31;
  // Past-tense news about a date more than ~6 months ahead is about last year, and vice versa.
  if (!future && monthsAway > 6) return day(ref.year - 1, monthNumber, dayNumber);
  if (future && monthsAway < -6) return day(ref.year + 1, monthNumber, dayNumber);
  return sameYear;
}

function weekday(
  ref: CalendarDay,
  target: number,
  modifier: string | undefined,
  future: boolean,
): StatedDate {
  const today = weekdayOf(ref);
  const forward = modifier === 'next' || (modifier !== 'last' && future);
  let delta: number;
  if (forward) delta = (target - today + 7) % 7 || 7;
  else delta = -((today - target + 7) % 7);
  if (modifier === 'last' && delta === 0) delta = -7;
  return { value: isoDay(addDays(ref, delta)), precision: 'day' };
}

function period(ref: CalendarDay, modifier: string, unit: string): StatedDate {
  const delta = modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0;
  if (unit === 'year') return { value: String(ref.year + delta), precision: 'year' };
  const index = ref.year * 12 + (ref.month - 1) + delta;
  return { value: isoMonth(Math.floor(index / 12), (index % 12) + 1), precision: 'month' };
}
