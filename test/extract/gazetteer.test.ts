import { findGazetteerMatches, loadGazetteer } from '../../src/extract/gazetteer';

const gazetteer = loadGazetteer();

/** Whitespace tokens are enough here: the matcher only reads token values. */
function namesIn(text: string): string[] {
  const tokens = text.split(' ').map((value) => ({ value }));
  return findGazetteerMatches(gazetteer, tokens).map((m) =>
    m.hits.map((h) => `${h.kind}:${h.entry.name}`).join('|'),
  );
}

describe('loadGazetteer', () => {
  it('knows every country with its Wikidata id', () => {
    expect(gazetteer.countryByIso2('CN')).toMatchObject({
      name: 'China',
      qid: 'Q148',
      key: 'wd:Q148',
    });
    expect(gazetteer.countryByIso2('US')).toMatchObject({ name: 'United States', qid: 'Q30' });
    expect(gazetteer.entries.filter((e) => e.type === 'Country').length).toBeGreaterThanOrEqual(
      250,
    );
  });

  it('finds entries by any alias', () => {
    expect(gazetteer.lookupName("People's Republic of China")[0]?.name).toBe('China');
    expect(gazetteer.lookupName('Russian Federation')[0]?.name).toBe('Russia');
    expect(gazetteer.lookupName('Nazi Germany')[0]?.name).toBe('Germany');
    expect(gazetteer.lookupName('Kiev')[0]).toMatchObject({ name: 'Kyiv', qid: 'Q1899' });
  });

  it('places landmarks in their city and cities in their country', () => {
    const kremlin = gazetteer.lookupName('Kremlin')[0];
    expect(kremlin?.locatedInKey).toBe('wd:Q649');
    expect(gazetteer.lookupName('Moscow')[0]).toMatchObject({
      kind: 'capital',
      countryKey: 'wd:Q159',
      capitalOfKey: 'wd:Q159',
    });
    expect(gazetteer.lookupName('Manchester')[0]).toMatchObject({ type: 'Location', iso2: 'GB' });
  });

  it('records the office of known leaders', () => {
    expect(gazetteer.lookupName('Vladimir Putin')[0]).toMatchObject({
      qid: 'Q7747',
      role: { title: 'President', ofKey: 'wd:Q159' },
    });
  });
});

describe('findGazetteerMatches', () => {
  it('maps demonyms, capitals and abbreviations to their country', () => {
    expect(namesIn('Chinese')).toEqual(['demonym:China']);
    expect(namesIn('Beijing')).toEqual(['metonym:China|name:Beijing']);
    expect(namesIn('PRC')).toEqual(['abbreviation:China']);
    expect(namesIn('the U.S. and US')).toEqual([
      'abbreviation:United States',
      'abbreviation:United States',
    ]);
    expect(namesIn('Washington')).toEqual(['metonym:United States|name:Washington, D.C.']);
    expect(namesIn('Kyiv')).toEqual(['metonym:Ukraine|name:Kyiv']);
  });

  it('matches abbreviations case-sensitively and names only when capitalised', () => {
    expect(namesIn('let us roast a turkey in china')).toEqual([]);
    expect(namesIn('Turkey and China')).toEqual(['name:Turkey', 'name:China']);
  });

  it('prefers the longest name', () => {
    expect(namesIn('the Soviet Union and World War II')).toEqual([
      'name:Soviet Union',
      'name:World War II',
    ]);
    expect(namesIn('Nazi Germany')).toEqual(['name:Germany']);
  });
});
