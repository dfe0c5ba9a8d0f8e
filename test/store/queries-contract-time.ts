import type { RelationType } from '../../src/model/entity-types';
import type { Bucket, RelationCount, TimelineBucket } from '../../src/store/graph-queries';
import { TAMIM } from '../fixtures/graphs/chain-entities';
import { CHINA, PUTIN, RUSSIA, XI, YULIA } from '../fixtures/graphs/entities';
import {
  articleDate,
  bucketStart,
  cmp,
  inRange,
  mentionTotals,
  queryGraphs,
  statementDate,
  type CurrentQueryStore,
} from './queries-contract-fixture';

/** The timeline of `key` derived from the fixture graphs. */
function expectedTimeline(
  key: string,
  bucket: Bucket,
  since?: string,
  until?: string,
): TimelineBucket[] {
  const buckets = new Map<string, TimelineBucket>();
  for (const g of queryGraphs()) {
    const date = articleDate(g);
    if (!inRange(date, since, until)) continue;
    const mentions = g.mentions.filter((m) => m.entityKey === key).length;
    const statements = g.statements.filter(
      (s) => s.subjectKey === key || s.objectKey === key,
    ).length;
    if (mentions === 0 && statements === 0) continue;
    const start = bucketStart(date, bucket);
    const b = buckets.get(start) ?? { start, mentions: 0, articles: 0, statements: 0 };
    b.mentions += mentions;
    b.articles += 1;
    b.statements += statements;
    buckets.set(start, b);
  }
  return [...buckets.values()].sort((a, b) => cmp(a.start, b.start));
}

function expectedRelationCounts(options: {
  types?: RelationType[];
  since?: string;
  until?: string;
  bucket?: Bucket;
}): RelationCount[] {
  const counts = new Map<string, RelationCount>();
  for (const g of queryGraphs()) {
    for (const s of g.statements) {
      if (s.modality === 'negated' || s.subjectKey === s.objectKey) continue;
      if (options.types && !options.types.includes(s.type)) continue;
      const date = statementDate(g, s);
      if (!inRange(date, options.since, options.until)) continue;
      if (options.bucket && date === undefined) continue;
      const bucket =
        options.bucket && date !== undefined ? bucketStart(date, options.bucket) : undefined;
      const id = `${s.type} ${bucket ?? ''}`;
      const row = counts.get(id) ?? { type: s.type, ...(bucket ? { bucket } : {}), count: 0 };
      row.count += 1;
      counts.set(id, row);
    }
  }
  return [...counts.values()].sort(
    (a, b) => cmp(a.type, b.type) || cmp(a.bucket ?? '', b.bucket ?? ''),
  );
}

function expectedTop(options: { type?: string; since?: string; until?: string; limit: number }) {
  const types = new Map(queryGraphs().flatMap((g) => g.entities.map((e) => [e.key, e.type])));
  return [...mentionTotals(queryGraphs(), options.since, options.until)]
    .filter(([key]) => !options.type || types.get(key) === options.type)
    .map(([key, t]) => ({ key, mentions: t.mentions, articles: t.articles }))
    .sort((a, b) => b.mentions - a.mentions || cmp(a.key, b.key))
    .slice(0, options.limit);
}

