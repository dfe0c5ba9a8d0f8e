import type { NeighbourhoodOptions } from '../../src/store/graph-queries';
import { GAS_TALKS } from '../fixtures/graphs/chain-entities';
import { PUTIN, XI } from '../fixtures/graphs/entities';
import type { CurrentQueryStore } from './queries-contract-fixture';

/**
 * `neighbourhood(…, { views: true })`: the entity views come with the walk (the API's one read
 * for `entity(id) { neighbors }`), and they are exactly what getEntities gives, on every store.
 */
export function describeNeighbourhoodViewsContract(store: CurrentQueryStore): void {
  describe('neighbourhood with views', () => {
    const depthTwo: NeighbourhoodOptions = { depth: 2, limit: 100 };

    it('gives every listed entity and the start exactly as getEntities gives them', async () => {
      const answer = await store().neighbourhood(XI.key, { ...depthTwo, views: true });
      const keys = answer.entities.map((e) => e.key);
      expect(keys.length).toBeGreaterThan(5);
      const [start, ...views] = await store().getEntities([XI.key, ...keys]);
      expect(answer.start).toEqual(start);
      expect(answer.entities.map((e) => e.entity)).toEqual(views);
      // The fixture's views carry the optional fields too (wikidataId, aliases, attributes).
      expect(answer.start?.wikidataId).toBe('Q15031');
      expect(answer.start?.aliases).toContain('Xi');
      expect(answer.entities.find((e) => e.key === GAS_TALKS.key)?.entity?.attributes).toEqual(
        (await store().getEntities([GAS_TALKS.key]))[0]?.attributes,
      );
    });

    it('changes nothing else: the same entities, distances and relationships as without', async () => {
      for (const options of [depthTwo, { depth: 1, limit: 3, types: ['MET_WITH' as const] }]) {
        const plain = await store().neighbourhood(PUTIN.key, options);
        const viewed = await store().neighbourhood(PUTIN.key, { ...options, views: true });
        expect(viewed.entities.map(({ key, distance }) => ({ key, distance }))).toEqual(
          plain.entities,
        );
        expect(viewed.relationships).toEqual(plain.relationships);
      }
    });

    it('answers a null start and no entities for an unknown key', async () => {
      const answer = await store().neighbourhood('person:nobody-at-all', {
        ...depthTwo,
        views: true,
      });
      expect(answer).toEqual({ entities: [], relationships: [], start: null });
    });

    it('still gives the start with limit 0', async () => {
      const answer = await store().neighbourhood(XI.key, { depth: 1, limit: 0, views: true });
      expect(answer.entities).toEqual([]);
      expect(answer.start).toEqual((await store().getEntities([XI.key]))[0]);
    });

    it('leaves views out unless asked (the answer keeps its plain shape)', async () => {
      const answer = await store().neighbourhood(XI.key, depthTwo);
      expect(answer).not.toHaveProperty('start');
      expect(answer.entities.every((e) => !('entity' in e))).toBe(true);
    });
  });
}
