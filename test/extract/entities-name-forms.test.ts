import type { ExtractedEntity } from '../../src/model/extraction';
import { createEntityRecogniser, type NerTagger } from '../../src/extract/entities';
import { loadGazetteer } from '../../src/extract/gazetteer';
import { createAnalyser } from '../../src/extract/nlp';
import { taggerOf } from './fixed-tagger';

const analyse = createAnalyser();
const gazetteer = loadGazetteer();

function recognise(text: string, tagger: NerTagger = () => []): ExtractedEntity[] {
  return createEntityRecogniser({ gazetteer, nerTagger: tagger })(analyse(text));
}
const mentionsOf = (es: ExtractedEntity[], name: string): string[] =>
  es.find((e) => e.name === name)?.mentions.map((m) => `${m.text}:${m.source}`) ?? [];
const typed = (es: ExtractedEntity[]): string[] => es.map((e) => `${e.type}:${e.name}`).sort();

describe('first names within one article', () => {
  const text =
    'Robbie Williams won the award on Tuesday. Fans wrote in. Well done Robbie, said one of them.';

  it('join the one person named in full, whatever type the tagger guessed for them', () => {
    const es = recognise(
      text,
      taggerOf([
        ['PER', 'Robbie Williams', 0.99],
        ['ORG', 'Robbie', 0.01, 2],
      ]),
    );
    expect(mentionsOf(es, 'Robbie Williams')).toEqual([
      'Robbie Williams:ner',
      'Robbie:coref:first-name',
    ]);
    expect(typed(es)).toEqual(['Person:Robbie Williams']);
  });

  it('stay with the type the tagger is sure of', () => {
    const es = recognise(
      text,
      taggerOf([
        ['PER', 'Robbie Williams', 0.99],
        ['ORG', 'Robbie', 0.9, 2],
      ]),
    );
    expect(typed(es)).toEqual(['Organization:Robbie', 'Person:Robbie Williams']);
  });

  it('point to nobody when two persons share them', () => {
    const es = recognise(
      'David Beckham met David Prutton in London. Later David said nothing.',
      taggerOf([
        ['PER', 'David Beckham', 0.99],
        ['PER', 'David Prutton', 0.99],
      ]),
    );
    expect(mentionsOf(es, 'David Beckham')).toEqual(['David Beckham:ner']);
    expect(mentionsOf(es, 'David Prutton')).toEqual(['David Prutton:ner']);
  });

  it('do not split a later full name whose surname is not read as a name', () => {
    const text2 = 'Jeremy Dear spoke first. Jeremy Dear, general secretary of the union, agreed.';
    const es = recognise(
      text2,
      taggerOf([
        ['PER', 'Jeremy Dear', 0.99],
        ['PER', 'Jeremy Dear', 0.99, 2],
      ]),
    );
    expect(mentionsOf(es, 'Jeremy Dear')).toEqual(['Jeremy Dear:ner', 'Jeremy Dear:ner']);
  });

  it('are not taken from a "person" whose last word the article writes as a common noun', () => {
    const es = recognise(
      'Cairn Energy found oil. Energy firms rose, and energy prices with them. Cairn gained 5%.',
      taggerOf([['PER', 'Cairn Energy', 0.9]]),
    );
    expect(mentionsOf(es, 'Cairn Energy')).toEqual(['Cairn Energy:ner']);
  });

  it('are not taken for a word the tagger begins another kind of name with in the article', () => {
    const es = recognise(
      'Nintendo Europe sold more. The Nintendo DS is a hit. Rival Nintendo said so.',
      taggerOf([
        ['PER', 'Nintendo Europe', 0.9],
        ['ORG', 'Nintendo DS', 0.9],
      ]),
    );
    expect(mentionsOf(es, 'Nintendo Europe')).toEqual(['Nintendo Europe:ner']);
  });

  it('point back only: a first name before the full name is not joined to it', () => {
    const es = recognise(
      'Robbie sang first. Then Robbie Williams sang.',
      taggerOf([['PER', 'Robbie Williams', 0.99]]),
    );
    expect(mentionsOf(es, 'Robbie Williams')).toEqual(['Robbie Williams:ner']);
  });

  it('are taken from persons the tagger is sure of only', () => {
    const es = recognise(
      'Sure Robbie is talented. Robbie sang.',
      taggerOf([['PER', 'Sure Robbie', 0.5]]),
    );
    expect(mentionsOf(es, 'Sure Robbie')).toEqual(['Sure Robbie:ner']);
  });
});