export function describeTimeContract(store: CurrentQueryStore): void {
  describe('timeline', () => {
    it('buckets by day of the article date (publishedAt, else ingestedAt)', async () => {
      const days = await store().timeline(XI.key, { bucket: 'DAY' });
      expect(days.map((b) => b.start)).toEqual([
        '2025-04-28',
        '2025-05-08',
        '2025-05-09',
        '2025-06-01',
        '2025-06-02',
        '2025-07-03',
      ]);
      expect(days).toEqual(expectedTimeline(XI.key, 'DAY'));
      // The seed article: four mentions of Xi and five statements about him.
      expect(days[2]).toEqual({ start: '2025-05-09', mentions: 4, articles: 1, statements: 5 });
    });

    it('starts weeks on Monday (a Sunday belongs to the week before)', async () => {
      const weeks = await store().timeline(XI.key, { bucket: 'WEEK' });
      expect(weeks.map((b) => b.start)).toEqual([
        '2025-04-28',
        '2025-05-05',
        '2025-05-26',
        '2025-06-02',
        '2025-06-30',
      ]);
      expect(weeks).toEqual(expectedTimeline(XI.key, 'WEEK'));
      expect(weeks[1]).toMatchObject({ mentions: 6, articles: 2, statements: 6 });
    });

    it('buckets by month within since/until, until including the whole day it names', async () => {
      const months = await store().timeline(XI.key, { bucket: 'MONTH' });
      expect(months.map((b) => b.start)).toEqual([
        '2025-04-01',
        '2025-05-01',
        '2025-06-01',
        '2025-07-01',
      ]);
      expect(months).toEqual(expectedTimeline(XI.key, 'MONTH'));
      const window = { since: '2025-05-01', until: '2025-06-01' };
      const ranged = await store().timeline(XI.key, { bucket: 'MONTH', ...window });
      expect(ranged).toEqual(expectedTimeline(XI.key, 'MONTH', window.since, window.until));
      expect(ranged.map((b) => [b.start, b.articles])).toEqual([
        ['2025-05-01', 2],
        ['2025-06-01', 1],
      ]);
      // 2025-05-08T18:30:00Z falls within until '2025-05-08'.
      const untilDay = await store().timeline(XI.key, { bucket: 'DAY', until: '2025-05-08' });
      expect(untilDay.map((b) => b.start)).toEqual(['2025-04-28', '2025-05-08']);
    });

    it('answers an unknown key with no buckets', async () => {
      await expect(store().timeline('wd:Q0', { bucket: 'DAY' })).resolves.toEqual([]);
    });
  });

  describe('topEntities', () => {
    it('ranks by stored mention counts, ties by key', async () => {
      const top = await store().topEntities({ limit: 3 });
      expect(top).toEqual(expectedTop({ limit: 3 }));
      expect(top.map((e) => e.key)).toEqual([XI.key, RUSSIA.key, CHINA.key]);
      expect(top[0]).toEqual({ key: XI.key, mentions: 10, articles: 6 });
    });

    it('filters by type', async () => {
      const people = await store().topEntities({ type: 'Person', limit: 4 });
      expect(people).toEqual(expectedTop({ type: 'Person', limit: 4 }));
      expect(people.map((e) => e.key)).toEqual([XI.key, PUTIN.key, YULIA.key, TAMIM.key]);
    });

    it('counts only articles dated in range', async () => {
      const range = { since: '2025-06-01', until: '2025-07-03' };
      const top = await store().topEntities({ ...range, limit: 5 });
      expect(top).toEqual(expectedTop({ ...range, limit: 5 }));
      expect(top[0]).toEqual({ key: XI.key, mentions: 3, articles: 3 });
      const may = await store().topEntities({
        type: 'Country',
        since: '2025-05',
        until: '2025-05',
        limit: 10,
      });
      expect(may).toEqual(
        expectedTop({ type: 'Country', since: '2025-05', until: '2025-05', limit: 10 }),
      );
    });
  });

  describe('relationCounts', () => {
    it('counts non-negated statements per type', async () => {
      const counts = await store().relationCounts({});
      expect(counts).toEqual(expectedRelationCounts({}));
      expect(counts.map((c) => c.type)).not.toContain('SUPPORTS');
      expect(counts.find((c) => c.type === 'PARTICIPATED_IN')).toEqual({
        type: 'PARTICIPATED_IN',
        count: 7,
      });
    });

    it('buckets by statement date (stated, else published), leaving undated statements out', async () => {
      const counts = await store().relationCounts({
        bucket: 'MONTH',
        types: ['LEADER_OF', 'PARTNER_OF'],
      });
      expect(counts).toEqual(
        expectedRelationCounts({ bucket: 'MONTH', types: ['LEADER_OF', 'PARTNER_OF'] }),
      );
      expect(counts).toEqual([
        { type: 'LEADER_OF', bucket: '2013-01-01', count: 1 },
        { type: 'LEADER_OF', bucket: '2025-04-01', count: 1 },
        { type: 'LEADER_OF', bucket: '2025-05-01', count: 3 },
        { type: 'PARTNER_OF', bucket: '2025-05-01', count: 1 },
      ]);
    });

    it('filters by statement date range', async () => {
      const may = { since: '2025-05-01', until: '2025-05-31' };
      const counts = await store().relationCounts(may);
      expect(counts).toEqual(expectedRelationCounts(may));
      // HELD_IN is stated for 9 May in an article of 2 June.
      expect(counts.find((c) => c.type === 'HELD_IN')).toEqual({ type: 'HELD_IN', count: 1 });
      const weeks = await store().relationCounts({ ...may, bucket: 'WEEK', types: ['MET_WITH'] });
      expect(weeks).toEqual([{ type: 'MET_WITH', bucket: '2025-05-05', count: 2 }]);
    });
  });
}
