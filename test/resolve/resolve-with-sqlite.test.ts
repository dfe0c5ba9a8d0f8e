import type { ExtractionResult } from '../../src/model/extraction';
import { createResolver, type Resolver } from '../../src/resolve';
import type { GraphStore } from '../../src/store/graph-store';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import {
  gordonBrownBudget,
  loneBrown,
  nickBrownFarming,
} from '../fixtures/resolve/namesake-articles';
import { summitArticle, summitFollowUpArticle } from '../fixtures/resolve/summit-articles';

/** Resolution reads the real store through its GraphStore methods and writes what it built. */
describe('resolution against the real SQLite store', () => {
  let store: GraphStore;
  let resolver: Resolver;

  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    await store.migrate();
    resolver = createResolver({
      lookup: store,
      clock: () => new Date('2025-06-01T00:00:00Z'),
      extractorVersion: 'test/1',
    });
  });

  afterEach(async () => {
    await store.close();
  });

  async function ingest(extraction: ExtractionResult) {
    return store.upsertArticle(await resolver.resolveArticle(extraction));
  }

  it('lands the second article’s "Putin" and "Shapovalova" on the first article’s entities', async () => {
    await ingest(summitArticle());
    const second = await ingest(summitFollowUpArticle());

    expect(second).toEqual({
      articleId: 'summit-day-two',
      status: 'created',
      entityKeys: ['organization:al-jazeera', 'person:yulia-shapovalova', 'wd:Q7747'],
    });
    const [putin, yulia] = await store.getEntities(['wd:Q7747', 'person:yulia-shapovalova']);
    expect(putin).toMatchObject({ name: 'Vladimir Putin', articleCount: 2, mentionCount: 3 });
    expect(yulia).toMatchObject({ name: 'Yulia Shapovalova', articleCount: 2 });
    expect(await store.getEntities(['person:putin', 'person:shapovalova'])).toEqual([null, null]);

    const snapshot = await store.snapshot();
    expect(snapshot.entities.filter((e) => e.type === 'Person').map((e) => e.key)).toEqual([
      'person:yulia-shapovalova',
      'wd:Q15031',
      'wd:Q7747',
    ]);
    const worksFor = await store.statementsBetween(
      'person:yulia-shapovalova',
      'WORKS_FOR',
      'organization:al-jazeera',
    );
    expect(worksFor.map((s) => s.articleId).sort()).toEqual(['summit-day-one', 'summit-day-two']);
  });

  it('resolves an article the same before and after the store learnt from a later one', async () => {
    const beforeAnything = await resolver.resolveArticle(summitArticle());
    await ingest(summitArticle());
    await ingest(summitFollowUpArticle());
    expect(await resolver.resolveArticle(summitArticle())).toEqual(beforeAnything);
  });

  it('keeps a lone "Brown" off both stored Browns, with both recorded as candidates', async () => {
    await ingest(gordonBrownBudget());
    await ingest(nickBrownFarming());
    const graph = await resolver.resolveArticle(loneBrown());
    expect(graph.mentions[0]).toMatchObject({
      entityKey: 'person:brown',
      candidates: ['person:nick-brown', 'wd:Q10648'],
    });
    await store.upsertArticle(graph);
    const browns = await store.findEntitiesByName('Brown', 'Person');
    expect(browns.map((b) => b.key).sort()).toEqual([
      'person:brown',
      'person:nick-brown',
      'wd:Q10648',
    ]);
  });
});
