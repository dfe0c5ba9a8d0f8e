import { findDateExpressions } from '../../src/extract/dates/find-date-expressions';
import { createAnalyser } from '../../src/extract/nlp';

const analyse = createAnalyser();

/** The text of each date expression found, in order. */
function datesIn(text: string): string[] {
  const analysed = analyse(text);
  return findDateExpressions(analysed).map((e) => {
    const first = analysed.tokens[e.firstToken]!;
    const last = analysed.tokens[e.endToken - 1]!;
    return text.slice(first.start, last.end);
  });
}

describe('findDateExpressions', () => {
  it.each([
    ['They met on May 8, 2025 in Moscow.', 'May 8, 2025'],
    ['They met on May 8 2025 in Moscow.', 'May 8 2025'],
    ['It fell on Sept. 11th, 2001.', 'Sept. 11th, 2001'],
    ['They met on 8 May 2025 in Moscow.', '8 May 2025'],
    ['They met on the 8th of May 2025.', '8th of May 2025'],
    ['He was born on 25 August, 1938.', '25 August, 1938'],
    ['It was published on 2025-05-08.', '2025-05-08'],
    ['He met Blair in March 2004.', 'March 2004'],
    ['Their father died in July, 2002.', 'July, 2002'],
    ['He met Blair in 2004.', '2004'],
    ['They meet again on May 9.', 'May 9'],
    ['They meet again on 9 May.', '9 May'],
    ['They spoke on Thursday.', 'Thursday'],
    ['They spoke last Thursday.', 'last Thursday'],
    ['They speak next Monday.', 'next Monday'],
    ['They spoke yesterday.', 'yesterday'],
    ['Today the talks resumed.', 'Today'],
    ['Sales rose last month.', 'last month'],
    ['Sales will rise next year.', 'next year'],
    ['Profits for 2004 rose by 5%.', '2004'],
  ])('finds the date in "%s"', (text, date) => {
    expect(datesIn(text)).toEqual([date]);
  });

  it('finds every date of a sentence in text order', () => {
    expect(datesIn('He met Blair in March 2004 and again on Thursday and yesterday.')).toEqual([
      'March 2004',
      'Thursday',
      'yesterday',
    ]);
  });

  it('finds each year of a list', () => {
    expect(datesIn('Donations in 2001, 2002 and 2003 rose.')).toEqual(['2001', '2002', '2003']);
  });

  it.each([
    ['since 2003', 'Prices have risen since 2003.'],
    ['until 2007', 'The deal runs until 2007.'],
    ['by March 2005', 'It must end by March 2005.'],
    ['around 2004', 'It began around 2004.'],
    ['between two dates', 'Sales fell between 2001 and 2003.'],
    ['between two months', 'Sales fell between March and October 2004.'],
    ['from one date to another', 'The target moved from 2005 to 2006.'],
  ])('leaves out a date that only bounds a period (%s)', (_, text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it('keeps a date that starts something without an end ("from 2007")', () => {
    expect(datesIn('Output will rise from 2007.')).toEqual(['2007']);
  });

  it.each([
    ['early 2005', 'Talks resume in early 2005.'],
    ['summer 2005', 'Talks resume in summer 2005.'],
    ['the end of 2004', 'Talks resumed at the end of 2004.'],
    ['the first half of 2005', 'Sales fell in the first half of 2005.'],
    ['mid-June 2004', 'It was sent in mid-June 2004.'],
  ])('leaves out a part of a year rather than widening it to the year (%s)', (_, text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it('does not read a clock time as a year', () => {
    expect(datesIn('The meeting starts at 1830 GMT.')).toEqual([]);
    expect(datesIn('The bomb was set to explode at 2100 local time.')).toEqual([]);
  });

  it('does not read an amount of money or a measure as a year', () => {
    expect(datesIn('He paid £2000 for it.')).toEqual([]);
    expect(datesIn('Screens of 2048 x 1536 pixels.')).toEqual([]);
  });

  it.each([
    ['Good Friday', 'They marched on Good Friday.'],
    ['Sheffield Wednesday', 'They drew at home to Sheffield Wednesday.'],
    ['the Sunday Times', 'He told the Sunday Times so.'],
    ['Windows 2000', 'It infects machines running Windows 2000.'],
    ['the Today programme', "He told the BBC's Today programme."],
    ['USA Today', 'He told USA Today so.'],
  ])('leaves out a weekday, year or "Today" inside a name (%s)', (_, text) => {
    expect(datesIn(text)).toEqual([]);
  });

  it('reads a year after an opening quote as a date, not as part of a name', () => {
    expect(datesIn('"In 2004, our company gained momentum," he said.')).toEqual(['2004']);
  });

  it('does not take a lower-case "may" or "march" for a month', () => {
    expect(datesIn('Prices may 2 fall; they march 3 miles.')).toEqual([]);
  });

  it('takes no word for a month or weekday because it names a property of every object', () => {
    expect(datesIn('Constructor 5 won; the ToString 3 lost.')).toEqual([]);
  });

  it('does not join a date across a sentence break', () => {
    expect(datesIn('He arrived in May. 2005 was a good year.')).toEqual(['2005']);
  });
});
