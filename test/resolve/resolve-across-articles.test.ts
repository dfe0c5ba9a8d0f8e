import type { ExtractionResult } from '../../src/model/extraction';
import type { ArticleGraph, MentionRecord } from '../../src/model/graph';
import { createResolver } from '../../src/resolve';
import { buildExtraction } from '../fixtures/resolve/build-extraction';
import { createInMemoryLookup, storedEntity } from '../fixtures/resolve/in-memory-lookup';
import {
  chancellorBrown,
  erdoganFull,
  erdoganFullUnaccented,
  erdoganUnaccented,
  georgeBush,
  georgeHWBush,
  georgeWBush,
  gordonBrownBudget,
  johnPaulSmith,
  johnSmith,
  loneBrown,
  loneBush,
  nickBrownFarming,
  oneNameArticle,
} from '../fixtures/resolve/namesake-articles';
import { summitArticle, summitFollowUpArticle } from '../fixtures/resolve/summit-articles';

/** Resolves and "stores" articles in order, as the ingest pipeline does; returns their graphs. */
async function ingestInOrder(...extractions: ExtractionResult[]) {
  const lookup = createInMemoryLookup();
  const resolver = createResolver({
    lookup,
    clock: () => new Date('2025-06-01T00:00:00Z'),
    extractorVersion: 'test/1',
  });
  const graphs: ArticleGraph[] = [];
  for (const extraction of extractions) {
    const graph = await resolver.resolveArticle(extraction);
    lookup.absorb(graph);
    graphs.push(graph);
  }
  return { graphs, lookup, resolver };
}

function onlyMention(graph: ArticleGraph | undefined): MentionRecord {
  const mentions = graph?.mentions ?? [];
  if (mentions.length !== 1) throw new Error(`expected one mention, found ${mentions.length}`);
  return mentions[0] as MentionRecord;
}

describe('resolving across articles', () => {
  it('attaches a later lone "Putin" and "Shapovalova" to the people an earlier article named in full', async () => {
    const { graphs } = await ingestInOrder(summitArticle(), summitFollowUpArticle());
    const later = graphs[1] as ArticleGraph;
    expect(later.entities.map((e) => e.key)).toEqual([
      'organization:al-jazeera',
      'person:yulia-shapovalova',
      'wd:Q7747',
    ]);
    const putin = later.mentions.find((m) => m.text === 'Putin');
    expect(putin).toMatchObject({ entityKey: 'wd:Q7747', confidence: 0.9 });
    expect(putin?.candidates).toBeUndefined();
    expect(later.statements[0]).toMatchObject({
      type: 'WORKS_FOR',
      subjectKey: 'person:yulia-shapovalova',
      objectKey: 'organization:al-jazeera',
    });
  });

  it('writes the record of an attached entity with the stored name, adding only new aliases', async () => {
    const { graphs } = await ingestInOrder(summitArticle(), summitFollowUpArticle());
    expect(graphs[1]?.entities.find((e) => e.key === 'person:yulia-shapovalova')).toEqual({
      key: 'person:yulia-shapovalova',
      type: 'Person',
      name: 'Yulia Shapovalova',
      aliases: ['Shapovalova'],
    });
  });

  it('never lets a lone title become a person, in any article', async () => {
    const { lookup } = await ingestInOrder(summitFollowUpArticle(), summitFollowUpArticle());
    expect(await lookup.findEntitiesByName('the Chinese leader')).toEqual([]);
    expect(await lookup.findEntitiesByName('Chinese leader')).toEqual([]);
    expect(
      await lookup.getEntities(['person:the-chinese-leader', 'person:chinese-leader']),
    ).toEqual([null, null]);
  });

  it('does not put a city on the country whose capital it is a metonym for', async () => {
    const beijingCity = oneNameArticle('beijing-city', 'Beijing hosted the marathon.', {
      name: 'Beijing',
      type: 'Location',
    });
    const { graphs } = await ingestInOrder(summitArticle(), beijingCity);
    expect(onlyMention(graphs[1]).entityKey).toBe('location:beijing');
  });
});

