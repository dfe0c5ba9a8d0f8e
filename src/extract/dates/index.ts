export type { CalendarDay } from './calendar-day';
export { extractDates } from './extract-dates';
export { parseDateText } from './parse-date-text';
export type { DateContext } from './parse-date-text';
export { findReferenceDay } from './reference-day';
export type { ReferenceDay } from './reference-day';
export { isHolidayName } from './date-words';
