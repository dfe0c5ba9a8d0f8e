import type { ArticleGraph, MentionRecord } from '../../src/model/graph';
import type { EntityType } from '../../src/model/entity-types';
import { createResolver } from '../../src/resolve';
import type { EntityView } from '../../src/store/graph-store';
import { buildExtraction } from '../fixtures/resolve/build-extraction';
import { createInMemoryLookup, storedEntity } from '../fixtures/resolve/in-memory-lookup';
import { oneNameArticle } from '../fixtures/resolve/namesake-articles';

const tonyBlair = storedEntity({
  key: 'wd:Q9545',
  type: 'Person',
  name: 'Tony Blair',
  aliases: ['Blair', 'Mr Blair', 'Prime Minister Tony Blair'],
  articleCount: 157,
  mentionCount: 498,
});
const cherieBlair = storedEntity({
  key: 'person:cherie-blair',
  type: 'Person',
  name: 'Cherie Blair',
  aliases: ['Blair', 'Mrs Blair'],
  articleCount: 4,
  mentionCount: 9,
});
const andyRobinson = storedEntity({
  key: 'person:andy-robinson',
  type: 'Person',
  name: 'Andy Robinson',
  aliases: ['Robinson'],
  articleCount: 28,
});
const jasonRobinson = storedEntity({
  key: 'person:jason-robinson',
  type: 'Person',
  name: 'Jason Robinson',
  aliases: ['Robinson'],
  articleCount: 19,
});

function named(key: string, type: EntityType, name: string, articleCount: number): EntityView {
  return storedEntity({ key, type, name, articleCount, mentionCount: articleCount * 2 });
}

async function resolve(
  stored: EntityView[],
  article: ReturnType<typeof oneNameArticle>,
): Promise<ArticleGraph> {
  const resolver = createResolver({
    lookup: createInMemoryLookup(stored),
    extractorVersion: 'test/1',
  });
  return resolver.resolveArticle(article);
}

function mentionOf(graph: ArticleGraph, text: string): MentionRecord {
  const mention = graph.mentions.find((m) => m.text === text);
  if (!mention) throw new Error(`no mention "${text}"`);
  return mention;
}

describe('a lone surname two stored people share', () => {
  it('attaches to the one named in far more articles, keeping the other as a candidate at lower confidence', async () => {
    const graph = await resolve(
      [tonyBlair, cherieBlair],
      oneNameArticle('blair-lone', 'Blair said the war was legal.', { name: 'Blair' }),
    );
    expect(mentionOf(graph, 'Blair')).toMatchObject({
      entityKey: 'wd:Q9545',
      candidates: ['person:cherie-blair'],
      confidence: 0.54,
    });
    expect(graph.entities.map((e) => e.key)).toEqual(['wd:Q9545']);
  });

  it('keeps its own surname-only node with both candidates when neither dominates', async () => {
    const graph = await resolve(
      [andyRobinson, jasonRobinson],
      oneNameArticle('robinson-lone', 'Robinson named his side for Saturday.', {
        name: 'Robinson',
      }),
    );
    expect(mentionOf(graph, 'Robinson')).toMatchObject({
      entityKey: 'person:robinson',
      candidates: ['person:andy-robinson', 'person:jason-robinson'],
      confidence: 0.45,
    });
  });

  it('follows "Mrs" to the woman, though the man is named far more often', async () => {
    const graph = await resolve(
      [tonyBlair, cherieBlair],
      oneNameArticle('mrs-blair', 'Mrs Blair opened the exhibition.', {
        name: 'Blair',
        mentions: [{ sentence: 0, text: 'Blair', source: 'pattern:title' }],
      }),
    );
    expect(mentionOf(graph, 'Blair')).toMatchObject({
      entityKey: 'person:cherie-blair',
      candidates: ['wd:Q9545'],
      confidence: 0.675,
    });
  });

  it('does not attach "Mrs Blair" to the only stored Blair when he is always "Mr"', async () => {
    const graph = await resolve(
      [tonyBlair],
      oneNameArticle('mrs-blair-alone', 'Mrs Blair opened the exhibition.', {
        name: 'Blair',
        mentions: [{ sentence: 0, text: 'Blair', source: 'pattern:title' }],
      }),
    );
    expect(mentionOf(graph, 'Blair')).toMatchObject({
      entityKey: 'person:blair',
      candidates: ['wd:Q9545'],
    });
  });

  it('uses the corpus prior when the article itself names both namesakes', async () => {
    const article = buildExtraction({
      id: 'blairs',
      sentences: ['Tony Blair and Cherie Blair arrived in Rome.', 'Blair met the Pope.'],
      entities: [
        {
          type: 'Person',
          name: 'Tony Blair',
          wikidataId: 'Q9545',
          mentions: [{ sentence: 0, text: 'Tony Blair' }],
        },
        { type: 'Person', name: 'Cherie Blair', mentions: [{ sentence: 0, text: 'Cherie Blair' }] },
        { type: 'Person', name: 'Blair', mentions: [{ sentence: 1, text: 'Blair' }] },
      ],
    });
    const graph = await resolve([tonyBlair, cherieBlair], article);
    expect(mentionOf(graph, 'Blair')).toMatchObject({
      entityKey: 'wd:Q9545',
      candidates: ['person:cherie-blair'],
    });
    expect(graph.entities.map((e) => e.key).sort()).toEqual(['person:cherie-blair', 'wd:Q9545']);
  });
});

