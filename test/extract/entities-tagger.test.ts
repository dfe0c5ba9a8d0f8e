import type { ExtractedEntity } from '../../src/model/extraction';
import { createEntityRecogniser } from '../../src/extract/entities';
import type { NerTagger } from '../../src/extract/entities';
import { taggerOf } from './fixed-tagger';
import { loadGazetteer } from '../../src/extract/gazetteer';
import { createNerTagger } from '../../src/extract/ner';
import { createAnalyser } from '../../src/extract/nlp';

const analyse = createAnalyser();
const gazetteer = loadGazetteer();

function recognise(text: string, tagger?: NerTagger): ExtractedEntity[] {
  return createEntityRecogniser({ gazetteer, ...(tagger ? { nerTagger: tagger } : {}) })(
    analyse(text),
  );
}
const summary = (es: ExtractedEntity[]): string[] =>
  es.flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`)).sort();

describe('createEntityRecogniser with the tagger settling gazetteer hits', () => {
  it('makes a city the tagger reads as a club an organisation, keeping the city as candidate', () => {
    const text = 'Surrey beat Kent by five wickets.';
    expect(summary(recognise(text))).toEqual(['Location:Kent', 'Location:Surrey']);
    const es = recognise(
      text,
      taggerOf([
        ['ORG', 'Surrey'],
        ['ORG', 'Kent'],
      ]),
    );
    expect(summary(es)).toEqual(['Organization:Kent', 'Organization:Surrey']);
    expect(es[0]?.candidates).toEqual([expect.stringContaining('surrey')]);
  });

  it('leaves a city alone when the tagger is unsure', () => {
    const es = recognise('Surrey beat Kent.', taggerOf([['ORG', 'Kent', 0.52]]));
    expect(summary(es)).toContain('Location:Kent');
  });

  it('lets a longer name swallow the place or nationality inside it', () => {
    const es = recognise(
      'The Bank of Canada and Dynamo Moscow met American League officials.',
      taggerOf([
        ['ORG', 'Bank of Canada'],
        ['ORG', 'Dynamo Moscow'],
        ['MISC', 'American League'],
      ]),
    );
    expect(summary(es)).toEqual(['Organization:Bank of Canada', 'Organization:Dynamo Moscow']);
  });

  it('turns a tagged tournament into an event and drops other MISC spans', () => {
    const es = recognise(
      'The U.S. Open drew English fans.',
      taggerOf([
        ['MISC', 'U.S. Open'],
        ['MISC', 'English'],
      ]),
    );
    expect(es.map((e) => [e.type, e.name, e.attributes?.kind])).toEqual([
      ['Event', 'U.S. Open', 'tournament'],
    ]);
  });

  it('never retypes a country on its own: news writes "US" where the tagger learnt "U.S."', () => {
    const es = recognise('The US said it would act.', taggerOf([['ORG', 'US', 1]]));
    expect(es.map((e) => [e.type, e.name])).toEqual([['Country', 'United States']]);
  });

  it('keeps a place in a hyphenated modifier and an organisation inside a mis-tagged name', () => {
    const es = recognise(
      'The London-based unit of Sony Ericsson grew.',
      taggerOf([
        ['MISC', 'London-based'],
        ['PER', 'Sony Ericsson'],
      ]),
    );
    expect(summary(es)).toEqual(['Location:London', 'Organization:Sony']);
  });

  it('keeps the gazetteer tighter, linked match inside a longer span of the same type', () => {
    const es = recognise(
      'Russian President Vladimir Putin spoke.',
      taggerOf([['PER', 'President Vladimir Putin']]),
    );
    expect(es.find((e) => e.type === 'Person')).toMatchObject({
      name: 'Vladimir Putin',
      wikidataId: 'Q7747',
    });
  });

  it('takes the gazetteer entry for a tagged name only when the types agree', () => {
    const es = recognise(
      'Earlier, NEW YORK won and KENYA lost.',
      taggerOf([
        ['ORG', 'NEW YORK'],
        ['LOC', 'KENYA'],
      ]),
    );
    expect(es.map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'NEW YORK'],
      ['Country', 'Kenya'],
    ]);
  });

  it('reads Surrey and Kent as cricket clubs with the shipped tagger', () => {
    const es = recognise('At The Oval : Surrey 320 ( A. Stewart 89 ) v Kent .', createNerTagger());
    expect(es.filter((e) => e.name === 'Surrey' || e.name === 'Kent').map((e) => e.type)).toEqual([
      'Organization',
      'Organization',
    ]);
  });
});

describe('gazetteer mentions and surnames', () => {
  it('leaves the article out of "the Netherlands" and "the Fed"', () => {
    expect(summary(recognise('Exports to the Netherlands rose, the Fed said.'))).toEqual([
      'Country:Netherlands',
      'Organization:Fed',
    ]);
  });

  it('does not read the surname inside another full name as the person named earlier', () => {
    const es = recognise('Boris Yeltsin arrived. His wife Naina Yeltsin stayed at home.');
    const boris = es.find((e) => e.name === 'Boris Yeltsin');
    expect(boris?.mentions.map((m) => m.text)).toEqual(['Boris Yeltsin']);
  });
});