describe('people who share a surname', () => {
  it('keeps Gordon Brown and Nick Brown apart', async () => {
    const { graphs } = await ingestInOrder(gordonBrownBudget(), nickBrownFarming());
    expect(onlyMention(graphs[1]).entityKey).toBe('person:nick-brown');
    expect(onlyMention(graphs[1]).candidates).toBeUndefined();
  });

  it('leaves a lone "Brown" on its own entity with both Browns as candidates and lower confidence', async () => {
    const { graphs } = await ingestInOrder(gordonBrownBudget(), nickBrownFarming(), loneBrown());
    expect(onlyMention(graphs[2])).toMatchObject({
      entityKey: 'person:brown',
      candidates: ['person:nick-brown', 'wd:Q10648'],
      confidence: 0.45,
    });
  });

  it('picks the Brown whose title the article uses, keeping the other as a candidate', async () => {
    const { graphs } = await ingestInOrder(
      gordonBrownBudget(),
      nickBrownFarming(),
      chancellorBrown(),
    );
    expect(onlyMention(graphs[2])).toMatchObject({
      entityKey: 'wd:Q10648',
      candidates: ['person:nick-brown'],
      confidence: 0.675,
    });
  });

  it('attaches a lone surname when only one stored person carries it', async () => {
    const { graphs } = await ingestInOrder(gordonBrownBudget(), loneBrown());
    expect(onlyMention(graphs[1])).toMatchObject({ entityKey: 'wd:Q10648', confidence: 0.9 });
  });

  it('prefers the one full name over an earlier lone-surname entity, recording the latter', async () => {
    const { graphs } = await ingestInOrder(loneBrown(), gordonBrownBudget(), loneBrown());
    expect(onlyMention(graphs[0]).entityKey).toBe('person:brown');
    expect(onlyMention(graphs[2])).toMatchObject({
      entityKey: 'wd:Q10648',
      candidates: ['person:brown'],
    });
  });
});

describe('the same person with and without middle names', () => {
  it('never puts George W. Bush and George H. W. Bush on one entity, in either order', async () => {
    for (const order of [
      [georgeWBush(), georgeHWBush()],
      [georgeHWBush(), georgeWBush()],
    ]) {
      const { graphs } = await ingestInOrder(...order);
      const keys = graphs.map((g) => onlyMention(g).entityKey).sort();
      expect(keys).toEqual(['person:george-h-w-bush', 'person:george-w-bush']);
    }
  });

  it('attaches "George Bush" to George W. Bush when he is the only George Bush', async () => {
    const { graphs } = await ingestInOrder(georgeWBush(), georgeBush());
    expect(onlyMention(graphs[1])).toMatchObject({
      entityKey: 'person:george-w-bush',
      confidence: 0.9,
    });
  });

  it('records both presidents as candidates for "George Bush" and for "Bush" once both are known', async () => {
    const { graphs } = await ingestInOrder(georgeWBush(), georgeHWBush(), georgeBush(), loneBush());
    expect(onlyMention(graphs[2])).toMatchObject({
      entityKey: 'person:george-bush',
      candidates: ['person:george-h-w-bush', 'person:george-w-bush'],
      confidence: 0.45,
    });
    expect(onlyMention(graphs[3])).toMatchObject({
      entityKey: 'person:bush',
      candidates: ['person:george-bush', 'person:george-h-w-bush', 'person:george-w-bush'],
    });
  });

  it('attaches "John Smith" to John Paul Smith, but not the other way round', async () => {
    const shortAfterFull = await ingestInOrder(johnPaulSmith(), johnSmith());
    expect(onlyMention(shortAfterFull.graphs[1]).entityKey).toBe('person:john-paul-smith');

    const fullAfterShort = await ingestInOrder(johnSmith(), johnPaulSmith());
    expect(onlyMention(fullAfterShort.graphs[1])).toMatchObject({
      entityKey: 'person:john-paul-smith',
    });
    expect(onlyMention(fullAfterShort.graphs[1]).candidates).toBeUndefined();
  });

  it('matches an initial against the first name it abbreviates', async () => {
    const initial = oneNameArticle('smith-initial', 'J. Smith declined to comment.', {
      name: 'J. Smith',
    });
    const { graphs } = await ingestInOrder(johnSmith(), initial);
    expect(onlyMention(graphs[1]).entityKey).toBe('person:john-smith');
  });
});

describe('diacritics', () => {
  it('gives "Erdoğan" and "Erdogan" one key, and lands a later lone "Erdogan" on it', async () => {
    const { graphs, lookup } = await ingestInOrder(
      erdoganFull(),
      erdoganFullUnaccented(),
      erdoganUnaccented(),
    );
    expect(graphs.map((g) => onlyMention(g).entityKey)).toEqual([
      'person:recep-tayyip-erdogan',
      'person:recep-tayyip-erdogan',
      'person:recep-tayyip-erdogan',
    ]);
    const [stored] = await lookup.getEntities(['person:recep-tayyip-erdogan']);
    expect(stored).toMatchObject({
      name: 'Recep Tayyip Erdoğan',
      aliases: [
        'Erdogan',
        'Erdoğan',
        'Recep Erdogan',
        'Recep Erdoğan',
        'Turkish President Recep Tayyip Erdoğan',
      ],
      articleCount: 3,
    });
  });
});