describe('a name the tagger typed differently from the store', () => {
  it('puts an organisation the tagger called a person on the organisation', async () => {
    const graph = await resolve(
      [named('organization:nintendo', 'Organization', 'Nintendo', 11)],
      oneNameArticle('nintendo', 'Nintendo cut the price of its handheld.', { name: 'Nintendo' }),
    );
    expect(mentionOf(graph, 'Nintendo')).toMatchObject({
      entityKey: 'organization:nintendo',
      confidence: 0.675,
    });
    expect(graph.entities).toEqual([
      expect.objectContaining({ key: 'organization:nintendo', type: 'Organization' }),
    ]);
  });

  it('puts a surname the tagger called an organisation on the dominant person of that surname', async () => {
    const graph = await resolve(
      [tonyBlair, cherieBlair],
      oneNameArticle('blair-org', 'Blair faces a difficult week.', {
        name: 'Blair',
        type: 'Organization',
      }),
    );
    expect(mentionOf(graph, 'Blair')).toMatchObject({
      entityKey: 'wd:Q9545',
      candidates: ['person:cherie-blair'],
    });
  });

  it('keeps a gazetteer or titled mention on its own type', async () => {
    const graph = await resolve(
      [named('organization:chelsea', 'Organization', 'Chelsea', 27)],
      oneNameArticle('ms-chelsea', 'Ms Chelsea spoke.', {
        name: 'Chelsea',
        mentions: [{ sentence: 0, text: 'Chelsea', source: 'pattern:title' }],
      }),
    );
    expect(mentionOf(graph, 'Chelsea').entityKey).toBe('person:chelsea');
  });

  it('does not move a name that is only about as well known under the other type', async () => {
    const graph = await resolve(
      [named('organization:nintendo', 'Organization', 'Nintendo', 2)],
      oneNameArticle('nintendo-2', 'Nintendo spoke.', { name: 'Nintendo' }),
    );
    expect(mentionOf(graph, 'Nintendo').entityKey).toBe('person:nintendo');
  });

  it('keeps a city apart from the football club named after it', async () => {
    const graph = await resolve(
      [named('organization:liverpool', 'Organization', 'Liverpool', 43)],
      oneNameArticle('liverpool', 'The ferry left Liverpool at noon.', {
        name: 'Liverpool',
        type: 'Location',
      }),
    );
    expect(mentionOf(graph, 'Liverpool').entityKey).toBe('location:liverpool');
  });

  it('moves an acronym the tagger called a place onto the organisation', async () => {
    const graph = await resolve(
      [named('organization:bt', 'Organization', 'BT', 21)],
      oneNameArticle('bt', 'BT raised its line rental.', { name: 'BT', type: 'Location' }),
    );
    expect(mentionOf(graph, 'BT').entityKey).toBe('organization:bt');
  });
});
