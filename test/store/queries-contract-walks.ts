import type { RelationType } from '../../src/model/entity-types';
import type { GraphPath } from '../../src/store/graph-queries';
import { DOHA, DOHA_FORUM, GAS_TALKS, QATAR, TAMIM } from '../fixtures/graphs/chain-entities';
import {
  AL_JAZEERA,
  CHINA,
  KREMLIN,
  MOSCOW,
  PUTIN,
  RUSSIA,
  WWII_COMMEMORATIONS as WWII,
  XI,
  YULIA,
} from '../fixtures/graphs/entities';
import {
  mentionTotals,
  queryGraphs,
  relationshipTriples,
  type CurrentQueryStore,
} from './queries-contract-fixture';

const triple = (r: { subjectKey: string; type: string; objectKey: string }) =>
  `${r.subjectKey} ${r.type} ${r.objectKey}`;

/** The fixture relationships with both ends in `keys`, in the contract's order. */
function relationshipsAmong(keys: readonly string[], types?: readonly RelationType[]): string[] {
  const set = new Set(keys);
  return relationshipTriples(queryGraphs())
    .filter((t) => set.has(t.subjectKey) && set.has(t.objectKey))
    .filter((t) => !types || types.includes(t.type))
    .map(triple);
}

/** Neighbours of `key` in the fixture graph (either direction, `types` when given). */
function neighboursOf(key: string, types?: readonly RelationType[]): Set<string> {
  const found = new Set<string>();
  for (const t of relationshipTriples(queryGraphs())) {
    if (types && !types.includes(t.type)) continue;
    if (t.subjectKey === key) found.add(t.objectKey);
    if (t.objectKey === key) found.add(t.subjectKey);
  }
  return found;
}

const keysOf = (paths: GraphPath[]) => paths.map((p) => p.keys);

