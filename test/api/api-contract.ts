import type { GraphStore } from '../../src/store/graph-store';
import { createTestIngestor, ingestSeed, PUTIN, SEED_ARTICLE, XI } from './support/seed-graph';
import { describeLeanViews } from './api-lean-views';
import type { TestApi } from './support/test-api';
import { errorCodes, startTestApi } from './support/test-api';

export type OpenStore = () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;

interface Rel {
  type: string;
  other: { id: string; name: string };
  statements: { evidence: { text: string }; article: { id: string } }[];
}

/**
 * The public contract over real HTTP on the seed article's graph, built by the real extractor
 * and resolver. Runs unchanged against each store.
 */
export function describeApiContract(storeName: string, openStore: OpenStore): void {
  describe(`GraphQL API on ${storeName}: the seed article's questions`, () => {
    let t: TestApi;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      const opened = await openStore();
      cleanup = opened.cleanup;
      const ingestor = createTestIngestor(opened.store);
      await ingestSeed(ingestor);
      t = await startTestApi(opened.store, ingestor);
    });

    afterAll(async () => {
      await t?.close();
      await cleanup?.();
    });

    it('entityByName("Xi") is Xi Jinping, found through his alias', async () => {
      const r = await t.graphql<{
        entityByName: { id: string; name: string; type: string; aliases: string[] };
      }>('{ entityByName(name: "Xi") { id name type aliases wikidataId } }');
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.entityByName).toMatchObject({
        id: XI,
        name: 'Xi Jinping',
        type: 'Person',
      });
      expect(r.body.data?.entityByName.aliases).toContain('Xi');
    });

    it('answers who Xi Jinping met, with the sentence that says so', async () => {
      const r = await t.graphql<{ entity: { relationships: { nodes: Rel[] } } }>(
        `query($id: ID!) { entity(id: $id) { relationships(types: [MET_WITH]) { nodes {
           type other { id name } statements { evidence { text } article { id } } } } } }`,
        { id: XI },
      );
      const met = r.body.data?.entity.relationships.nodes ?? [];
      expect(met.map((m) => m.other.name)).toEqual(['Vladimir Putin']);
      expect(met[0]?.statements.map((s) => s.evidence.text)).toContain(
        'Xi, addressing Putin on Thursday, emphasized the deepening trust between China and Russia.',
      );
      expect(met[0]?.statements[0]?.article.id).toBe(SEED_ARTICLE.id);
    });

    it('paths from Xi Jinping to Vladimir Putin give the MET_WITH hop with its evidence sentence', async () => {
      const r = await t.graphql<{
        paths: {
          length: number;
          hops: { from: { id: string }; to: { id: string }; relationship: Rel }[];
        }[];
      }>(
        `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, types: [MET_WITH]) {
           length hops { from { id } to { id } relationship { type statements { evidence { text } article { id } } } } } }`,
        { from: XI, to: PUTIN },
      );
      expect(r.body.errors).toBeUndefined();
      const [shortest] = r.body.data?.paths ?? [];
      expect(shortest?.length).toBe(1);
      expect(shortest?.hops[0]).toMatchObject({ from: { id: XI }, to: { id: PUTIN } });
      expect(shortest?.hops[0]?.relationship.type).toBe('MET_WITH');
      expect(shortest?.hops[0]?.relationship.statements.map((s) => s.evidence.text)).toContain(
        'Xi, addressing Putin on Thursday, emphasized the deepening trust between China and Russia.',
      );
    });

    it('paths over every type list all links of a hop, MET_WITH among them', async () => {
      const r = await t.graphql<{ paths: { length: number; hops: { relationships: Rel[] }[] }[] }>(
        `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 2, limit: 5) {
           length hops { relationships { type statements { evidence { text } } } } } }`,
        { from: XI, to: PUTIN },
      );
      const paths = r.body.data?.paths ?? [];
      expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort());
      const direct = paths[0];
      expect(direct?.length).toBe(1);
      const types = direct?.hops[0]?.relationships.map((rel) => rel.type) ?? [];
      expect(types).toEqual(expect.arrayContaining(['MET_WITH', 'HOSTED']));
      for (const rel of direct?.hops[0]?.relationships ?? []) {
        expect(rel.statements.length).toBeGreaterThan(0);
      }
    });

    it('searchEntities finds Yulia Shapovalova from a misspelt query', async () => {
      const r = await t.graphql<{
        searchEntities: { edges: { score: number; node: { name: string } }[] };
      }>('{ searchEntities(query: "Shapovalva", first: 3) { edges { score node { name } } } }');
      const edges = r.body.data?.searchEntities.edges ?? [];
      expect(edges[0]?.node.name).toBe('Yulia Shapovalova');
      expect(edges[0]?.score).toBeGreaterThan(0);
    });

    it('lists every quote by Putin', async () => {
      const r = await t.graphql<{
        entityByName: { quotes: { nodes: { text: string; speaker: { id: string } }[] } };
      }>('{ entityByName(name: "Putin") { quotes(first: 50) { nodes { text speaker { id } } } } }');
      const quotes = r.body.data?.entityByName.quotes.nodes ?? [];
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.every((q) => q.speaker.id === PUTIN)).toBe(true);
      expect(quotes.some((q) => q.text.includes('historical truth'))).toBe(true);
    });

    it('returns the article with its entities, statements (evidence in its text) and quotes', async () => {
      const r = await t.graphql<{
        article: {
          title: string;
          text: string;
          entities: { id: string }[];
          statements: { evidence: { text: string; start: number; end: number } }[];
          quotes: { text: string }[];
        };
      }>(
        `query($id: ID!) { article(id: $id) { title text entities { id } statements { evidence { text start end } } quotes { text } } }`,
        { id: SEED_ARTICLE.id },
      );
      const article = r.body.data?.article;
      expect(article?.title).toBe(SEED_ARTICLE.title);
      expect(article?.entities.map((e) => e.id)).toEqual(expect.arrayContaining([XI, PUTIN]));
      expect(article?.statements.length).toBeGreaterThan(5);
      for (const s of article?.statements ?? []) {
        expect(article?.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
      }
      expect(article?.quotes.length).toBeGreaterThan(0);
    });

    it('finds articles that mention all of the given entities', async () => {
      const r = await t.graphql<{ articles: { nodes: { id: string }[] } }>(
        'query($m: [ID!]) { articles(filter: { mentions: $m }) { nodes { id } } }',
        { m: [XI, PUTIN] },
      );
      expect(r.body.data?.articles.nodes.map((a) => a.id)).toEqual([SEED_ARTICLE.id]);
      const none = await t.graphql<{ articles: { nodes: unknown[] } }>(
        'query($m: [ID!]) { articles(filter: { mentions: $m }) { nodes { id } } }',
        { m: [XI, 'person:nobody-at-all'] },
      );
      expect(none.body.data?.articles.nodes).toEqual([]);
    });

    it('gives the neighbourhood, timeline and dashboard counts', async () => {
      const r = await t.graphql<{
        entity: {
          neighbors: { entities: { distance: number; entity: { id: string } }[] };
          timeline: { start: string; mentions: number }[];
        };
        stats: { articles: number; entitiesByType: { type: string; count: number }[] };
        topEntities: { entity: { id: string }; mentions: number }[];
      }>(
        `query($id: ID!) {
           entity(id: $id) { neighbors(depth: 1) { entities { distance entity { id } } } timeline(bucket: MONTH) { start mentions } }
           stats { articles entitiesByType { type count } }
           topEntities(first: 3) { entity { id } mentions } }`,
        { id: XI },
      );
      expect(r.body.errors).toBeUndefined();
      const data = r.body.data;
      expect(data?.entity.neighbors.entities).toContainEqual({
        distance: 1,
        entity: { id: PUTIN },
      });
      expect(data?.entity.timeline).toEqual([expect.objectContaining({ start: '2025-05-01' })]);
      expect(data?.stats.articles).toBe(1);
      expect(
        data?.stats.entitiesByType.find((c) => c.type === 'Person')?.count,
      ).toBeGreaterThanOrEqual(3);
      expect(data?.topEntities).toHaveLength(3);
    });

    it('gives the relationships among the neighbours when asked, through a fragment too', async () => {
      const r = await t.graphql<{
        plain: { neighbors: { relationships: unknown[] } };
        viaFragment: { neighbors: { relationships: { type: string }[] } };
        without: { neighbors: { entities: unknown[] } };
      }>(
        `fragment Links on Neighborhood { relationships { type } }
         query($id: ID!) {
           plain: entity(id: $id) { neighbors(depth: 1) { relationships { type } } }
           viaFragment: entity(id: $id) { neighbors(depth: 1) { ...Links } }
           without: entity(id: $id) { neighbors(depth: 1) { entities { distance } } } }`,
        { id: XI },
      );
      expect(r.body.errors).toBeUndefined();
      const data = r.body.data;
      expect(data?.plain.neighbors.relationships.length).toBeGreaterThan(0);
      expect(data?.viaFragment.neighbors.relationships).toEqual(
        data?.plain.neighbors.relationships,
      );
      expect(data?.without.neighbors.entities.length).toBeGreaterThan(0);
    });

    it('pages through relationships with opaque cursors: no overlap, nothing lost', async () => {
      const all = await t.graphql<{ entity: { relationships: { nodes: Rel[] } } }>(
        'query($id: ID!) { entity(id: $id) { relationships(first: 100) { nodes { type other { id } } } } }',
        { id: XI },
      );
      const expected = (all.body.data?.entity.relationships.nodes ?? []).map(
        (n) => `${n.type} ${n.other.id}`,
      );
      expect(expected.length).toBeGreaterThan(3);

      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const r: Awaited<
          ReturnType<
            typeof t.graphql<{
              entity: {
                relationships: {
                  edges: { cursor: string; node: Rel }[];
                  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
                };
              };
            }>
          >
        > = await t.graphql(
          `query($id: ID!, $after: String) { entity(id: $id) { relationships(first: 2, after: $after) {
               edges { cursor node { type other { id } } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`,
          { id: XI, after },
        );
        const connection = r.body.data?.entity.relationships;
        expect(connection?.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...(connection?.edges ?? []).map((e) => `${e.node.type} ${e.node.other.id}`));
        if (!connection?.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
        expect(after).not.toMatch(/^\d+$/);
      }
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(seen.length);
    });

    it('refuses first above 100 with BAD_USER_INPUT', async () => {
      const r = await t.graphql('{ searchEntities(query: "Xi", first: 101) { nodes { id } } }');
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.body.errors?.[0]?.message).toMatch(/first must be between 0 and 100, found 101/);
    });

    describeLeanViews(() => t);
  });
}