describe('names glued to other words', () => {
  it('does not read the city of Mobile in T-Mobile', () => {
    const es = recognise('Vodafone and T-Mobile were asked to cut their roaming charges.');
    expect(typed(es).filter((t) => t.includes('Mobile'))).toEqual([]);
  });

  it('widens the tagger’s "Mobile" to the brand it belongs to', () => {
    const es = recognise(
      'T-Mobile USA made a strong contribution to profits.',
      taggerOf([['ORG', 'Mobile USA', 0.9]]),
    );
    expect(typed(es)).toEqual(['Organization:T-Mobile USA']);
  });

  it('cuts a pronoun and the dash before it off the end of a tagger’s name', () => {
    const es = recognise(
      'He liked top clubs in England - I’m glad, he said.',
      taggerOf([['LOC', 'England - I’m', 0.9]]),
    );
    expect(typed(es)).toEqual(['Location:England']);
  });

  it('names what a lower-case prefix is glued to without the prefix', () => {
    const es = recognise(
      'In the post-World Cup era, fans waited.',
      taggerOf([['MISC', 'post-World Cup', 0.9]]),
    );
    expect(es.map((e) => `${e.type}:${e.name}:${e.mentions[0]?.text}`)).toEqual([
      'Event:World Cup:post-World Cup',
    ]);
  });

  it('never takes a holiday for a person, an organisation or a place', () => {
    const es = recognise(
      'Sales have been poor since Christmas, and New Year’s Day trading was slow.',
      taggerOf([
        ['PER', 'Christmas', 0.9],
        ['ORG', 'New Year’s Day', 0.6],
      ]),
    );
    expect(es).toEqual([]);
  });

  it('never makes an entity of a pronoun contraction', () => {
    const es = recognise('I’m amazed, she said.', taggerOf([['ORG', 'I’m', 0.9]]));
    expect(es).toEqual([]);
  });
});

describe('project patterns', () => {
  const projects = (text: string): string[] =>
    recognise(text)
      .filter((e) => e.type === 'Project')
      .map((e) => `${e.name} (${String(e.attributes?.kind)})`);

  it('still find a named infrastructure project and its kind', () => {
    expect(projects('They signed the Power of Siberia 2 gas pipeline deal.')).toEqual([
      'Power of Siberia 2 (gas pipeline)',
    ]);
    expect(projects('The Three Gorges dam was finished.')).toEqual(['Three Gorges (dam)']);
  });

  it('leave a capitalised head to the tagger: a stadium or a person is not a project', () => {
    expect(
      projects('Chelsea left-back Wayne Bridge could miss the game at Stamford Bridge.'),
    ).toEqual([]);
  });

  it('do not take a broadcaster’s programme for a project', () => {
    expect(projects('He told BBC Radio 4’s Today programme that he would stay.')).toEqual([]);
    expect(projects('He told BBC One’s Breakfast with Frost programme he was sorry.')).toEqual([]);
    expect(projects('He praised NASA’s Apollo programme in a speech.')).toEqual([
      'Apollo (programme)',
    ]);
    expect(projects('Britain said the Trident nuclear programme would go on.')).toEqual([
      'Trident (nuclear programme)',
    ]);
  });

  it('do not take a programme someone told, hosted or that a channel airs for a project', () => {
    expect(projects('The minister told the Morning Report programme he would resign.')).toEqual([]);
    expect(projects('She said on ITV2’s Weekend programme that prices would rise.')).toEqual([]);
    expect(projects('He told the Radio 5 programme it was over.')).toEqual([]);
    expect(projects('He said on Wednesday’s Morning Report programme he was sorry.')).toEqual([]);
    expect(projects('He told reporters the Apollo programme would go on.')).toEqual([
      'Apollo (programme)',
    ]);
  });

  it('want the name of one thing, not a kind, a measure or an adjective', () => {
    expect(projects('Each phone has an Ethernet port for broadband.')).toEqual([]);
    expect(projects('It took an entire DVD project to store the films.')).toEqual([]);
    expect(projects('They will build a 900 MW plant on the river.')).toEqual([]);
    expect(projects('It put $300m into a three-year Vortex program.')).toEqual([]);
    expect(projects('One project examined how brainwaves move.')).toEqual([]);
    expect(projects('Historians say they ended the Soviet project in 1991.')).toEqual([]);
    expect(projects('Work on the Kariba Dam project resumed in May.')).toEqual([
      'Kariba Dam (project)',
    ]);
  });

  it('drop the tail of a longer title rather than keep half a name', () => {
    expect(projects('The firm launched its Connected Homes initiative last year.')).toEqual([]);
    expect(projects('The station runs the Sold on Jazz initiative for schools.')).toEqual([]);
    expect(projects('Launching the Apollo programme cost billions.')).toEqual([
      'Apollo (programme)',
    ]);
  });

  it('leave software called a program and a socket called a port, across the article', () => {
    expect(
      projects(
        'The malicious Skullcap program deletes photos. The Skullcap program spread slowly.',
      ),
    ).toEqual([]);
    expect(projects('It has two USB ports and a Lightwire port for broadband.')).toEqual([]);
    expect(projects('Ships will use the Gwadar port from May.')).toEqual(['Gwadar (port)']);
    expect(projects('The malicious Skullcap program deletes files on phones.')).toEqual([]);
    expect(projects('A test version of the new Peerline program is out.')).toEqual([]);
    expect(projects('The agency said the Artemis program would land people on the Moon.')).toEqual([
      'Artemis (program)',
    ]);
  });
});

