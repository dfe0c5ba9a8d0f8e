import type { ExtractedEntity } from '../../src/model/extraction';
import { createEntityRecogniser, type NerTagger } from '../../src/extract/entities';
import { loadGazetteer } from '../../src/extract/gazetteer';
import { createAnalyser } from '../../src/extract/nlp';
import { taggerOf } from './fixed-tagger';

/** The types the recogniser settles on when a name itself, or the article, says what it is. */
const analyse = createAnalyser();
const gazetteer = loadGazetteer();

function recognise(text: string, tagger: NerTagger = () => []): ExtractedEntity[] {
  return createEntityRecogniser({ gazetteer, nerTagger: tagger })(analyse(text));
}
const typed = (es: ExtractedEntity[]): string[] => es.map((e) => `${e.type}:${e.name}`).sort();

describe('a tagger person named like an institution', () => {
  it('is the organisation or venue its last word says ("Airways", "Exchange", "Theatre")', () => {
    const es = recognise(
      'Shares in Lakeside Airways rose on the Bombay Stock Exchange. Fans queued at the Regal Theatre.',
      taggerOf([
        ['PER', 'Lakeside Airways', 0.9],
        ['PER', 'Bombay Stock Exchange', 0.9],
        ['PER', 'Regal Theatre', 0.9],
      ]),
    );
    expect(typed(es)).toEqual([
      'Location:Regal Theatre',
      'Organization:Bombay Stock Exchange',
      'Organization:Lakeside Airways',
    ]);
  });

  it('makes an organisation of a tagger place named like one, not of a union or a hall', () => {
    const es = recognise(
      'She studied at Deeside University and flew Jet Airways. The Corn Exchange hosts the Soviet Union exhibit.',
      taggerOf([
        ['LOC', 'Deeside University', 0.9],
        ['LOC', 'Jet Airways', 0.9],
        ['LOC', 'Corn Exchange', 0.9],
        ['LOC', 'Soviet Union', 0.9],
      ]),
    );
    expect(typed(es)).toEqual(
      expect.arrayContaining([
        'Location:Corn Exchange',
        'Organization:Deeside University',
        'Organization:Jet Airways',
      ]),
    );
    expect(typed(es)).not.toContain('Organization:Soviet Union');
  });

  it('stays a person when the last word is also a surname, or the name is one word', () => {
    const es = recognise(
      'Thomas Haden Church met Motors there.',
      taggerOf([
        ['PER', 'Thomas Haden Church', 0.9],
        ['PER', 'Motors', 0.9],
      ]),
    );
    expect(typed(es)).toEqual(['Person:Motors', 'Person:Thomas Haden Church']);
  });
});

describe('a title before a name', () => {
  it('names nobody when title and name are an institution or an event', () => {
    const es = recognise(
      'General Motors will cut jobs before the General Election, said General Dannatt.',
    );
    expect(typed(es).filter((t) => t.startsWith('Person'))).toEqual(['Person:Dannatt']);
  });

  it('leaves the tagger to read such an event as one, whatever type it guessed', () => {
    const es = recognise(
      'Before the General Election, veterans of the Falklands War met Rockstar Games.',
      taggerOf([
        ['ORG', 'General Election', 0.9],
        ['PER', 'Falklands War', 0.9],
        ['ORG', 'Rockstar Games', 0.9],
      ]),
    );
    expect(typed(es)).toEqual([
      'Event:Falklands War',
      'Event:General Election',
      'Organization:Rockstar Games',
    ]);
  });
});

describe('titles of works', () => {
  it('are no entity, wherever in the article the tagger reads the same title', () => {
    const es = recognise(
      'The drama Rosa Kemp won. Critics preferred the movie The Glider. Rosa Kemp and The Glider lead the field.',
      taggerOf([
        ['PER', 'Rosa Kemp', 0.9],
        ['ORG', 'The Glider', 0.9],
        ['PER', 'Rosa Kemp', 0.9, 2],
        ['ORG', 'The Glider', 0.9, 2],
      ]),
    );
    expect(typed(es)).toEqual([]);
  });

  it('are only what such a word introduces, not a club a star plays for or a co-star', () => {
    const es = recognise(
      'Kestrel star Dan Ames scored. Lee Davis and Davis’s co-star Tom Ward, who played in comedy Wet Days, came.',
      taggerOf([
        ['ORG', 'Kestrel', 0.9],
        ['PER', 'Dan Ames', 0.9],
        ['PER', 'Lee Davis', 0.9],
        ['PER', 'Davis', 0.9],
        ['PER', 'Tom Ward', 0.9],
        ['ORG', 'Wet Days', 0.9],
      ]),
    );
    expect(typed(es)).toEqual([
      'Organization:Kestrel',
      'Person:Dan Ames',
      'Person:Lee Davis',
      'Person:Tom Ward',
    ]);
  });
});

describe('a tagger person or place the article shows to be a company', () => {
  it('is an organisation everywhere in the article ("Zentix shares", "shares in Quorvo")', () => {
    const es = recognise(
      'Zentix shares fell. Zentix said sales slowed. Investors bought shares in Quorvo, and Quorvo rose.',
      taggerOf([
        ['PER', 'Zentix', 0.9],
        ['PER', 'Zentix', 0.9, 2],
        ['LOC', 'Quorvo', 0.9],
        ['LOC', 'Quorvo', 0.9, 2],
      ]),
    );
    expect(typed(es)).toEqual(['Organization:Quorvo', 'Organization:Zentix']);
  });

  it('stays a place when the stake is in what it owns, or its market is meant', () => {
    const es = recognise(
      'They took a stake in Varnia’s biggest brewer. Varnia profits rose, as did Jon Kell’s revenue.',
      taggerOf([
        ['LOC', 'Varnia', 0.9],
        ['LOC', 'Varnia', 0.9, 2],
        ['PER', 'Jon Kell', 0.9],
      ]),
    );
    expect(typed(es)).toEqual(['Location:Varnia', 'Person:Jon Kell']);
  });
});

describe('a country’s possessive before a name', () => {
  it('affiliates a person, but makes no person of an institution ("India’s Bombay Stock Exchange")', () => {
    const persons = (text: string): string[] =>
      recognise(text)
        .filter((e) => e.type === 'Person')
        .map((e) => `${e.name} ${String(e.attributes?.affiliation)}`);
    expect(persons('India’s Sunil Mehra spoke.')).toEqual(['Sunil Mehra wd:Q668']);
    expect(persons('India’s Bombay Stock Exchange rose.')).toEqual([]);
  });
});
