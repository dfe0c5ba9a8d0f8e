import { createDefaultExtractor } from '../../src/extract/default-extractor';
import { EXTRACTOR_VERSION } from '../../src/extract/pipeline';
import type { ArticleInput } from '../../src/model/article-input';
import { createResolver } from '../../src/resolve/create-resolver';
import {
  LoneSurnameTracker,
  RECONCILE_ACTOR,
  reconcileLoneSurnames,
} from '../../src/resolve/reconcile-lone-surnames';
import type { GraphStore } from '../../src/store/graph-store';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';

const extract = createDefaultExtractor();

async function ingestAll(store: GraphStore, tracker: LoneSurnameTracker, inputs: ArticleInput[]) {
  const resolver = createResolver({ lookup: store, extractorVersion: EXTRACTOR_VERSION });
  for (const input of inputs) {
    const graph = await resolver.resolveArticle(extract(input));
    tracker.noteGraph(graph);
    await store.upsertArticle(graph);
  }
}

async function personsNamed(store: GraphStore, name: string) {
  return (await store.findEntitiesByName(name, 'Person')).map((e) => e.name).sort();
}

describe('reconcileLoneSurnames', () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = openSqliteStore(':memory:');
    await store.migrate();
  });
  afterEach(() => store.close());

  it('merges a surname stored before the only full name that carries it', async () => {
    const tracker = new LoneSurnameTracker();
    await ingestAll(store, tracker, [
      { id: 'early', text: 'Mr Blair said the talks in London had gone well.' },
      {
        id: 'later',
        text: 'Prime Minister Tony Blair met business leaders in Manchester on Monday.',
      },
    ]);
    expect(await personsNamed(store, 'Blair')).toEqual(['Blair', 'Tony Blair']);

    const merges = await reconcileLoneSurnames(store, tracker.take());

    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ by: RECONCILE_ACTOR, merged: ['person:blair'] });
    expect(await personsNamed(store, 'Blair')).toEqual(['Tony Blair']);
    const [tony] = await store.findEntitiesByName('Tony Blair', 'Person');
    expect(tony?.articleCount).toBe(2);
  });

  it('leaves a surname alone when two full names share it', async () => {
    const tracker = new LoneSurnameTracker();
    await ingestAll(store, tracker, [
      { id: 'lone', text: 'Mr Brown said the budget would be balanced.' },
      { id: 'gordon', text: 'Chancellor Gordon Brown presented the budget on Wednesday.' },
      { id: 'nick', text: 'Labour MP Nick Brown spoke to farmers in Newcastle.' },
    ]);

    expect(await reconcileLoneSurnames(store, tracker.take())).toEqual([]);
    expect(await personsNamed(store, 'Brown')).toEqual(['Brown', 'Gordon Brown', 'Nick Brown']);
  });

  it('can be undone like any analyst merge', async () => {
    const tracker = new LoneSurnameTracker();
    await ingestAll(store, tracker, [
      { id: 'early', text: 'Mr Blair said the talks in London had gone well.' },
      {
        id: 'later',
        text: 'Prime Minister Tony Blair met business leaders in Manchester on Monday.',
      },
    ]);
    const before = await store.snapshot();
    const [merge] = await reconcileLoneSurnames(store, tracker.take());
    await store.undoMerge(merge?.id ?? '', { by: 'analyst' });
    expect(await store.snapshot()).toEqual(before);
  });
});
