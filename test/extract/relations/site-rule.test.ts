import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'l:flats', type: 'Location', forms: ['Rocky Flats'] },
    { id: 'l:colorado', type: 'Location', forms: ['Colorado'] },
    { id: 'l:beach', type: 'Location', forms: ['Brighton Beach'] },
    { id: 'l:brooklyn', type: 'Location', forms: ['Brooklyn'] },
    { id: 'l:umbria', type: 'Location', forms: ['Umbria'] },
    { id: 'l:lazio', type: 'Location', forms: ['Lazio'] },
    { id: 'c:it', type: 'Country', forms: ['Italy'] },
    { id: 'l:soviet', type: 'Location', forms: ['Soviet'] },
    { id: 'l:byelorussia', type: 'Location', forms: ['Byelorussia'] },
    { id: 'l:pabnjachel', type: 'Location', forms: ['Pabnjachel'] },
    { id: 'l:solola', type: 'Location', forms: ['Solola'] },
  ],
  /^noun:(?:site-in-place|place-holding-place)$/,
);

describe('siteRule', () => {
  it('places a site or a part of a place in the place after "in" or "of"', () => {
    expect(triples('Agents raided the Rocky Flats plutonium plant in Colorado.')).toEqual([
      ['l:flats', 'l:colorado', 'noun:site-in-place'],
    ]);
    expect(triples('He lives in the Brighton Beach section of Brooklyn.')).toEqual([
      ['l:beach', 'l:brooklyn', 'noun:site-in-place'],
    ]);
  });

  it('places both of two places joined by "and" before the site noun', () => {
    expect(triples('Police in Umbria and Lazio provinces in central Italy made arrests.')).toEqual([
      ['l:lazio', 'c:it', 'noun:site-in-place'],
      ['l:umbria', 'c:it', 'noun:site-in-place'],
    ]);
  });

  it('reads "the X republic of Y" as X holding Y', () => {
    expect(triples('He was made bishop in the Soviet republic of Byelorussia.')).toEqual([
      ['l:byelorussia', 'l:soviet', 'noun:place-holding-place'],
    ]);
  });

  it('does not read a prepositional phrase as the qualifier of a site', () => {
    expect(
      triples('They were found in Pabnjachel in the northwestern department of Solola.'),
    ).toEqual([]);
  });
});
