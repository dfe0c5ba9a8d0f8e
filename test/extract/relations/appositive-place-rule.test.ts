import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'l:yerevan', type: 'Location', forms: ['Yerevan'], kind: 'capital' },
    { id: 'c:am', type: 'Country', forms: ['Armenia'] },
    { id: 'l:gyumri', type: 'Location', forms: ['Gyumri'] },
    { id: 'l:batna', type: 'Location', forms: ['Batna'] },
    { id: 'c:dz', type: 'Country', forms: ['Algeria'] },
    { id: 'l:asia', type: 'Location', forms: ['Asia'] },
    { id: 'c:us', type: 'Country', forms: ['America'] },
    { id: 'l:paris', type: 'Location', forms: ['Paris'], kind: 'capital' },
    { id: 'l:lyon', type: 'Location', forms: ['Lyon'], kind: 'city' },
  ],
  /^apposition:place-/,
);

describe('appositivePlaceRule', () => {
  it('reads "X, the capital of Y" and "X, Y\'s second-largest city"', () => {
    expect(triples('Rescuers flew from Yerevan, the capital of Armenia, at dawn.')).toEqual([
      ['l:yerevan', 'c:am', 'apposition:place-capital-of'],
    ]);
    expect(triples("The quake hit Gyumri, Armenia's second-largest city, at noon.")).toEqual([
      ['l:gyumri', 'c:am', 'apposition:place-country-capital'],
    ]);
  });

  it('reads a compass word before a country: "X, south-east Y"', () => {
    expect(triples('The mayor of Batna, eastern Algeria, was shot.')).toEqual([
      ['l:batna', 'c:dz', 'apposition:place-compass-country'],
    ]);
  });

  it('does not read a list, or a city called the capital of another city, as containment', () => {
    expect(triples('It sold across Asia, South America and Europe.')).toEqual([]);
    expect(triples('Lyon, the gastronomic capital of Paris, they said.')).toEqual([]);
  });
});
