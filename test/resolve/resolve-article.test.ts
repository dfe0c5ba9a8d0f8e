import { InvalidArticleError, InvalidInputError } from '../../src/errors';
import { coMentionsFromMentions } from '../../src/model/co-mentions';
import type { ArticleGraph } from '../../src/model/graph';
import { contentHash } from '../../src/model/ids';
import { createResolver, type EntityLookup } from '../../src/resolve';
import { validateArticleGraph } from '../../src/store/validate-article-graph';
import { buildExtraction } from '../fixtures/resolve/build-extraction';
import { createInMemoryLookup } from '../fixtures/resolve/in-memory-lookup';
import { summitArticle, summitFollowUpArticle } from '../fixtures/resolve/summit-articles';

const INGESTED = new Date('2025-06-01T12:00:00.000Z');

function resolverOver(lookup: EntityLookup = createInMemoryLookup()) {
  return createResolver({ lookup, clock: () => INGESTED, extractorVersion: 'test-extractor/1' });
}

function referencedKeys(graph: ArticleGraph): string[] {
  return [
    ...graph.mentions.map((m) => m.entityKey),
    ...graph.statements.flatMap((s) => [s.subjectKey, s.objectKey]),
    ...graph.quotes.flatMap((q) => [...(q.speakerKey ? [q.speakerKey] : []), ...q.mentionedKeys]),
  ];
}

describe('resolveArticle on a single article', () => {
  it('keys gazetteer entities by QID and the others by type and normalised name', async () => {
    const graph = await resolverOver().resolveArticle(summitArticle());
    expect(graph.entities.map((e) => e.key)).toEqual([
      'event:kremlin-talks',
      'location:kremlin',
      'organization:al-jazeera',
      'person:yulia-shapovalova',
      'wd:Q148',
      'wd:Q15031',
      'wd:Q159',
      'wd:Q649',
      'wd:Q7747',
    ]);
    expect(graph.entities.find((e) => e.key === 'wd:Q7747')).toMatchObject({
      name: 'Vladimir Putin',
      wikidataId: 'Q7747',
      aliases: ['Putin', 'Russian President Vladimir Putin'],
    });
  });

  it('keeps demonym and capital metonym mentions on the country without making them aliases', async () => {
    const graph = await resolverOver().resolveArticle(summitArticle());
    const china = graph.mentions.filter((m) => m.entityKey === 'wd:Q148').map((m) => m.text);
    expect(china).toEqual(['Chinese', 'Beijing', 'Chinese']);
    expect(graph.entities.find((e) => e.key === 'wd:Q148')?.aliases).toEqual([]);
  });

  it('orients a symmetric relation so that the subject key sorts first', async () => {
    const graph = await resolverOver().resolveArticle(summitArticle());
    const met = graph.statements.find((s) => s.type === 'MET_WITH');
    expect(met).toMatchObject({ subjectKey: 'wd:Q15031', objectKey: 'wd:Q7747' });
    const hosted = graph.statements.find((s) => s.type === 'HOSTED');
    expect(hosted).toMatchObject({ subjectKey: 'wd:Q7747', objectKey: 'wd:Q15031' });
  });

  it('turns event roles into PARTICIPATED_IN statements, one per role', async () => {
    const graph = await resolverOver().resolveArticle(summitArticle());
    const roles = graph.statements
      .filter((s) => s.type === 'PARTICIPATED_IN')
      .map((s) => [s.subjectKey, s.objectKey, s.role])
      .sort();
    expect(roles).toEqual([
      ['location:kremlin', 'event:kremlin-talks', 'place'],
      ['wd:Q7747', 'event:kremlin-talks', 'host'],
      ['wd:Q7747', 'event:kremlin-talks', 'participant'],
    ]);
  });

  it('builds the article record from the extraction, the clock and the extractor version', async () => {
    const extraction = summitArticle();
    const graph = await resolverOver().resolveArticle(extraction, { url: 'https://example.org/a' });
    expect(graph.article).toEqual({
      id: 'summit-day-one',
      url: 'https://example.org/a',
      title: 'Putin hosts Xi at the Kremlin',
      source: 'Inter Bellum News',
      publishedAt: '2025-05-08',
      ingestedAt: '2025-06-01T12:00:00.000Z',
      contentHash: contentHash('Putin hosts Xi at the Kremlin', extraction.text),
      language: 'en',
      wordCount: 63,
      text: extraction.text,
      extractor: 'test-extractor/1',
    });
  });

  it('attributes quotes to the resolved speaker', async () => {
    const graph = await resolverOver().resolveArticle(summitArticle());
    expect(graph.quotes).toHaveLength(1);
    expect(graph.quotes[0]).toMatchObject({
      speakerKey: 'person:yulia-shapovalova',
      mentionedKeys: [],
    });
  });

  it('derives co-mentions from the resolved mentions', async () => {
    const graph = await resolverOver().resolveArticle(summitArticle());
    expect(graph.cooccurrences).toEqual(coMentionsFromMentions(graph.mentions));
    expect(graph.cooccurrences).toContainEqual({ a: 'wd:Q15031', b: 'wd:Q7747', count: 1 });
  });

  it('leaves no dangling key: every referenced key is one of the entities', async () => {
    for (const extraction of [summitArticle(), summitFollowUpArticle()]) {
      const graph = await resolverOver().resolveArticle(extraction);
      const keys = new Set(graph.entities.map((e) => e.key));
      expect(referencedKeys(graph).filter((k) => !keys.has(k))).toEqual([]);
      expect(() => validateArticleGraph(graph)).not.toThrow();
    }
  });

  it('never makes a person of a lone title, and drops what only it supported', async () => {
    const graph = await resolverOver().resolveArticle(summitFollowUpArticle());
    expect(graph.entities.map((e) => e.key)).toEqual([
      'organization:al-jazeera',
      'person:putin',
      'person:shapovalova',
    ]);
    expect(graph.mentions.map((m) => m.text)).not.toContain('the Chinese leader');
    expect(graph.statements.map((s) => s.type)).toEqual(['WORKS_FOR']);
  });

  it('gives the same graph for the same extraction, whatever the order of its entities', async () => {
    const lookup = createInMemoryLookup();
    const first = await resolverOver(lookup).resolveArticle(summitArticle());
    const shuffled = summitArticle();
    shuffled.entities.reverse();
    shuffled.relations.reverse();
    expect(await resolverOver(lookup).resolveArticle(shuffled)).toEqual(first);
  });

  it('rejects an extraction whose relation names an entity it never defined', async () => {
    const extraction = summitArticle();
    const [first] = extraction.relations;
    if (!first) throw new Error('fixture has relations');
    extraction.relations.push({ ...first, object: 'person:nobody' });
    await expect(resolverOver().resolveArticle(extraction)).rejects.toThrow(InvalidArticleError);
    await expect(resolverOver().resolveArticle(extraction)).rejects.toThrow(/person:nobody/);
  });

  it('explains invalid options when the resolver is created', () => {
    expect(() => createResolver({ lookup: {} as EntityLookup, extractorVersion: ' ' })).toThrow(
      InvalidInputError,
    );
    expect(() => createResolver({ lookup: {} as EntityLookup, extractorVersion: '' })).toThrow(
      /findEntitiesByName.*extractorVersion/s,
    );
  });
});

