import { KREMLIN, LULA, MOSCOW, RUSSIA, XI, YULIA } from '../fixtures/graphs/entities';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';
import type { CurrentStore } from './contract-context';

const PAGE = { limit: 10, offset: 0 };

export function describeSearchContract(store: CurrentStore): void {
  describe('searchEntities', () => {
    beforeEach(async () => {
      await store().upsertArticle(seedArticleGraph());
      await store().upsertArticle(secondSourceGraph());
    });

    const topKey = async (query: string) =>
      (await store().searchEntities(query, PAGE))[0]?.entity.key;

    it('finds an entity by its exact name, first', async () => {
      await expect(topKey('Yulia Shapovalova')).resolves.toBe(YULIA.key);
      await expect(topKey('Russia')).resolves.toBe(RUSSIA.key);
    });

    it('finds an entity by an alias, first', async () => {
      await expect(topKey('Xi')).resolves.toBe(XI.key);
    });

    it('finds Yulia Shapovalova from a misspelt query', async () => {
      await expect(topKey('Yulia Shapovalava')).resolves.toBe(YULIA.key);
      await expect(topKey('Shapovalva')).resolves.toBe(YULIA.key);
      await expect(topKey('Kremlim')).resolves.toBe(KREMLIN.key);
    });

    it('finds a name written without its diacritic', async () => {
      await expect(topKey('Luiz Inacio Lula da Silva')).resolves.toBe(LULA.key);
      await expect(topKey('Inacio')).resolves.toBe(LULA.key);
    });

    it('ranks the exact match above entities that only contain the word', async () => {
      const hits = await store().searchEntities('Moscow', PAGE);
      expect(hits.map((h) => h.entity.key).slice(0, 2)).toEqual([MOSCOW.key, KREMLIN.key]);
      expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
    });

    it('filters by type', async () => {
      const people = await store().searchEntities('Russia', { ...PAGE, types: ['Person'] });
      expect(people.map((h) => h.entity.key)).not.toContain(RUSSIA.key);
      const locations = await store().searchEntities('Moscow', { ...PAGE, types: ['Location'] });
      expect(locations[0]?.entity.key).toBe(MOSCOW.key);
      await expect(
        store().searchEntities('Moscow', { ...PAGE, types: ['Country'] }),
      ).resolves.toEqual([]);
    });

    it('pages through the ranked hits', async () => {
      const all = await store().searchEntities('Moscow', PAGE);
      const first = await store().searchEntities('Moscow', { limit: 1, offset: 0 });
      const second = await store().searchEntities('Moscow', { limit: 1, offset: 1 });
      expect(first.map((h) => h.entity.key)).toEqual([all[0]?.entity.key]);
      expect(second.map((h) => h.entity.key)).toEqual([all[1]?.entity.key]);
    });

    it('finds nothing for an unrelated query', async () => {
      await expect(store().searchEntities('Zanzibar Quokka', PAGE)).resolves.toEqual([]);
    });
  });
}
