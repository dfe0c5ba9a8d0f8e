import { InvalidInputError } from '../../../errors';
import type { Bucket } from '../../graph-queries';

const DAY_MS = 86_400_000;

/**
 * The first day of the bucket holding `date`: its first 10 characters are the calendar day (no
 * time-zone shift), a partial date (YYYY-MM, YYYY) is its first day, weeks start on Monday.
 */
export function bucketStart(date: string, bucket: Bucket): string {
  const day =
    date.length >= 10
      ? date.slice(0, 10)
      : date.length === 7
        ? `${date}-01`
        : `${date.slice(0, 4)}-01-01`;
  switch (bucket) {
    case 'DAY':
      return day;
    case 'MONTH':
      return `${day.slice(0, 7)}-01`;
    case 'WEEK': {
      const at = Date.parse(`${day}T00:00:00Z`);
      const daysSinceMonday = (new Date(at).getUTCDay() + 6) % 7;
      return new Date(at - daysSinceMonday * DAY_MS).toISOString().slice(0, 10);
    }
    default: {
      const unknown: never = bucket;
      throw new InvalidInputError(`bucket must be DAY, WEEK or MONTH, found ${String(unknown)}`);
    }
  }
}
