import { ask } from './support/ask';
import { BEIJING_TALKS, KYIV_AIR_DEFENCE, UKRAINE } from './support/follow-up-articles';
import { PUTIN, SEED_ARTICLE, XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';

interface RelationCount {
  type: string;
  bucket: string | null;
  count: number;
}

const RELATION_COUNTS = `query($types: [RelationType!], $since: DateTime, $until: DateTime, $bucket: Bucket) {
  relationCounts(types: $types, since: $since, until: $until, bucket: $bucket) { type bucket count } }`;

async function relationCounts(t: TestApi, variables: Record<string, unknown> = {}) {
  return (await ask<{ relationCounts: RelationCount[] }>(t, RELATION_COUNTS, variables))
    .relationCounts;
}

function totalsByType(rows: readonly RelationCount[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.type, (totals.get(row.type) ?? 0) + row.count);
  return totals;
}

/** Ordered by type, then bucket: the order the contract promises. */
function inTypeThenBucketOrder(rows: readonly RelationCount[]): boolean {
  const keys = rows.map((r) => `${r.type} ${r.bucket ?? ''}`);
  return keys.every((key, i) => i === 0 || (keys[i - 1] ?? '') < key);
}

interface TopEntity {
  entity: { id: string; type: string; mentionCount: number; articleCount: number };
  mentions: number;
  articles: number;
}

const TOP = `query($type: EntityType, $since: DateTime, $first: Int) {
  topEntities(type: $type, since: $since, first: $first) {
    entity { id type mentionCount articleCount } mentions articles } }`;

/** The dashboards' aggregates over the seed (8 May) and the two June articles. */
export function describeDashboardCounts(getApi: () => TestApi): void {
  describe('relationCounts', () => {
    it('buckets the MET_WITH statements by day, week and month of their dates', async () => {
      const t = getApi();
      const byDay = await relationCounts(t, { types: ['MET_WITH'], bucket: 'DAY' });
      const byWeek = await relationCounts(t, { types: ['MET_WITH'], bucket: 'WEEK' });
      const byMonth = await relationCounts(t, { types: ['MET_WITH'], bucket: 'MONTH' });
      const unbucketed = await relationCounts(t, { types: ['MET_WITH'] });
      expect(byDay).toEqual([
        { type: 'MET_WITH', bucket: '2025-05-08', count: 1 },
        { type: 'MET_WITH', bucket: '2025-06-20', count: 1 },
      ]);
      // Weeks start on Monday: 8 May 2025 was a Thursday, 20 June a Friday.
      expect(byWeek.map((r) => r.bucket)).toEqual(['2025-05-05', '2025-06-16']);
      expect(byMonth.map((r) => r.bucket)).toEqual(['2025-05-01', '2025-06-01']);
      expect(unbucketed).toEqual([{ type: 'MET_WITH', bucket: null, count: 2 }]);
    });

    it('monthly buckets of every type add up to the unbucketed counts, in type then bucket order', async () => {
      const t = getApi();
      const byMonth = await relationCounts(t, { bucket: 'MONTH' });
      const totals = await relationCounts(t);
      expect(inTypeThenBucketOrder(byMonth)).toBe(true);
      expect(new Set(byMonth.map((r) => r.bucket))).toEqual(new Set(['2025-05-01', '2025-06-01']));
      expect(totalsByType(byMonth)).toEqual(totalsByType(totals));
      expect(totals.every((r) => r.bucket === null && r.count > 0)).toBe(true);
    });

    it('since June counts only the June statements: the seed’s ACCUSES is gone, MET_WITH is one', async () => {
      const t = getApi();
      const all = totalsByType(await relationCounts(t));
      const june = totalsByType(await relationCounts(t, { since: '2025-06-01' }));
      expect(all.get('ACCUSES')).toBeGreaterThan(0);
      expect(june.has('ACCUSES')).toBe(false);
      expect(june.get('MET_WITH')).toBe(1);
      for (const [type, count] of june) expect(count).toBeLessThanOrEqual(all.get(type) ?? 0);
    });
  });

  describe('stats and topEntities', () => {
    it('stats counts three articles from three publishers and one aggregated MET_WITH', async () => {
      const { stats } = await ask<{
        stats: {
          articles: number;
          sources: number;
          relationshipsByType: { type: string; count: number }[];
        };
      }>(getApi(), '{ stats { articles sources relationshipsByType { type count } } }');
      expect(stats.articles).toBe(3);
      expect(stats.sources).toBe(
        new Set([SEED_ARTICLE, BEIJING_TALKS, KYIV_AIR_DEFENCE].map((a) => a.source)).size,
      );
      expect(stats.relationshipsByType.find((c) => c.type === 'MET_WITH')?.count).toBe(1);
    });

    it('topEntities without a range ranks by the stored mention counts, people only when asked', async () => {
      const t = getApi();
      const { topEntities } = await ask<{ topEntities: TopEntity[] }>(t, TOP, { first: 5 });
      expect(topEntities).toHaveLength(5);
      for (const [i, row] of topEntities.entries()) {
        expect([row.mentions, row.articles]).toEqual([
          row.entity.mentionCount,
          row.entity.articleCount,
        ]);
        expect(row.mentions).toBeLessThanOrEqual(topEntities[i - 1]?.mentions ?? Infinity);
      }
      const people = await ask<{ topEntities: TopEntity[] }>(t, TOP, { type: 'Person', first: 2 });
      expect(people.topEntities.map((r) => r.entity.id)).toEqual([XI, PUTIN]);
    });

    it('topEntities since June counts the June mentions each entity’s timeline gives', async () => {
      const t = getApi();
      const { topEntities } = await ask<{ topEntities: TopEntity[] }>(t, TOP, {
        since: '2025-06-01',
        first: 100,
      });
      for (const id of [XI, PUTIN, UKRAINE]) {
        const { entity } = await ask<{
          entity: { timeline: { mentions: number; articles: number }[] };
        }>(
          t,
          'query($id: ID!) { entity(id: $id) { timeline(bucket: MONTH, since: "2025-06-01") { mentions articles } } }',
          { id },
        );
        const [june] = entity.timeline;
        const row = topEntities.find((r) => r.entity.id === id);
        expect({ id, mentions: row?.mentions, articles: row?.articles }).toEqual({
          id,
          mentions: june?.mentions,
          articles: 1,
        });
      }
      expect(topEntities.every((r) => r.mentions > 0 && r.articles <= 2)).toBe(true);
    });
  });
}