export function describeWalkContract(store: CurrentQueryStore): void {
  describe('neighbourhood', () => {
    it('lists depth-1 neighbours by mentionCount desc, then key, with every relationship among them', async () => {
      const answer = await store().neighbourhood(XI.key, { depth: 1, limit: 100 });
      // CHINA has 8 mentions, PUTIN 5; WWII, KREMLIN and TAMIM 2 each; DOHA_FORUM, GAS_TALKS 1.
      expect(answer.entities).toEqual(
        [CHINA, PUTIN, WWII, KREMLIN, TAMIM, DOHA_FORUM, GAS_TALKS].map((e) => ({
          key: e.key,
          distance: 1,
        })),
      );
      const totals = mentionTotals(queryGraphs());
      const counts = answer.entities.map((e) => totals.get(e.key)?.mentions ?? 0);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(answer.relationships.map(triple)).toEqual(
        relationshipsAmong([XI.key, ...answer.entities.map((e) => e.key)]),
      );
      // Edges between two neighbours are included, not only those touching the start.
      expect(answer.relationships.map(triple)).toContain(
        `${PUTIN.key} PARTICIPATED_IN ${GAS_TALKS.key}`,
      );
    });

    it('leaves the relationships out when not asked for them, with the same entities', async () => {
      const full = await store().neighbourhood(XI.key, { depth: 2, limit: 100 });
      const bare = await store().neighbourhood(XI.key, {
        depth: 2,
        limit: 100,
        relationships: false,
      });
      expect(full.relationships.length).toBeGreaterThan(0);
      expect(bare).toEqual({ entities: full.entities, relationships: [] });
    });

    it('sees each relationship from its subject, with the full aggregate', async () => {
      const answer = await store().neighbourhood(XI.key, { depth: 1, limit: 100 });
      const leader = answer.relationships.find(
        (r) => triple(r) === `${XI.key} LEADER_OF ${CHINA.key}`,
      );
      expect(leader).toEqual({
        type: 'LEADER_OF',
        subjectKey: XI.key,
        objectKey: CHINA.key,
        otherKey: CHINA.key,
        direction: 'OUT',
        statementCount: 2,
        articleCount: 2,
        sourceCount: 2,
        maxConfidence: 0.9,
        meanConfidence: expect.closeTo(0.8, 6),
        firstDate: '2013',
        lastDate: '2025-05-09',
        roles: [],
      });
      const hosted = answer.relationships.find((r) => r.type === 'HOSTED');
      expect(hosted).toMatchObject({ subjectKey: PUTIN.key, otherKey: XI.key, direction: 'OUT' });
    });

    it('gives each entity its shortest distance, up to depth 3, never CO_MENTIONED', async () => {
      const depth2 = await store().neighbourhood(XI.key, { depth: 2, limit: 100 });
      expect(depth2.entities.filter((e) => e.distance === 2)).toEqual(
        [RUSSIA, MOSCOW, QATAR, DOHA].map((e) => ({ key: e.key, distance: 2 })),
      );
      const depth3 = await store().neighbourhood(XI.key, { depth: 3, limit: 100 });
      expect(depth3.entities.filter((e) => e.distance === 3)).toEqual([
        { key: AL_JAZEERA.key, distance: 3 },
      ]);
      // Yulia is 4 hops away; Lula, Brazil and Power of Siberia 2 only share sentences with Xi.
      expect(depth3.entities.map((e) => e.key)).not.toContain(YULIA.key);
      expect(depth3.entities).toHaveLength(12);
    });

    it('walks the 3-hop chain from its end', async () => {
      for (const depth of [1, 2, 3]) {
        const answer = await store().neighbourhood(YULIA.key, { depth, limit: 10 });
        const chain = [AL_JAZEERA, QATAR, TAMIM].slice(0, depth);
        expect(answer.entities).toEqual(chain.map((e, i) => ({ key: e.key, distance: i + 1 })));
      }
      const answer = await store().neighbourhood(YULIA.key, { depth: 3, limit: 10 });
      expect(answer.relationships.map(triple)).toEqual([
        `${AL_JAZEERA.key} LOCATED_IN ${QATAR.key}`,
        `${YULIA.key} WORKS_FOR ${AL_JAZEERA.key}`,
        `${TAMIM.key} LEADER_OF ${QATAR.key}`,
      ]);
    });

    it('walks only the given relation types', async () => {
      const types: RelationType[] = ['LEADER_OF', 'MET_WITH'];
      const answer = await store().neighbourhood(XI.key, { depth: 2, types, limit: 100 });
      expect(answer.entities).toEqual([
        { key: CHINA.key, distance: 1 },
        { key: PUTIN.key, distance: 1 },
        { key: TAMIM.key, distance: 1 },
        { key: RUSSIA.key, distance: 2 },
        { key: QATAR.key, distance: 2 },
      ]);
      expect([...neighboursOf(XI.key, types)].sort()).toEqual(
        [CHINA.key, TAMIM.key, PUTIN.key].sort(),
      );
      expect(answer.relationships.map(triple)).toEqual(
        relationshipsAmong([XI.key, ...answer.entities.map((e) => e.key)], types),
      );
    });

    it('keeps the nearest `limit` entities and only relationships among those kept', async () => {
      const answer = await store().neighbourhood(XI.key, { depth: 2, limit: 8 });
      expect(answer.entities.map((e) => e.key)).toEqual([
        CHINA.key,
        PUTIN.key,
        WWII.key,
        KREMLIN.key,
        TAMIM.key,
        DOHA_FORUM.key,
        GAS_TALKS.key,
        RUSSIA.key,
      ]);
      expect(answer.relationships.map(triple)).toEqual(
        relationshipsAmong([XI.key, ...answer.entities.map((e) => e.key)]),
      );
      const none = await store().neighbourhood(XI.key, { depth: 2, limit: 0 });
      expect(none).toEqual({ entities: [], relationships: [] });
    });

    it('answers an unknown key with nothing', async () => {
      await expect(store().neighbourhood('wd:Q0', { depth: 2, limit: 10 })).resolves.toEqual({
        entities: [],
        relationships: [],
      });
    });
  });

  describe('paths', () => {
    it('finds paths shortest first, ties by their keys, following relationships against their direction', async () => {
      const paths = await store().paths(XI.key, RUSSIA.key, { maxHops: 3, limit: 10 });
      expect(keysOf(paths)).toEqual([
        [XI.key, CHINA.key, RUSSIA.key],
        [XI.key, PUTIN.key, RUSSIA.key],
        [XI.key, GAS_TALKS.key, PUTIN.key, RUSSIA.key],
        [XI.key, WWII.key, MOSCOW.key, RUSSIA.key],
        [XI.key, WWII.key, PUTIN.key, RUSSIA.key],
        [XI.key, KREMLIN.key, MOSCOW.key, RUSSIA.key],
      ]);
      // Xi–Putin carries HOSTED (Putin → Xi) and MET_WITH (Xi → Putin): HOSTED comes first by type.
      expect(paths[1]?.hops).toEqual([
        { subjectKey: PUTIN.key, type: 'HOSTED', objectKey: XI.key },
        { subjectKey: PUTIN.key, type: 'LEADER_OF', objectKey: RUSSIA.key },
      ]);
      expect(paths[0]?.hops).toEqual([
        { subjectKey: XI.key, type: 'LEADER_OF', objectKey: CHINA.key },
        { subjectKey: CHINA.key, type: 'PARTNER_OF', objectKey: RUSSIA.key },
      ]);
    });

    it('respects maxHops and limit', async () => {
      await expect(store().paths(XI.key, RUSSIA.key, { maxHops: 1, limit: 10 })).resolves.toEqual(
        [],
      );
      const two = await store().paths(XI.key, RUSSIA.key, { maxHops: 3, limit: 3 });
      expect(keysOf(two)).toEqual([
        [XI.key, CHINA.key, RUSSIA.key],
        [XI.key, PUTIN.key, RUSSIA.key],
        [XI.key, GAS_TALKS.key, PUTIN.key, RUSSIA.key],
      ]);
    });

    it('never repeats an entity within a path', async () => {
      const paths = await store().paths(XI.key, WWII.key, { maxHops: 3, limit: 100 });
      expect(keysOf(paths)).toEqual([
        [XI.key, WWII.key],
        [XI.key, PUTIN.key, WWII.key],
        [XI.key, GAS_TALKS.key, PUTIN.key, WWII.key],
        [XI.key, KREMLIN.key, MOSCOW.key, WWII.key],
      ]);
      const longer = await store().paths(YULIA.key, RUSSIA.key, { maxHops: 6, limit: 100 });
      expect(longer.length).toBeGreaterThan(0);
      for (const path of [...paths, ...longer]) {
        expect(new Set(path.keys).size).toBe(path.keys.length);
        expect(path.hops).toHaveLength(path.keys.length - 1);
      }
    });

    it('follows the 3-hop chain on to Putin within 5 or 6 hops', async () => {
      const chain = [YULIA.key, AL_JAZEERA.key, QATAR.key, TAMIM.key];
      await expect(store().paths(YULIA.key, PUTIN.key, { maxHops: 4, limit: 10 })).resolves.toEqual(
        [],
      );
      const five = await store().paths(YULIA.key, PUTIN.key, { maxHops: 5, limit: 10 });
      expect(five).toEqual([
        {
          keys: [...chain, XI.key, PUTIN.key],
          hops: [
            { subjectKey: YULIA.key, type: 'WORKS_FOR', objectKey: AL_JAZEERA.key },
            { subjectKey: AL_JAZEERA.key, type: 'LOCATED_IN', objectKey: QATAR.key },
            { subjectKey: TAMIM.key, type: 'LEADER_OF', objectKey: QATAR.key },
            { subjectKey: TAMIM.key, type: 'MET_WITH', objectKey: XI.key },
            { subjectKey: PUTIN.key, type: 'HOSTED', objectKey: XI.key },
          ],
        },
      ]);
      const six = await store().paths(YULIA.key, PUTIN.key, { maxHops: 6, limit: 10 });
      expect(keysOf(six)).toEqual([
        [...chain, XI.key, PUTIN.key],
        [...chain, DOHA_FORUM.key, XI.key, PUTIN.key],
        [...chain, XI.key, GAS_TALKS.key, PUTIN.key],
        [...chain, XI.key, WWII.key, PUTIN.key],
      ]);
    });

    it('walks only the given types and picks each hop among them', async () => {
      const types: RelationType[] = ['WORKS_FOR', 'LOCATED_IN', 'LEADER_OF', 'MET_WITH'];
      const paths = await store().paths(PUTIN.key, YULIA.key, { maxHops: 6, types, limit: 10 });
      expect(paths).toEqual([
        {
          keys: [PUTIN.key, XI.key, TAMIM.key, QATAR.key, AL_JAZEERA.key, YULIA.key],
          hops: [
            { subjectKey: XI.key, type: 'MET_WITH', objectKey: PUTIN.key },
            { subjectKey: TAMIM.key, type: 'MET_WITH', objectKey: XI.key },
            { subjectKey: TAMIM.key, type: 'LEADER_OF', objectKey: QATAR.key },
            { subjectKey: AL_JAZEERA.key, type: 'LOCATED_IN', objectKey: QATAR.key },
            { subjectKey: YULIA.key, type: 'WORKS_FOR', objectKey: AL_JAZEERA.key },
          ],
        },
      ]);
      await expect(
        store().paths(XI.key, RUSSIA.key, { maxHops: 6, types: ['HELD_IN'], limit: 10 }),
      ).resolves.toEqual([]);
    });

    it('answers the same entity or an unknown key with no path', async () => {
      await expect(store().paths(XI.key, XI.key, { maxHops: 3, limit: 10 })).resolves.toEqual([]);
      await expect(store().paths(XI.key, 'wd:Q0', { maxHops: 3, limit: 10 })).resolves.toEqual([]);
      await expect(store().paths('wd:Q0', XI.key, { maxHops: 3, limit: 10 })).resolves.toEqual([]);
    });
  });

  describe('commonNeighbours', () => {
    it('lists entities related to both, sorted by key, in either direction', async () => {
      const expected = (a: string, b: string, types?: RelationType[]) =>
        [...neighboursOf(a, types)]
          .filter((k) => neighboursOf(b, types).has(k) && k !== a && k !== b)
          .sort();
      await expect(store().commonNeighbours(XI.key, PUTIN.key)).resolves.toEqual([
        GAS_TALKS.key,
        WWII.key,
      ]);
      await expect(store().commonNeighbours(XI.key, MOSCOW.key)).resolves.toEqual([
        WWII.key,
        KREMLIN.key,
      ]);
      await expect(store().commonNeighbours(CHINA.key, MOSCOW.key)).resolves.toEqual([RUSSIA.key]);
      await expect(store().commonNeighbours(XI.key, QATAR.key)).resolves.toEqual(
        expected(XI.key, QATAR.key),
      );
      expect(expected(XI.key, QATAR.key)).toEqual([TAMIM.key]);
    });

    it('counts only the given types', async () => {
      await expect(
        store().commonNeighbours(XI.key, PUTIN.key, ['PARTICIPATED_IN']),
      ).resolves.toEqual([GAS_TALKS.key, WWII.key]);
      await expect(
        store().commonNeighbours(XI.key, MOSCOW.key, ['VISITED', 'LOCATED_IN']),
      ).resolves.toEqual([KREMLIN.key]);
      await expect(store().commonNeighbours(XI.key, PUTIN.key, ['HELD_IN'])).resolves.toEqual([]);
      await expect(store().commonNeighbours(XI.key, 'wd:Q0')).resolves.toEqual([]);
    });
  });
}
