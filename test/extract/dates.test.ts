import { createAnalyser } from '../../src/extract/nlp';
import { extractDates, findReferenceDay, parseDateText } from '../../src/extract/dates';

const thursday8May2025 = { year: 2025, month: 5, day: 8 };

describe('parseDateText', () => {
  it.each([
    ['May 8, 2025', '2025-05-08', 'day'],
    ['8 May 2025', '2025-05-08', 'day'],
    ['March 2004', '2004-03', 'month'],
    ['2022', '2022', 'year'],
    ['2025-05-08', '2025-05-08', 'day'],
  ])('normalises the absolute date %s to %s', (text, value, precision) => {
    expect(parseDateText(text)).toEqual({ value, precision });
  });

  it('rejects impossible days instead of rolling them over', () => {
    expect(parseDateText('February 30, 2024')).toBeUndefined();
  });

  it('leaves relative dates unresolved without a reference day', () => {
    expect(parseDateText('Thursday')).toBeUndefined();
    expect(parseDateText('yesterday')).toBeUndefined();
    expect(parseDateText('May 8')).toBeUndefined();
  });

  it('resolves a weekday to the most recent such day on or before the reference', () => {
    expect(parseDateText('Thursday', { reference: thursday8May2025 })?.value).toBe('2025-05-08');
    expect(parseDateText('Monday', { reference: thursday8May2025 })?.value).toBe('2025-05-05');
    expect(parseDateText('last Thursday', { reference: thursday8May2025 })?.value).toBe(
      '2025-05-01',
    );
  });

  it('resolves a weekday forwards in a future clause', () => {
    expect(parseDateText('Monday', { reference: thursday8May2025, future: true })?.value).toBe(
      '2025-05-12',
    );
  });

  it('resolves yesterday, last month and a yearless day against the reference', () => {
    const reference = { year: 2025, month: 1, day: 1 };
    expect(parseDateText('yesterday', { reference })).toEqual({
      value: '2024-12-31',
      precision: 'day',
    });
    expect(parseDateText('last month', { reference })).toEqual({
      value: '2024-12',
      precision: 'month',
    });
    expect(parseDateText('December 20', { reference })?.value).toBe('2024-12-20');
  });

  it('does not pretend "last week" is a day', () => {
    expect(parseDateText('last week', { reference: thursday8May2025 })).toBeUndefined();
  });
});

describe('extractDates', () => {
  const analyse = createAnalyser();

  it('gives text offsets and ISO values for the dates it finds', () => {
    const text = 'He met Blair in March 2004. They spoke again on Thursday and yesterday.';
    const dates = extractDates(analyse(text), thursday8May2025);
    expect(dates.map((d) => [d.text, d.value, d.precision])).toEqual([
      ['March 2004', '2004-03', 'month'],
      ['Thursday', '2025-05-08', 'day'],
      ['yesterday', '2025-05-07', 'day'],
    ]);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('reads a full date with a comma before the year as one day, not a day and a year', () => {
    const dates = extractDates(analyse('He was born on 25 August, 1938.'), thursday8May2025);
    expect(dates.map((d) => [d.text, d.value, d.precision])).toEqual([
      ['25 August, 1938', '1938-08-25', 'day'],
    ]);
  });

  it('does not date the BBC Today programme to the reference day', () => {
    const text = "Sir Digby Jones told the BBC's Today programme so today.";
    expect(extractDates(analyse(text), thursday8May2025).map((d) => d.text)).toEqual(['today']);
  });

  it('reads "will … on Monday" as the coming Monday', () => {
    const dates = extractDates(analyse('The leaders will meet on Monday.'), thursday8May2025);
    expect(dates[0]?.value).toBe('2025-05-12');
  });
});

describe('findReferenceDay', () => {
  it('prefers the publication date', () => {
    expect(findReferenceDay('2005-03-01T12:00:00Z', 'On May 8, 2025 …')).toEqual({
      day: { year: 2005, month: 3, day: 1 },
      from: 'publishedAt',
    });
  });

  it('falls back to the latest full date in the text, then in removed captions', () => {
    expect(
      findReferenceDay(undefined, 'Signed on 2 May 2020, ratified on June 1, 2021.')?.day,
    ).toEqual({ year: 2021, month: 6, day: 1 });
    const fromCaption = findReferenceDay(undefined, 'Xi met Putin on Thursday.', [
      'Putin guides Xi at the Kremlin in Moscow on May 8, 2025.',
    ]);
    expect(fromCaption).toEqual({ day: thursday8May2025, from: 'dating-context' });
  });

  it('has nothing to go on when no full date is stated anywhere', () => {
    expect(findReferenceDay(undefined, 'It happened in 2022 on a Thursday.')).toBeUndefined();
  });
});
