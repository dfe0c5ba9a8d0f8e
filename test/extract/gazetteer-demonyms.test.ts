import { findGazetteerMatches, loadGazetteer } from '../../src/extract/gazetteer';

const gazetteer = loadGazetteer();

function demonymTargets(word: string): string[] {
  return findGazetteerMatches(gazetteer, [{ value: word }]).flatMap((m) =>
    m.hits.filter((h) => h.kind === 'demonym').map((h) => h.entry.name),
  );
}

describe('gazetteer demonyms', () => {
  it('gives a demonym shared with a territory to the independent country only', () => {
    expect(demonymTargets('American')).toEqual(['United States']);
    expect(demonymTargets('Americans')).toEqual(['United States']);
    expect(demonymTargets('Dutch')).toEqual(['Netherlands']);
    expect(demonymTargets('French')).toEqual(['France']);
    expect(demonymTargets('Norwegian')).toEqual(['Norway']);
  });

  it('keeps the demonym a territory has to itself', () => {
    expect(demonymTargets('Greenlandic')).toEqual(['Greenland']);
  });
});
