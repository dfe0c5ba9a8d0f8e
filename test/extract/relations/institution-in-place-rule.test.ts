import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'o:icj', type: 'Organization', forms: ['International Court of Justice'] },
    { id: 'o:cox', type: 'Organization', forms: ['Cox Packing Co.'] },
    { id: 'o:kmart', type: 'Organization', forms: ['K mart'] },
    { id: 'o:rovers', type: 'Organization', forms: ['Rovers'] },
    { id: 'o:cornell', type: 'Organization', forms: ['Cornell University'] },
    { id: 'l:hague', type: 'Location', forms: ['The Hague'] },
    { id: 'l:devine', type: 'Location', forms: ['Devine'] },
    { id: 'l:troy', type: 'Location', forms: ['Troy'] },
    { id: 'l:ny', type: 'Location', forms: ['New York'] },
    { id: 'p:roe', type: 'Person', forms: ['Jane Roe'] },
  ],
  /^(?:prep:institution-in-place|participle:org-based-in|noun:org-headquarters-in)$/,
);

describe('institutionInPlaceRule', () => {
  it('places a named institution or company in the town after "in"', () => {
    expect(triples('The case went to the International Court of Justice in The Hague.')).toEqual([
      ['o:icj', 'l:hague', 'prep:institution-in-place'],
    ]);
    expect(triples('The beef was packed by Cox Packing Co. in Devine.')).toEqual([
      ['o:cox', 'l:devine', 'prep:institution-in-place'],
    ]);
  });

  it('places a body whose headquarters are in a town', () => {
    expect(triples('Jane Roe spoke at K mart headquarters in nearby Troy on Monday.')).toEqual([
      ['o:kmart', 'l:troy', 'noun:org-headquarters-in'],
    ]);
    expect(triples('Jane Roe said K mart shoppers in Troy were angry.')).toEqual([]);
  });

  it('places a body "based in" a town, whatever governs the body', () => {
    expect(triples('Jane Roe, a spokeswoman for K mart based in Troy, spoke.')).toEqual([
      ['o:kmart', 'l:troy', 'participle:org-based-in'],
    ]);
  });

  it('does not place a body whose name says nothing fixed, or a truncated place name', () => {
    expect(triples('Jane Roe scored for Rovers in Troy.')).toEqual([]);
    expect(triples('Cornell University in New York State admitted her.')).toEqual([]);
  });
});
