import { locatedInTriples } from './located-in-test-triples';

const triples = locatedInTriples(
  [
    { id: 'l:smyrna', type: 'Location', forms: ['Smyrna'] },
    { id: 'l:tenn', type: 'Location', forms: ['Tenn.', 'Tennessee'] },
    { id: 'l:lemoore', type: 'Location', forms: ['Lemoore'] },
    { id: 'l:calif', type: 'Location', forms: ['Calif.'] },
    { id: 'l:station', type: 'Location', forms: ['Naval Air Station'] },
    { id: 'o:acme', type: 'Organization', forms: ['Acme Tool Works'] },
    { id: 'l:camden', type: 'Location', forms: ['Camden'] },
    { id: 'l:nj', type: 'Location', forms: ['N.J.'] },
    { id: 'l:salem', type: 'Location', forms: ['Salem'] },
    { id: 'l:eugene', type: 'Location', forms: ['Eugene'] },
    { id: 'l:oregon', type: 'Location', forms: ['Oregon'] },
    { id: 'l:utah', type: 'Location', forms: ['Utah'] },
    { id: 'l:texas', type: 'Location', forms: ['Texas'] },
    { id: 'l:ohio', type: 'Location', forms: ['Ohio'] },
    { id: 'l:pittsburgh', type: 'Location', forms: ['Pittsburgh'], kind: 'city' },
    { id: 'l:tampa', type: 'Location', forms: ['Tampa'], kind: 'city' },
    { id: 'l:fla', type: 'Location', forms: ['Fla.'] },
    { id: 'l:boston', type: 'Location', forms: ['Boston'], kind: 'city' },
    { id: 'l:denver', type: 'Location', forms: ['Denver'], kind: 'city' },
    { id: 'l:colorado', type: 'Location', forms: ['Colorado'] },
  ],
  /^address:/,
);

describe('addressRule', () => {
  it('places a town in the state abbreviated after it, whatever follows the state', () => {
    expect(triples('He grew up in Smyrna, Tenn. and studied in Boston.')).toEqual([
      ['l:smyrna', 'l:tenn', 'address:place-state'],
    ]);
  });

  it('reads a site, its town and the state as a chain, a named body heading it too', () => {
    expect(triples('Naval Air Station, Lemoore, Calif.;')).toEqual(
      expect.arrayContaining([
        ['l:lemoore', 'l:calif', 'address:place-state'],
        ['l:station', 'l:lemoore', 'address:site-town'],
        ['l:station', 'l:calif', 'address:site-town'],
      ]),
    );
    expect(triples('Orders went to Acme Tool Works, Camden, N.J., last week.')).toEqual(
      expect.arrayContaining([
        ['o:acme', 'l:camden', 'address:site-town'],
        ['o:acme', 'l:nj', 'address:site-town'],
      ]),
    );
  });

  it('places every town of an "and" list in the state written after the last', () => {
    expect(triples('Storms hit Salem and Eugene, Oregon, on Monday.')).toEqual([
      ['l:eugene', 'l:oregon', 'address:place-state'],
      ['l:salem', 'l:oregon', 'address:towns-state'],
    ]);
  });

  it('does not read a list of states, or a full state name that starts a list, as an address', () => {
    expect(triples('Voters in Texas, Ohio and Tennessee were polled.')).toEqual([]);
    expect(triples('Flights to Denver, Colorado and Utah were cancelled.')).toEqual([]);
  });

  it('does not put a city at the head of a comma list inside the next place', () => {
    expect(triples('Teachers in Pittsburgh, Tampa, Fla., and Boston won raises.')).toEqual([
      ['l:tampa', 'l:fla', 'address:place-state'],
    ]);
  });
});
