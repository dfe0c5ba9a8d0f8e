import { findGazetteerMatches, loadGazetteer, loadKnownPlaces } from '../../src/extract/gazetteer';

const gazetteer = loadGazetteer();
const places = loadKnownPlaces(gazetteer);

function organisationsIn(text: string): string[] {
  const tokens = text.split(' ').map((value) => ({ value }));
  return findGazetteerMatches(gazetteer, tokens).flatMap((m) =>
    m.hits.filter((h) => h.entry.type === 'Organization').map((h) => h.entry.name),
  );
}

describe('loadKnownPlaces', () => {
  it('knows towns below the gazetteer cut, nations, subdivisions and regions', () => {
    for (const name of ['Bath', 'Chelsea', 'Wembley', 'Wales', 'Scotland', 'Texas', 'Asia']) {
      expect([name, places.has(name)]).toEqual([name, true]);
    }
    for (const name of ['Middle East', 'East Midlands', 'Leinster', 'Leicestershire']) {
      expect([name, places.has(name)]).toEqual([name, true]);
    }
  });

  it('knows every place the gazetteer matches in text, by any of its names', () => {
    expect(places.has('Moscow')).toBe(true);
    expect(places.has('Kremlin')).toBe(true);
    expect(places.has('Russian Federation')).toBe(true);
    expect(places.has('são paulo')).toBe(true);
  });

  it('does not know clubs, products, parties or villages too small to matter', () => {
    for (const name of ['Arsenal', 'Xbox', 'Oscar', 'Aviator', 'Tory', 'Man Utd', 'Tottenham']) {
      expect([name, places.has(name)]).toEqual([name, false]);
    }
  });
});

describe('curated UK party names', () => {
  it('maps the names British news gives the parties to the party', () => {
    expect(organisationsIn('a Tory MP')).toEqual(['Conservative Party']);
    expect(organisationsIn('the Lib Dem leader')).toEqual(['Liberal Democrats']);
    expect(organisationsIn('a Liberal Democrat MP')).toEqual(['Liberal Democrats']);
    expect(organisationsIn('he left UKIP and Ukip')).toEqual([
      'UK Independence Party',
      'UK Independence Party',
    ]);
  });
});

describe('curated short names of clubs and events', () => {
  it('maps "Man Utd" and "Man City" to the clubs, and "Olympics" to the Olympic Games', () => {
    expect(organisationsIn('Man Utd beat Man City')).toEqual([
      'Manchester United',
      'Manchester City',
    ]);
    const [olympics] = findGazetteerMatches(gazetteer, [{ value: 'Olympics' }]);
    expect(olympics?.hits.map((h) => `${h.entry.type}:${h.entry.name}`)).toEqual([
      'Event:Olympic Games',
    ]);
  });
});
