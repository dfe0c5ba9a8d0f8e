import { ask } from './support/ask';
import { BEIJING, RUSSIA, UKRAINE } from './support/follow-up-articles';
import { PUTIN, XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';

interface CooccurrenceRow {
  entity: { id: string; type: string; articleCount: number };
  count: number;
  articleCount: number;
  pmi: number;
}

const COOCCURRENCES = `query($entity: ID!, $types: [EntityType!], $since: DateTime, $until: DateTime) {
  cooccurrences(entity: $entity, types: $types, since: $since, until: $until, first: 100) {
    entity { id type articleCount } count articleCount pmi } }`;

async function cooccurrences(t: TestApi, variables: Record<string, unknown>) {
  return (await ask<{ cooccurrences: CooccurrenceRow[] }>(t, COOCCURRENCES, variables))
    .cooccurrences;
}

/** Ids of the entities at the other end of the entity's relationships (any type, direction). */
async function linkedIds(t: TestApi, id: string): Promise<Set<string>> {
  const data = await ask<{ entity: { relationships: { nodes: { other: { id: string } }[] } } }>(
    t,
    'query($id: ID!) { entity(id: $id) { relationships(first: 100) { nodes { other { id } } } } }',
    { id },
  );
  return new Set(data.entity.relationships.nodes.map((r) => r.other.id));
}

/** count desc, then articleCount desc, then id: the order the contract promises. */
function isRanked(rows: readonly CooccurrenceRow[]): boolean {
  return rows.every((row, i) => {
    const prev = rows[i - 1];
    if (!prev) return true;
    if (prev.count !== row.count) return prev.count > row.count;
    if (prev.articleCount !== row.articleCount) return prev.articleCount > row.articleCount;
    return prev.entity.id < row.entity.id;
  });
}

/** "What connects X and Y" beyond paths: shared neighbours and sentence co-occurrence. */
export function describeCommonNeighboursAndCooccurrences(getApi: () => TestApi): void {
  describe('commonNeighbors', () => {
    it('of Xi and Putin are exactly the entities linked to both: Russia and the visit among them', async () => {
      const t = getApi();
      const [ofXi, ofPutin] = await Promise.all([linkedIds(t, XI), linkedIds(t, PUTIN)]);
      const shared = [...ofXi].filter((id) => ofPutin.has(id) && id !== XI && id !== PUTIN);
      const data = await ask<{ commonNeighbors: { id: string }[] }>(
        t,
        'query($a: ID!, $b: ID!) { commonNeighbors(a: $a, b: $b) { id } }',
        { a: XI, b: PUTIN },
      );
      const ids = data.commonNeighbors.map((e) => e.id);
      expect(ids).toEqual([...shared].sort());
      expect(ids).toContain(RUSSIA);
    });

    it('narrowed to PARTICIPATED_IN, is the one event both took part in', async () => {
      const data = await ask<{
        commonNeighbors: { type: string; attributes: { kind?: string } | null }[];
      }>(
        getApi(),
        'query($a: ID!, $b: ID!) { commonNeighbors(a: $a, b: $b, types: [PARTICIPATED_IN]) { type attributes } }',
        { a: XI, b: PUTIN },
      );
      expect(data.commonNeighbors).toEqual([
        { type: 'Event', attributes: expect.objectContaining({ kind: 'visit' }) },
      ]);
    });

    it('with an unknown entity is empty, not an error', async () => {
      const data = await ask<{ commonNeighbors: unknown[] }>(
        getApi(),
        `{ commonNeighbors(a: "${XI}", b: "person:nobody-at-all") { id } }`,
      );
      expect(data.commonNeighbors).toEqual([]);
    });
  });

  describe('cooccurrences', () => {
    it('of Xi are ranked by count, and each PMI is log2(P(a,b) / (P(a) P(b))) over all articles', async () => {
      const t = getApi();
      const { stats, entity } = await ask<{
        stats: { articles: number };
        entity: { articleCount: number };
      }>(t, `{ stats { articles } entity(id: "${XI}") { articleCount } }`);
      const rows = await cooccurrences(t, { entity: XI });
      expect(rows.length).toBeGreaterThan(3);
      expect(isRanked(rows)).toBe(true);
      for (const row of rows) {
        const expected = Math.log2(
          (row.articleCount * stats.articles) / (entity.articleCount * row.entity.articleCount),
        );
        expect(row.pmi).toBeCloseTo(expected, 9);
      }
    });

    it('Putin, named in both of Xi’s articles and no other, scores above Ukraine, named in one of them and elsewhere', async () => {
      const rows = await cooccurrences(getApi(), { entity: XI });
      const putin = rows.find((r) => r.entity.id === PUTIN);
      const ukraine = rows.find((r) => r.entity.id === UKRAINE);
      expect(putin).toMatchObject({ articleCount: 2, pmi: expect.closeTo(Math.log2(3 / 2), 9) });
      expect(ukraine).toMatchObject({ articleCount: 1, pmi: expect.closeTo(Math.log2(3 / 4), 9) });
    });

    it('since June counts only the Beijing talks: Beijing appears, Ukraine does not', async () => {
      const t = getApi();
      const all = await cooccurrences(t, { entity: XI });
      const june = await cooccurrences(t, { entity: XI, since: '2025-06-01' });
      const ids = june.map((r) => r.entity.id);
      expect(ids).toEqual(expect.arrayContaining([PUTIN, BEIJING]));
      expect(ids).not.toContain(UKRAINE);
      for (const row of june) {
        expect(row.articleCount).toBe(1);
        const overall = all.find((r) => r.entity.id === row.entity.id);
        expect(row.count).toBeLessThanOrEqual(overall?.count ?? 0);
      }
      // Two articles in June, Xi and Putin in one of them and together there: PMI log2(2).
      expect(june.find((r) => r.entity.id === PUTIN)?.pmi).toBeCloseTo(1, 9);
    });

    it('until before June and narrowed to people is Putin, the one person named beside Xi in the seed', async () => {
      const rows = await cooccurrences(getApi(), {
        entity: XI,
        types: ['Person'],
        until: '2025-05-31',
      });
      expect(rows.map((r) => [r.entity.id, r.entity.type])).toEqual([[PUTIN, 'Person']]);
    });
  });
}
