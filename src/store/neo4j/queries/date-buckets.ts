import { InvalidInputError } from '../../../errors';
import type { Bucket } from '../../graph-queries';

const DAY_MS = 86_400_000;

/**
 * The ISO date of the first day of the bucket holding `date` (an ISO date or date-time; its own
 * calendar day counts, whatever the offset). Weeks start on Monday. A date with only a year or
 * a month falls in that period's first day.
 */
export function bucketStart(date: string, bucket: Bucket): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) throw new InvalidInputError(`expected an ISO date, found '${date}'`);
  const year = match[1] as string;
  const month = match[2] ?? '01';
  const day = match[3] ?? '01';
  switch (bucket) {
    case 'DAY':
      return `${year}-${month}-${day}`;
    case 'MONTH':
      return `${year}-${month}-01`;
    case 'WEEK': {
      const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
      const sinceMonday = (new Date(time).getUTCDay() + 6) % 7;
      return new Date(time - sinceMonday * DAY_MS).toISOString().slice(0, 10);
    }
    default: {
      const unknown: never = bucket;
      throw new InvalidInputError(`unknown bucket ${String(unknown)}`);
    }
  }
}
