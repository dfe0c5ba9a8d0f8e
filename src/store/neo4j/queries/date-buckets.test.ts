import { bucketStart } from './date-buckets';

describe('bucketStart', () => {
  it('starts weeks on Monday, across a month and a year boundary', () => {
    expect(bucketStart('2025-01-01T10:00:00.000Z', 'WEEK')).toBe('2024-12-30');
    expect(bucketStart('2024-12-29', 'WEEK')).toBe('2024-12-23');
    expect(bucketStart('2024-12-30', 'WEEK')).toBe('2024-12-30');
  });

  it('gives the first day of the month, and the day itself', () => {
    expect(bucketStart('2025-03-17T23:59:00+05:00', 'MONTH')).toBe('2025-03-01');
    expect(bucketStart('2025-03-17T23:59:00+05:00', 'DAY')).toBe('2025-03-17');
  });

  it('puts a year-only or month-only date at the start of that period', () => {
    expect(bucketStart('2025', 'DAY')).toBe('2025-01-01');
    expect(bucketStart('2025-06', 'MONTH')).toBe('2025-06-01');
  });

  it('rejects what is not an ISO date', () => {
    expect(() => bucketStart('yesterday', 'DAY')).toThrow(
      "expected an ISO date, found 'yesterday'",
    );
  });
});
