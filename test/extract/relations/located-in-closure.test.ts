import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'c:no', type: 'Country', forms: ['Norway'] },
    { id: 'l:oslo', type: 'Location', forms: ['Oslo'], kind: 'capital' },
    { id: 'l:bergen', type: 'Location', forms: ['Bergen'], kind: 'city' },
    { id: 'o:olav', type: 'Organization', forms: ['Nordic Aid'] },
    { id: 'o:nord', type: 'Organization', forms: ['Nordbank Securities'] },
  ],
  /^(?!model:)/,
);

describe('withLocatedInClosure', () => {
  it('chains two links that meet at one mention', () => {
    expect(triples('She worked at Nordic Aid in Bergen in western Norway.')).toEqual(
      expect.arrayContaining([
        ['o:olav', 'l:bergen', 'prep:org-in-place'],
        ['l:bergen', 'c:no', 'prep:place-in-place'],
        ['o:olav', 'c:no', 'closure:located-in'],
      ]),
    );
  });

  it('does not chain links from two parts of a sentence that only name the same place', () => {
    const found = triples('Nordbank Securities of Oslo said snow fell across Oslo, Norway.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['o:nord', 'l:oslo', 'prep:org-of-place'],
        ['l:oslo', 'c:no', 'punct:place-comma-place'],
      ]),
    );
    expect(found.filter(([, , rule]) => rule === 'closure:located-in')).toEqual([]);
  });
});
