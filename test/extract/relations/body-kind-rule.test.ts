import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'c:us', type: 'Country', forms: ['US'] },
    { id: 'c:de', type: 'Country', forms: ['German'] },
    { id: 'l:hk', type: 'Location', forms: ['Hong Kong'] },
    { id: 'l:amman', type: 'Location', forms: ['Amman'], kind: 'capital' },
    { id: 'o:wf', type: 'Organization', forms: ['Wells Fargo'] },
    { id: 'o:lh', type: 'Organization', forms: ['Lufthansa'] },
    { id: 'o:shk', type: 'Organization', forms: ['Sun Hung Kai Properties'] },
    { id: 'o:cbi', type: 'Organization', forms: ['Credit Bank of Iraq'] },
    { id: 'o:efb', type: 'Organization', forms: ['Export & Finance Bank'] },
  ],
  /^(?:compound:place-kind-org|apposition:org-place-kind)$/,
  new Set(['c:de']),
);

describe('bodyKindRule', () => {
  it('places a body introduced as "the <place> <kind> <name>"', () => {
    expect(triples('Barclays held talks with the US bank Wells Fargo.')).toEqual([
      ['o:wf', 'c:us', 'compound:place-kind-org'],
    ]);
  });

  it('places a body followed by "a <place> <kind>" in apposition', () => {
    expect(triples('Sun Hung Kai Properties, a Hong Kong construction firm, bid too.')).toEqual([
      ['o:shk', 'l:hk', 'apposition:org-place-kind'],
    ]);
  });

  it('does not read a kind that names no body, a demonym, or a kind that opens the next name', () => {
    expect(triples('The US court ruled that Wells Fargo must pay.')).toEqual([]);
    expect(triples('US voters rejected Wells Fargo.')).toEqual([]);
    expect(triples('German airline Lufthansa may sue.')).toEqual([]);
    expect(
      triples(
        'Buyers included Credit Bank of Iraq, the Amman investment bank Export & Finance Bank and others.',
      ),
    ).toEqual([['o:efb', 'l:amman', 'compound:place-kind-org']]);
  });
});
