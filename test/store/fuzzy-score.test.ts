import { editDistance, scoreForm } from '../../src/store/fuzzy-score';

describe('editDistance', () => {
  it('counts substitutions, insertions, deletions and adjacent transpositions as one edit', () => {
    expect(editDistance('shapovalova', 'shapovalava', 2)).toBe(1);
    expect(editDistance('shapovalova', 'shapovalva', 2)).toBe(1);
    expect(editDistance('kremlin', 'kremlinn', 2)).toBe(1);
    expect(editDistance('kremlin', 'kremiln', 2)).toBe(1);
  });

  it('stops early once the limit is exceeded', () => {
    expect(editDistance('moscow', 'beijing', 1)).toBe(2);
  });
});

describe('scoreForm', () => {
  it('gives 1 only to the exact form', () => {
    expect(scoreForm('xi jinping', 'xi jinping')).toBe(1);
    expect(scoreForm('xi', 'xi jinping')).toBeLessThan(1);
  });

  it('scores a one-letter typo above zero and below a correct prefix', () => {
    const typo = scoreForm('yulia shapovalava', 'yulia shapovalova');
    const prefix = scoreForm('yulia shapo', 'yulia shapovalova');
    expect(typo).toBeGreaterThan(0);
    expect(prefix).toBeGreaterThan(typo);
  });

  it('gives zero when a query word matches nothing', () => {
    expect(scoreForm('zanzibar', 'moscow')).toBe(0);
    expect(scoreForm('moscow zanzibar', 'moscow kremlin')).toBe(0);
  });
});
