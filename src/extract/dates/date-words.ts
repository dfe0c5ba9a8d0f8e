/**
 * The words dates are made of, shared by the finder (which reads tokens) and the parser (which
 * reads the expression's text), so both agree on what a month, weekday, day or year is.
 */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
]);

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay counts. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
]);

/** The years a bare four-digit number may name: the parser normalises no others. */
const YEAR = /^(?:1[89]\d\d|2[01]\d\d)$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/i;

/**
 * The month a token names: "March", "Sept.", "Dec". Capitalised only: "may" and "march" are
 * far more often a verb or a noun, and news text capitalises its months.
 */
export function monthOfWord(word: string): number | undefined {
  const first = word.charCodeAt(0);
  if (first < 65 || first > 90) return undefined;
  const key = word.endsWith('.') ? word.slice(0, -1) : word;
  if (key.length > 9) return undefined;
  return MONTHS.get(key.toLowerCase());
}

/** The weekday a token names, in any case ("Friday", "friday"). */
export function weekdayOfWord(word: string): number | undefined {
  return word.length > 9 ? undefined : WEEKDAYS.get(word.toLowerCase());
}

/** Whether a token can be the day of a month: 1–31, with or without an ordinal suffix. */
export function isDayOfMonth(word: string): boolean {
  const m = DAY.exec(word);
  if (!m) return false;
  const day = Number(m[1]);
  return day >= 1 && day <= 31;
}

export function isYearNumber(word: string): boolean {
  return YEAR.test(word);
}

/** A whole ISO 8601 day as one token ("2025-05-08"), as wink tokenises it. */
export function isIsoDayWord(word: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(word);
}

/**
 * Days of the year known by name. The statistical tagger, trained on capitals and context,
 * reads "sales since Christmas" as a person; a holiday is a date, never a person, organisation
 * or place. Lower case, straight apostrophes.
 */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  'christmas',
  'christmas day',
  'christmas eve',
  'boxing day',
  'new year',
  "new year's day",
  "new year's eve",
  'hogmanay',
  'easter',
  'easter sunday',
  'easter monday',
  'good friday',
  'lent',
  'halloween',
  'thanksgiving',
  "valentine's day",
  "st valentine's day",
  "st patrick's day",
  "mother's day",
  "father's day",
  'bonfire night',
  'ramadan',
  'eid',
  'diwali',
  'hanukkah',
  'passover',
  'yom kippur',
  'rosh hashanah',
]);

/** Whether a name is a holiday's ("Christmas", "the Easter", "New Year’s Day"). */
export function isHolidayName(name: string): boolean {
  return HOLIDAYS.has(
    name
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
