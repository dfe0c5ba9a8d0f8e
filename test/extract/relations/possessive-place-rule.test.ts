import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'l:beijing', type: 'Location', forms: ['Beijing'], kind: 'capital' },
    { id: 'l:square', type: 'Location', forms: ['Tiananmen Square'] },
    { id: 'c:pk', type: 'Country', forms: ['Pakistan'] },
    { id: 'l:sindh', type: 'Location', forms: ['Sindh'] },
    { id: 'c:de', type: 'Country', forms: ['Germany'] },
    { id: 'l:hexal', type: 'Location', forms: ['Hexal'] },
    { id: 'c:iq', type: 'Country', forms: ['Iraq'] },
    { id: 'c:kw', type: 'Location', forms: ['Kuwait Bay'] },
    { id: 'c:bosnia', type: 'Location', forms: ['Bosnia'] },
    { id: 'l:sarajevo', type: 'Location', forms: ['Sarajevo'], kind: 'capital' },
  ],
  /^possessive:(?:place-location|country-capital)$/,
);

describe('possessivePlaceRule', () => {
  it('places a site or an area in the place that possesses it', () => {
    expect(triples("Crowds filled Beijing's Tiananmen Square.")).toEqual([
      ['l:square', 'l:beijing', 'possessive:place-location'],
    ]);
    expect(triples("Floods hit Pakistan's Sindh province.")).toEqual([
      ['l:sindh', 'c:pk', 'possessive:place-location'],
    ]);
  });

  it('does not read a firm the tagger took for a place, or a place modifying a noun, as held', () => {
    expect(triples("Novartis bought Germany's Hexal.")).toEqual([]);
    expect(triples("Iraq's Kuwait Bay blockade ended.")).toEqual([]);
  });
});

describe('possessive:country-capital', () => {
  it('lets any place own its capital, not only a country', () => {
    expect(triples("Bosnia's capital, Sarajevo, was shelled.")).toEqual([
      ['l:sarajevo', 'c:bosnia', 'possessive:country-capital'],
    ]);
  });
});
