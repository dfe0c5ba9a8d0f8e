import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'c:no', type: 'Country', forms: ['Norway'] },
    { id: 'l:oslo', type: 'Location', forms: ['Oslo'], kind: 'capital' },
    { id: 'o:coast', type: 'Organization', forms: ['Coastal Administration'] },
    { id: 'o:dagbladet', type: 'Organization', forms: ['DAGBLADET'] },
    { id: 'o:nord', type: 'Organization', forms: ['Nordbank'] },
    { id: 'o:reuters', type: 'Organization', forms: ['Reuters'], kind: 'news agency' },
    { id: 'o:un', type: 'Organization', forms: ['UN'], kind: 'international organisation' },
    { id: 'o:labour', type: 'Organization', forms: ['Labour Party'] },
    { id: 'o:court', type: 'Organization', forms: ['State Supreme Court'] },
    { id: 'o:fair', type: 'Organization', forms: ['Trade Fair'] },
  ],
  /^compound:place-org$/,
);

describe('placeOrgCompoundRule', () => {
  it('places a body named right after a place there', () => {
    expect(triples('The Norway Coastal Administration closed the port.')).toEqual([
      ['o:coast', 'c:no', 'compound:place-org'],
    ]);
    expect(triples('Oslo DAGBLADET in Norwegian 2 May 94 p 3')).toEqual([
      ['o:dagbladet', 'l:oslo', 'compound:place-org'],
    ]);
  });

  it('does not place a news agency, an international body, a party or a gathering there', () => {
    expect(triples('Oslo Reuters said on Monday that talks failed.')).toEqual([]);
    expect(triples('Delegates of the Oslo UN spoke.')).toEqual([]);
    expect(triples('The Oslo Labour Party chose a leader.')).toEqual([]);
    expect(triples('The Oslo Trade Fair opened.')).toEqual([]);
  });

  it('does not read a name that modifies a noun, or finishes the place name, as the body', () => {
    expect(triples('Norway Nordbank shares fell.')).toEqual([]);
    expect(triples('She sued at Oslo State Supreme Court.')).toEqual([]);
  });
});

describe('placeOrgCompoundRule with demonyms', () => {
  const withDemonym = locatedInTriples(
    [
      { id: 'c:no', type: 'Country', forms: ['Norwegian'] },
      { id: 'o:coast', type: 'Organization', forms: ['Coastal Administration'] },
    ],
    /^compound:place-org$/,
    new Set(['c:no']),
  );

  it('does not place a body by a demonym before its name', () => {
    expect(withDemonym('The Norwegian Coastal Administration closed the port.')).toEqual([]);
  });
});