describe('other entity types', () => {
  const orgArticle = (id: string, sentence: string, mentions: string[]) =>
    buildExtraction({
      id,
      sentences: [sentence],
      entities: [
        {
          type: 'Organization',
          name: mentions[0] as string,
          mentions: mentions.map((text) => ({ sentence: 0, text })),
        },
      ],
    });

  it('attaches an organisation through an alias an earlier article gave it', async () => {
    const { graphs } = await ingestInOrder(
      orgArticle('org-1', 'The British Broadcasting Corporation (BBC) cut jobs.', [
        'British Broadcasting Corporation',
        'BBC',
      ]),
      orgArticle('org-2', 'The BBC denied the report.', ['BBC']),
    );
    expect(onlyMention(graphs[1]).entityKey).toBe('organization:british-broadcasting-corporation');
  });

  it('never crosses types: a Location does not land on an Organization of the same name', async () => {
    const lookup = createInMemoryLookup([
      storedEntity({ key: 'organization:georgia', type: 'Organization', name: 'Georgia' }),
    ]);
    const resolver = createResolver({ lookup, extractorVersion: 'test/1' });
    const graph = await resolver.resolveArticle(
      oneNameArticle('georgia', 'Georgia held elections.', { name: 'Georgia', type: 'Location' }),
    );
    expect(onlyMention(graph).entityKey).toBe('location:georgia');
  });

  it('records several same-named stored entities as candidates', async () => {
    const lookup = createInMemoryLookup([
      storedEntity({ key: 'organization:ap', type: 'Organization', name: 'AP', aliases: [] }),
      storedEntity({
        key: 'organization:associated-press',
        type: 'Organization',
        name: 'Associated Press',
        aliases: ['AP'],
      }),
      storedEntity({
        key: 'organization:andhra-pradesh-police',
        type: 'Organization',
        name: 'Andhra Pradesh Police',
        aliases: ['AP'],
      }),
    ]);
    const resolver = createResolver({ lookup, extractorVersion: 'test/1' });
    const graph = await resolver.resolveArticle(orgArticle('ap', 'AP reported the fire.', ['AP']));
    expect(onlyMention(graph)).toMatchObject({
      entityKey: 'organization:ap',
      candidates: ['organization:andhra-pradesh-police', 'organization:associated-press'],
      confidence: 0.675,
    });
  });
});

describe('determinism across articles', () => {
  it('resolves the same extraction against the same store state to the same graph', async () => {
    const { lookup, resolver } = await ingestInOrder(gordonBrownBudget(), nickBrownFarming());
    const first = await resolver.resolveArticle(chancellorBrown());
    const again = await resolver.resolveArticle(chancellorBrown());
    expect(again).toEqual(first);
    expect(lookup.calls).toBeGreaterThan(0);
  });
});

describe('context from the article', () => {
  it('reads the title the extractor cut off a mention ("Mr Blair") to choose among namesakes', async () => {
    const lookup = createInMemoryLookup([
      storedEntity({
        key: 'wd:Q9545',
        type: 'Person',
        name: 'Tony Blair',
        aliases: ['Blair', 'Mr Blair', 'Prime Minister Tony Blair'],
      }),
      storedEntity({
        key: 'person:cherie-blair',
        type: 'Person',
        name: 'Cherie Blair',
        aliases: ['Blair', 'Mrs Blair'],
      }),
      storedEntity({
        key: 'person:ian-blair',
        type: 'Person',
        name: 'Ian Blair',
        aliases: ['Blair', 'Sir Ian Blair'],
      }),
    ]);
    const resolver = createResolver({ lookup, extractorVersion: 'test/1' });
    const article = oneNameArticle('mr-blair', 'Mr Blair told MPs the war was legal.', {
      name: 'Blair',
      mentions: [{ sentence: 0, text: 'Blair', source: 'pattern:title' }],
    });
    const graph = await resolver.resolveArticle(article);
    expect(onlyMention(graph)).toMatchObject({
      entityKey: 'wd:Q9545',
      candidates: ['person:cherie-blair', 'person:ian-blair'],
      confidence: 0.675,
    });
    expect(graph.entities[0]?.aliases).toContain('Mr Blair');
  });

  it('strips a party label in front of a name', async () => {
    const { graphs } = await ingestInOrder(
      oneNameArticle('fox-1', 'Liam Fox spoke.', { name: 'Liam Fox' }),
      oneNameArticle('fox-2', 'Tory Liam Fox spoke again.', { name: 'Tory Liam Fox' }),
    );
    expect(onlyMention(graphs[1]).entityKey).toBe('person:liam-fox');
  });
});
