import type { ArticleGraph } from '../../src/model/graph';
import type { ExportEdge, ExportFilter, GraphExportSource } from '../../src/store/export-source';
import type { GraphStore } from '../../src/store/graph-store';
import { chainArticleGraphs } from '../fixtures/graphs/chain-articles';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';
import {
  byId,
  byKey,
  collect,
  comparable,
  expectedExport,
  inRange,
  type Expected,
} from './export-expectations';

export interface ExportFixture {
  /** A fresh, migrated, empty store. */
  store: GraphStore;
  /** An export source reading the same database, `pageSize` rows per page. */
  openSource(pageSize?: number): Promise<GraphExportSource>;
  cleanup(): Promise<void>;
}

/**
 * The GraphExportSource contract, run unchanged against each adapter: seven articles (seed,
 * second source, five chain articles spread over April–June 2025) are written through the
 * GraphStore, and what the export source streams must equal what the store's own reads say.
 */
export function describeExportSourceContract(
  name: string,
  open: () => Promise<ExportFixture>,
): void {
  describe(`GraphExportSource contract: ${name}`, () => {
    const graphs: ArticleGraph[] = [
      seedArticleGraph(),
      secondSourceGraph(),
      ...chainArticleGraphs(),
    ];
    let fixture: ExportFixture;
    let source: GraphExportSource;
    let expected: Expected;

    beforeAll(async () => {
      fixture = await open();
      for (const graph of graphs) await fixture.store.upsertArticle(graph);
      source = await fixture.openSource();
      expected = await expectedExport(fixture.store, graphs);
    });

    afterAll(async () => {
      await source?.close();
      await fixture?.cleanup();
    });

    const nodes = (filter: ExportFilter, from = source) => collect(from.nodes(filter));
    const edges = async (filter: ExportFilter, from = source) =>
      (await collect(from.relationships(filter))).map(comparable);

    it('streams every entity once, in key order, with its counts, aliases and seen range', async () => {
      const exported = await nodes({});
      expect(exported.length).toBeGreaterThan(10);
      expect(exported).toEqual([...exported].sort(byKey));
      expect([...exported].sort(byKey)).toEqual([...expected.nodes].sort(byKey));
    });

    it('streams every aggregated typed relationship, and no co-mentions unless asked', async () => {
      const exported = await edges({});
      expect(exported.length).toBeGreaterThan(5);
      expect(exported.every((e) => e.kind === 'relationship')).toBe(true);
      expect([...exported].sort(byId)).toEqual([...expected.relationships].sort(byId));
    });

    it('adds the CO_MENTIONED pairs with their summed counts when asked', async () => {
      const exported = await edges({ coMentions: true });
      const coMentions = exported.filter((e) => e.kind === 'co-mention');
      expect(coMentions.length).toBeGreaterThan(10);
      expect([...coMentions].sort(byId)).toEqual([...expected.coMentions].sort(byId));
      expect(exported.length).toBe(expected.relationships.length + expected.coMentions.length);
    });

    it('gives the same items with pages of one, two and three rows as with one page', async () => {
      const all = await edges({ coMentions: true });
      const allNodes = await nodes({});
      for (const pageSize of [1, 2, 3]) {
        const small = await fixture.openSource(pageSize);
        try {
          expect(await nodes({}, small)).toEqual(allNodes);
          expect(await edges({ coMentions: true }, small)).toEqual(all);
        } finally {
          await small.close();
        }
      }
    });

    it('keeps only the relation types asked for, and only co-mentions for CO_MENTIONED alone', async () => {
      const metOrHosted = await edges({ relationTypes: ['MET_WITH', 'HOSTED'] });
      const want = expected.relationships.filter(
        (e) => e.type === 'MET_WITH' || e.type === 'HOSTED',
      );
      expect(want.length).toBeGreaterThan(0);
      expect(want.length).toBeLessThan(expected.relationships.length);
      expect([...metOrHosted].sort(byId)).toEqual([...want].sort(byId));

      const onlyCoMentions = await edges({ relationTypes: [], coMentions: true });
      expect([...onlyCoMentions].sort(byId)).toEqual([...expected.coMentions].sort(byId));
    });

    it('keeps only entities of the types asked for, and only edges between them', async () => {
      const filter: ExportFilter = { entityTypes: ['Person', 'Country'], coMentions: true };
      const kept = expected.nodes.filter((n) => n.type === 'Person' || n.type === 'Country');
      const keys = new Set(kept.map((n) => n.key));
      expect(kept.length).toBeLessThan(expected.nodes.length);
      expect(await nodes(filter)).toEqual([...kept].sort(byKey));
      const want = [...expected.relationships, ...expected.coMentions].filter(
        (e) => keys.has(e.source) && keys.has(e.target),
      );
      expect(want.some((e) => e.kind === 'relationship')).toBe(true);
      expect([...(await edges(filter))].sort(byId)).toEqual(want.sort(byId));
    });

    it.each([
      { label: 'June 2025 (month prefixes)', range: { since: '2025-06', until: '2025-06' } },
      { label: 'from 9 May 2025 on', range: { since: '2025-05-09' } },
      { label: 'up to 8 May 2025 (until keeps 18:30 that day)', range: { until: '2025-05-08' } },
      {
        label: '2013, a stated date of entities seen only in 2025',
        range: { since: '2013', until: '2013' },
      },
    ])('keeps entities seen and edges dated in range: $label', async ({ range }) => {
      const { since, until } = range as { since?: string; until?: string };
      const filter: ExportFilter = { ...range, coMentions: true };
      const kept = expected.nodes.filter(
        (n) =>
          n.lastSeen !== undefined &&
          n.firstSeen !== undefined &&
          (since === undefined || n.lastSeen >= since) &&
          (until === undefined || n.firstSeen.slice(0, until.length) <= until),
      );
      const keys = new Set(kept.map((n) => n.key));
      expect(await nodes(filter)).toEqual([...kept].sort(byKey));

      const dated = (e: ExportEdge) =>
        (e.kind === 'relationship' ? expected.relationshipDates : expected.coMentionDates)
          .get(e.id)
          ?.some((d) => inRange(d, since, until)) ?? false;
      const want = [...expected.relationships, ...expected.coMentions].filter(
        (e) => keys.has(e.source) && keys.has(e.target) && dated(e),
      );
      const exported = await edges(filter);
      expect([...exported].sort(byId)).toEqual(want.sort(byId));
      // Each range keeps some of the graph and drops some, so the filter is really exercised.
      expect(kept.length).toBeLessThan(expected.nodes.length);
      expect(exported.length).toBeLessThan(
        expected.relationships.length + expected.coMentions.length,
      );
    });

    it('exports a filter that matches nothing as empty streams', async () => {
      expect(await nodes({ since: '2030' })).toEqual([]);
      expect(await edges({ since: '2030', coMentions: true })).toEqual([]);
    });
  });
}
