import { PendingBatchLookup } from '../../src/ingest/pending-batch-lookup';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { duplicateEntityGraph } from '../fixtures/graphs/duplicate-entity-article';
import { PUTIN, V_PUTIN, XI } from '../fixtures/graphs/entities';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';

async function storeWith(...graphs: ReturnType<typeof seedArticleGraph>[]) {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  for (const graph of graphs) await store.upsertArticle(graph);
  return store;
}

describe('PendingBatchLookup', () => {
  it('answers as the store would after writing the pending graphs', async () => {
    const written = await storeWith(seedArticleGraph(), secondSourceGraph());
    const store = await storeWith(seedArticleGraph());
    const lookup = new PendingBatchLookup(store);
    await lookup.add(secondSourceGraph());

    for (const name of ['V. V. Putin', 'President Xi', 'Xi', 'Lula']) {
      const expected = (await written.findEntitiesByName(name, 'Person')).map((e) => ({
        key: e.key,
        name: e.name,
        aliases: e.aliases,
      }));
      const seen = (await lookup.findEntitiesByName(name, 'Person')).map((e) => ({
        key: e.key,
        name: e.name,
        aliases: e.aliases,
      }));
      expect(seen).toEqual(expected);
    }
    const [putin] = await lookup.getEntities([PUTIN.key]);
    const [stored] = await written.getEntities([PUTIN.key]);
    expect(putin).toMatchObject({ name: stored?.name, aliases: stored?.aliases });
  });

  it('answers key look-ups of entities a name look-up found without asking the store again', async () => {
    const store = await storeWith(seedArticleGraph());
    const keyLookups: string[][] = [];
    const counting = {
      findEntitiesByName: store.findEntitiesByName.bind(store),
      findEntitiesByNames: store.findEntitiesByNames.bind(store),
      getEntities: (keys: readonly string[]) => {
        keyLookups.push([...keys]);
        return store.getEntities(keys);
      },
    };
    const lookup = new PendingBatchLookup(counting);
    await lookup.prefetch([{ form: 'xi jinping' }], []);
    const [byName] = await lookup.findEntitiesByName('Xi Jinping');
    expect(byName?.key).toBe(XI.key);

    await expect(lookup.getEntities([XI.key])).resolves.toEqual([byName]);
    expect(keyLookups).toEqual([]);
    await lookup.getEntities([PUTIN.key]);
    expect(keyLookups).toEqual([[PUTIN.key]]);
  });

  it('keeps the type filter and forgets the batch once it is written', async () => {
    const store = await storeWith(seedArticleGraph());
    const lookup = new PendingBatchLookup(store);
    await lookup.add(duplicateEntityGraph());
    expect((await lookup.findEntitiesByName('V. Putin', 'Person')).map((e) => e.key)).toEqual([
      V_PUTIN.key,
    ]);
    await expect(lookup.findEntitiesByName('V. Putin', 'Country')).resolves.toEqual([]);
    expect((await lookup.getEntities([XI.key, V_PUTIN.key])).map((e) => e?.key)).toEqual([
      XI.key,
      V_PUTIN.key,
    ]);

    lookup.clear();
    await expect(lookup.findEntitiesByName('V. Putin', 'Person')).resolves.toEqual([]);
    await expect(lookup.getEntities([V_PUTIN.key])).resolves.toEqual([null]);
  });
});
