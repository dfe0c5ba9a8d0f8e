import fc from 'fast-check';
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

/** Optimal string alignment distance by the textbook table, without limits or shortcuts. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance against the full table', () => {
  // A three-letter alphabet makes near misses (one or two edits apart) common.
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 9 });

  it('equals the distance within the limit, and is above the limit beyond it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        const distance = referenceDistance(a, b);
        const found = editDistance(a, b, limit);
        if (distance <= limit) expect(found).toBe(distance);
        else expect(found).toBeGreaterThan(limit);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds one edit between words one swap, letter or change apart', () => {
    expect(editDistance('blair', 'blar', 1)).toBe(1);
    expect(editDistance('blair', 'balir', 1)).toBe(1);
    expect(editDistance('blair', 'blaim', 1)).toBe(1);
    expect(editDistance('blair', 'blairs', 1)).toBe(1);
    expect(editDistance('blair', 'lbiar', 1)).toBe(2);
  });
});