describe('section headings', () => {
  const text = [
    'The two leaders met in Moscow on Thursday.',
    'Geopolitical Context and Economic Talks',
    'Captain Lawrence Dallaglio said the talks went well.',
    'Dallaglio Returns',
    'He will play on Saturday.',
  ].join('\n\n');

  it('lose the tagger’s names unless the article names them outside its headings too', () => {
    const es = recognise(
      text,
      taggerOf([
        ['PER', 'Geopolitical Context', 0.5],
        ['PER', 'Economic Talks', 0.83],
        ['PER', 'Lawrence Dallaglio', 0.99],
        ['PER', 'Dallaglio', 0.9, 2],
      ]),
    );
    // The heading's "Dallaglio" stays (resolution joins a lone surname to its full name).
    expect(typed(es)).toEqual(['Location:Moscow', 'Person:Dallaglio', 'Person:Lawrence Dallaglio']);
  });

  it('are not bylines, and count a name outside them only as whole words', () => {
    const es = recognise(
      'By Nick Robinson\n\nThe Lions Report\n\nDandelions grew everywhere.',
      taggerOf([
        ['PER', 'Nick Robinson', 0.99],
        ['ORG', 'Lions', 0.9],
      ]),
    );
    expect(typed(es)).toEqual(['Person:Nick Robinson']);
  });

  it('are paragraphs of their own: a name alone in a sentence of prose stays', () => {
    const es = recognise(
      'Economic Talks began in Geneva on Monday, officials said.',
      taggerOf([['ORG', 'Economic Talks', 0.83]]),
    );
    expect(typed(es)).toContain('Organization:Economic Talks');
  });
});

describe('one-word tagger spans of a forced type', () => {
  it('take the type the tagger gave the same word confidently elsewhere in the article', () => {
    const es = recognise(
      'Parry said the club would stay. Later, Parry spoke to reporters.',
      taggerOf([
        ['PER', 'Parry', 0.95],
        ['ORG', 'Parry', 0.0, 2],
      ]),
    );
    expect(typed(es)).toEqual(['Person:Parry']);
    expect(es[0]?.mentions.map((m) => m.confidence)).toEqual([0.9, 0.4]);
  });

  it('keep theirs when the article shows the word confidently as two types, or not at all', () => {
    const two = recognise(
      'Rees scored. Rees signed a deal. Then Rees left.',
      taggerOf([
        ['PER', 'Rees', 0.95],
        ['LOC', 'Rees', 0.9, 2],
        ['ORG', 'Rees', 0.0, 3],
      ]),
    );
    expect(typed(two)).toContain('Organization:Rees');
    const none = recognise('Well done Robbie.', taggerOf([['ORG', 'Robbie', 0.0]]));
    expect(typed(none)).toEqual(['Organization:Robbie']);
  });
});
