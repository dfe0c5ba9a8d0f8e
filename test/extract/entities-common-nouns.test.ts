import type { ExtractedEntity } from '../../src/model/extraction';
import { createEntityRecogniser, type NerTagger } from '../../src/extract/entities';
import { isCommonNounAbbreviation } from '../../src/extract/entities/common-noun-abbreviations';
import { isReligiousAdherentName } from '../../src/extract/entities/religious-adherents';
import { loadGazetteer } from '../../src/extract/gazetteer';
import { createAnalyser } from '../../src/extract/nlp';
import { taggerOf } from './fixed-tagger';

const analyse = createAnalyser();
const gazetteer = loadGazetteer();

function recognise(text: string, tagger: NerTagger): string[] {
  const entities: ExtractedEntity[] = createEntityRecogniser({ gazetteer, nerTagger: tagger })(
    analyse(text),
  );
  return entities.map((e) => `${e.type}:${e.name}`).sort();
}

describe('tagger spans that name a group of believers', () => {
  it('drops followers of a religion the tagger read as places or organisations', () => {
    expect(
      recognise(
        'Muslims and Sikhs in Leicester met the Catholic bishop, a Muslim said.',
        taggerOf([
          ['LOC', 'Muslims'],
          ['ORG', 'Sikhs'],
          ['LOC', 'Leicester'],
          ['ORG', 'Catholic'],
          ['LOC', 'Muslim', 0.95, 2],
        ]),
      ),
    ).toEqual(['Location:Leicester']);
  });

  it('keeps an organisation whose name only begins with the followers', () => {
    expect(
      recognise(
        'The Muslim Council of Britain said so.',
        taggerOf([['ORG', 'Muslim Council of Britain']]),
      ),
    ).toEqual(['Organization:Muslim Council of Britain']);
  });

  it('keeps a lone "Christian" the tagger read as a person: a first name', () => {
    expect(isReligiousAdherentName('Christian', true)).toBe(false);
    expect(isReligiousAdherentName('Christians', true)).toBe(true);
    expect(isReligiousAdherentName('Muslim', true)).toBe(true);
    expect(isReligiousAdherentName('the Jews')).toBe(true);
    expect(isReligiousAdherentName('Christian Ziege', true)).toBe(false);
  });
});

describe('tagger spans that are common nouns written in capitals', () => {
  it('drops a device, a medium or a role abbreviated, singular or plural', () => {
    expect(
      recognise(
        'Sales of TVs and PCs rose at Dixons, while the DVD market fell, an MP said.',
        taggerOf([
          ['ORG', 'TVs'],
          ['ORG', 'PCs'],
          ['ORG', 'Dixons'],
          ['ORG', 'DVD'],
          ['ORG', 'MP'],
        ]),
      ),
    ).toEqual(['Organization:Dixons']);
  });

  it("keeps an organisation's acronym and names that hold the abbreviation", () => {
    expect(
      recognise(
        'ITV and PC World beat the BBC.',
        taggerOf([
          ['ORG', 'ITV'],
          ['ORG', 'PC World'],
        ]),
      ).filter((n) => !n.includes('BBC')),
    ).toEqual(['Organization:ITV', 'Organization:PC World']);
  });

  it('reads identity documents and a music genre as common nouns ("ID cards", "R&B hits")', () => {
    expect(['ID', 'R&B', 'IDs'].map(isCommonNounAbbreviation)).toEqual([true, true, true]);
    expect(['Id', 'IDA'].map(isCommonNounAbbreviation)).toEqual([false, false]);
  });

  it('reads a run of capitals with a lower-case "s" as a plural, never an acronym', () => {
    expect(['NGOs', 'MSPs', 'CSOs', 'TV', 'CDs'].map(isCommonNounAbbreviation)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['UBS', 'CBS', 'BBC', 'Tv', 'NHS'].map(isCommonNounAbbreviation)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