describe('resolveArticle inside one article', () => {
  /** The extractor missed that "Putin" is Vladimir Putin: both ends of a claim collapse. */
  const missedCoreference = () =>
    buildExtraction({
      id: 'missed-coref',
      sentences: [
        'Vladimir Putin hosted Xi Jinping in Moscow.',
        'Putin hosted Xi Jinping again on Friday.',
      ],
      entities: [
        {
          type: 'Person',
          name: 'Vladimir Putin',
          wikidataId: 'Q7747',
          mentions: [{ sentence: 0, text: 'Vladimir Putin' }],
        },
        { type: 'Person', name: 'Putin', mentions: [{ sentence: 1, text: 'Putin' }] },
        {
          type: 'Person',
          name: 'Xi Jinping',
          wikidataId: 'Q15031',
          mentions: [
            { sentence: 0, text: 'Xi Jinping' },
            { sentence: 1, text: 'Xi Jinping' },
          ],
        },
      ],
      relations: [
        {
          type: 'MET_WITH',
          subject: 'wd:Q7747',
          object: 'person:putin',
          sentence: 1,
          rule: 'coordination',
        },
        {
          type: 'HOSTED',
          subject: 'wd:Q7747',
          object: 'wd:Q15031',
          sentence: 1,
          rule: 'verb:host',
          confidence: 0.6,
        },
        {
          type: 'HOSTED',
          subject: 'person:putin',
          object: 'wd:Q15031',
          sentence: 1,
          rule: 'verb:host',
          confidence: 0.8,
        },
      ],
    });

  it('attaches a surname to the one fuller name the article gives', async () => {
    const graph = await resolverOver().resolveArticle(missedCoreference());
    expect(graph.entities.map((e) => e.key)).toEqual(['wd:Q15031', 'wd:Q7747']);
    expect(graph.mentions.filter((m) => m.entityKey === 'wd:Q7747').map((m) => m.text)).toEqual([
      'Vladimir Putin',
      'Putin',
    ]);
  });

  it('drops the self-loop resolution created and keeps one of two claims it made identical', async () => {
    const graph = await resolverOver().resolveArticle(missedCoreference());
    expect(graph.statements).toHaveLength(1);
    expect(graph.statements[0]).toMatchObject({
      type: 'HOSTED',
      subjectKey: 'wd:Q7747',
      objectKey: 'wd:Q15031',
      confidence: 0.8,
    });
  });

  it('keeps a surname two people of the article share apart from both, as ambiguous', async () => {
    const extraction = buildExtraction({
      id: 'two-clintons',
      sentences: ['Bill Clinton and Hillary Clinton arrived together.', 'Clinton spoke first.'],
      entities: [
        { type: 'Person', name: 'Bill Clinton', mentions: [{ sentence: 0, text: 'Bill Clinton' }] },
        {
          type: 'Person',
          name: 'Hillary Clinton',
          mentions: [{ sentence: 0, text: 'Hillary Clinton' }],
        },
        {
          type: 'Person',
          name: 'Clinton',
          mentions: [{ sentence: 1, text: 'Clinton', confidence: 0.8 }],
        },
      ],
    });
    const graph = await resolverOver().resolveArticle(extraction);
    expect(graph.mentions.find((m) => m.text === 'Clinton')).toMatchObject({
      entityKey: 'person:clinton',
      candidates: ['person:bill-clinton', 'person:hillary-clinton'],
      confidence: 0.4,
    });
  });
});
