import { ask } from './support/ask';
import { CHINA, MODI } from './support/follow-up-articles';
import { PUTIN, XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';

interface Rel {
  type: string;
  direction: string;
  subject: { id: string };
  object: { id: string };
  other: { id: string };
  maxConfidence: number;
  sourceCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

const RELATIONSHIPS = `query($id: ID!, $direction: Direction, $since: DateTime, $until: DateTime,
    $minConfidence: Float, $minSources: Int) {
  entity(id: $id) { relationships(direction: $direction, since: $since, until: $until,
      minConfidence: $minConfidence, minSources: $minSources, first: 100) {
    nodes { type direction subject { id } object { id } other { id }
      maxConfidence sourceCount firstDate lastDate } } } }`;

async function relationships(t: TestApi, id: string, filter: Record<string, unknown> = {}) {
  const data = await ask<{ entity: { relationships: { nodes: Rel[] } } }>(t, RELATIONSHIPS, {
    id,
    ...filter,
  });
  return data.entity.relationships.nodes;
}

/** One relationship as a string: its type and its two ends as stored. */
const tripleOf = (r: Rel) => `${r.subject.id} ${r.type} ${r.object.id}`;
const triples = (rels: readonly Rel[]) => rels.map(tripleOf).sort();

/**
 * `Entity.relationships` narrowed by direction, confidence, number of sources and date, on the
 * seed (8 May, one source) and the Beijing talks (20 June, another source).
 */
export function describeRelationshipFilters(getApi: () => TestApi): void {
  describe('Entity.relationships filters', () => {
    it('direction OUT has Xi as subject, IN as object, and BOTH is exactly the two together', async () => {
      const t = getApi();
      const [out, into, both] = await Promise.all([
        relationships(t, XI, { direction: 'OUT' }),
        relationships(t, XI, { direction: 'IN' }),
        relationships(t, XI, { direction: 'BOTH' }),
      ]);
      expect(out.every((r) => r.subject.id === XI && r.other.id === r.object.id)).toBe(true);
      expect(into.every((r) => r.object.id === XI && r.other.id === r.subject.id)).toBe(true);
      expect(triples(out)).toContain(`${XI} MET_WITH ${PUTIN}`);
      expect(triples(into)).toContain(`${PUTIN} HOSTED ${XI}`);
      expect(triples(out)).not.toContain(`${PUTIN} HOSTED ${XI}`);
      expect(triples(both)).toEqual(triples([...out, ...into]));
      expect(await relationships(t, XI)).toEqual(both);
    });

    it('minConfidence keeps exactly the relationships whose best statement reaches it', async () => {
      const t = getApi();
      const all = await relationships(t, XI);
      const confident = await relationships(t, XI, { minConfidence: 0.8 });
      expect(triples(confident)).toEqual(triples(all.filter((r) => r.maxConfidence >= 0.8)));
      expect(confident.length).toBeGreaterThan(0);
      expect(confident.length).toBeLessThan(all.length);
      expect(await relationships(t, XI, { minConfidence: 1.01 })).toEqual([]);
    });

    it('minSources 2 keeps what both publishers reported: the meeting and Xi leading China', async () => {
      const t = getApi();
      const all = await relationships(t, XI);
      const twice = await relationships(t, XI, { minSources: 2 });
      expect(triples(twice)).toEqual(triples(all.filter((r) => r.sourceCount >= 2)));
      expect(twice.map((r) => `${r.type} ${r.other.id}`).sort()).toEqual([
        `LEADER_OF ${CHINA}`,
        `MET_WITH ${PUTIN}`,
      ]);
    });

    it('since June keeps the relationships the Beijing talks restated, dated across both articles', async () => {
      const june = await relationships(getApi(), XI, { since: '2025-06-01' });
      expect(june.map((r) => `${r.type} ${r.other.id}`).sort()).toEqual([
        `LEADER_OF ${CHINA}`,
        `MET_WITH ${PUTIN}`,
      ]);
      for (const r of june) expect([r.firstDate, r.lastDate]).toEqual(['2025-05-08', '2025-06-20']);
    });

    it('until keeps a relationship only when a statement is dated on or before it', async () => {
      const t = getApi();
      expect(await relationships(t, MODI, { until: '2025-05-31' })).toEqual([]);
      const onTheDay = await relationships(t, MODI, { until: '2025-06-20' });
      expect(onTheDay.map((r) => `${r.type} ${r.direction}`)).toEqual(['LEADER_OF OUT']);
      const seedDay = await relationships(t, XI, { until: '2025-05-08' });
      expect(triples(seedDay)).toEqual(triples(await relationships(t, XI)));
    });

    it('since and until together keep nothing between the two articles', async () => {
      const between = await relationships(getApi(), XI, {
        since: '2025-05-09',
        until: '2025-06-19',
      });
      expect(between).toEqual([]);
    });
  });
}
