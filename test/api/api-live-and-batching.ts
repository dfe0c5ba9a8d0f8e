import type { ApiStore } from '../../src/api';
import type { ArticleIngestor } from '../../src/ingest/article-ingestor';
import type { OpenStore } from './api-contract';
import { countingStore, totalCalls } from './support/counting-store';
import { sseEvents, subscribe } from './support/sse-events';
import {
  createTestIngestor,
  ingestSeed,
  PUTIN,
  SEED_ARTICLE,
  XI,
  seedText,
} from './support/seed-graph';
import type { TestApi } from './support/test-api';
import { startTestApi, writeKey } from './support/test-api';

/**
 * The per-request limit is the error suite's subject, not this one's: a cold Neo4j's first
 * ingest on a loaded machine took longer than the default 10 s, which would fail these tests
 * for a reason they do not pin down.
 */
const UNHURRIED = { timeoutMs: 90_000 };

/**
 * Live updates (a subscriber receives each ingest over SSE) and batching (how many store calls a
 * page of entities, a neighbourhood or a set of paths costs) over real HTTP. Starts on an empty
 * graph; later tests add the seed article and a dozen short ones. Runs unchanged against each store.
 */
export function describeLiveAndBatching(storeName: string, openStore: OpenStore): void {
  describe(`GraphQL API on ${storeName}: live updates and batching over HTTP`, () => {
    let store: ApiStore;
    let ingestor: ArticleIngestor;
    let cleanup: () => Promise<void>;
    let t: TestApi;

    beforeAll(async () => {
      ({ store, cleanup } = await openStore());
      ingestor = createTestIngestor(store);
      t = await startTestApi(store, ingestor, UNHURRIED);
    });

    afterAll(async () => {
      await t?.close();
      await cleanup?.();
    });

    it('a subscriber receives articleIngested over SSE when a mutation ingests an article', async () => {
      const stream = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({
          query:
            'subscription { articleIngested { status article { id title } entities { id name } } }',
        }),
      });
      expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
      const events = sseEvents(stream);
      const received = events.next();
      // The subscription is registered once the response has started; give the server a tick.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const ingest = await t.graphql<{ ingestArticle: { status: string; articleId: string } }>(
        `mutation($input: ArticleInput!) { ingestArticle(input: $input) { status articleId entities { id } } }`,
        {
          input: {
            id: 'live-1',
            title: 'Putin meets Xi',
            text: 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday.',
          },
        },
        writeKey,
      );
      expect(ingest.body.errors).toBeUndefined();
      expect(ingest.body.data?.ingestArticle).toEqual(
        expect.objectContaining({ status: 'created', articleId: 'live-1' }),
      );
      const event = (await received) as {
        data: {
          articleIngested: { status: string; article: { id: string }; entities: { id: string }[] };
        };
      };
      await events.close();
      expect(event?.data.articleIngested.status).toBe('created');
      expect(event?.data.articleIngested.article.id).toBe('live-1');
      expect(event?.data.articleIngested.entities.map((e) => e.id)).toContain(PUTIN);
    });

    it('a subscriber receives articleIngested for each article another writer puts in the store (as newsgraph ingest does)', async () => {
      const live = await startTestApi(store, ingestor, { ...UNHURRIED, livePollMs: 50 });
      try {
        const events = await subscribe(
          live.url,
          'subscription { articleIngested { status article { id } entities { id } } }',
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        // Not through this server's mutations: only the store connects the writer and the API.
        const other = createTestIngestor(store);
        const text = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.';
        await other.ingest({ id: 'elsewhere-1', text });
        expect(await events.next()).toEqual({
          data: {
            articleIngested: {
              status: 'created',
              article: { id: 'elsewhere-1' },
              entities: expect.arrayContaining([{ id: PUTIN }, { id: XI }]),
            },
          },
        });
        await other.ingest({ id: 'elsewhere-1', text: text.replace('Moscow', 'Beijing') });
        expect(await events.next()).toMatchObject({
          data: { articleIngested: { status: 'updated', article: { id: 'elsewhere-1' } } },
        });
        await events.close();
      } finally {
        await live.close();
      }
    });

    it('re-ingesting the same article reports unchanged', async () => {
      const input = {
        id: 'live-1',
        title: 'Putin meets Xi',
        text: 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday.',
      };
      const r = await t.graphql<{ ingestArticle: { status: string } }>(
        'mutation($input: ArticleInput!) { ingestArticle(input: $input) { status } }',
        { input },
        writeKey,
      );
      expect(r.body.data?.ingestArticle.status).toBe('unchanged');
    });

    it('a page of entities with their relationships costs the same few store calls, whatever its size', async () => {
      await ingestSeed(ingestor);
      await ingestMany(ingestor, 12);
      const query = `query($n: Int!) { topEntities(first: $n) { entity { id name relationships(first: 20) {
      nodes { type other { id name } } } } } }`;
      const costOf = async (n: number) => {
        const counted = countingStore(store);
        const api = await startTestApi(counted.store, ingestor, UNHURRIED);
        try {
          const r = await api.graphql<{ topEntities: unknown[] }>(query, { n });
          expect(r.body.errors).toBeUndefined();
          return { entities: r.body.data?.topEntities.length ?? 0, calls: counted.calls };
        } finally {
          await api.close();
        }
      };
      const small = await costOf(5);
      const page = await costOf(50);
      expect(page.entities).toBe(50);
      expect(Object.fromEntries(page.calls)).toEqual({
        topEntities: 1,
        getEntities: expect.any(Number),
        relationshipsOf: 1,
      });
      expect(totalCalls(page.calls)).toBeLessThanOrEqual(4);
      expect(totalCalls(page.calls)).toBe(totalCalls(small.calls));
    });

    describe("entity(id) { neighbors } — the dashboards' neighbourhood", () => {
      const hoodQuery = `query($id: ID!) { entity(id: $id) { id name neighbors(depth: 2, limit: 50) {
      entities { distance entity { id type name mentionCount } } } } }`;
      beforeAll(async () => {
        // The seed article's graph, whether or not an earlier test ingested it already.
        await ingestor.ingest({ ...SEED_ARTICLE, text: seedText() });
      });

      const callsFor = async (query: string, variables: Record<string, unknown>) => {
        const counted = countingStore(store);
        const api = await startTestApi(counted.store, ingestor, UNHURRIED);
        try {
          const r = await api.graphql<Record<string, unknown>>(query, variables);
          return { body: r.body, calls: Object.fromEntries(counted.calls) };
        } finally {
          await api.close();
        }
      };

      it("is one store read: the entity and its neighbours' views come with the walk", async () => {
        const { body, calls } = await callsFor(hoodQuery, { id: PUTIN });
        expect(body.errors).toBeUndefined();
        expect(calls).toEqual({ neighbourhood: 1 });
        const entity = body.data?.entity as {
          id: string;
          neighbors: { entities: { entity: { id: string; name: string } }[] };
        };
        expect(entity.id).toBe(PUTIN);
        expect(entity.neighbors.entities.length).toBeGreaterThan(0);
        // The same entities a plain look-up gives.
        const keys = entity.neighbors.entities.map((n) => n.entity.id);
        const views = await store.getEntities(keys);
        expect(entity.neighbors.entities.map((n) => n.entity.name)).toEqual(
          views.map((v) => v?.name),
        );
      });

      it('answers null for an unknown id, still in one read', async () => {
        const { body, calls } = await callsFor(hoodQuery, { id: 'person:nobody-at-all' });
        expect(body.errors).toBeUndefined();
        expect(body.data?.entity).toBeNull();
        expect(calls).toEqual({ neighbourhood: 1 });
      });

      it('a refused neighbors argument is reported once, at neighbors, as without the look-ahead', async () => {
        const { body, calls } = await callsFor(
          `query($id: ID!) { entity(id: $id) { id neighbors(depth: 4) { entities { distance } } } }`,
          { id: PUTIN },
        );
        expect(body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
          [['entity', 'neighbors'], 'BAD_USER_INPUT'],
        ]);
        expect(body.data?.entity).toBeNull(); // neighbors is non-null, so entity goes null
        // The failed read is not repeated; the entity comes from the plain look-up.
        expect(calls).toEqual({ neighbourhood: 1, getEntities: 1 });
      });

      it('paths with hops of several relation types read their relationships in one call', async () => {
        const { body, calls } = await callsFor(
          `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 3, limit: 10) {
          hops { from { id } to { id } relationship { type statementCount } } } }`,
          { from: XI, to: PUTIN },
        );
        expect(body.errors).toBeUndefined();
        const paths = body.data?.paths as { hops: { relationship: { type: string } }[] }[];
        const types = new Set(paths.flatMap((p) => p.hops.map((h) => h.relationship.type)));
        expect(types.size).toBeGreaterThan(1);
        expect(calls).toEqual({ paths: 1, getEntities: expect.any(Number), relationshipsOf: 1 });
        expect(calls.getEntities).toBeLessThanOrEqual(2);
      });

      it('two neighbors fields under one entity each get their own read', async () => {
        const { body, calls } = await callsFor(
          `query($id: ID!) { entity(id: $id) { near: neighbors(depth: 1) { entities { distance } }
          far: neighbors(depth: 2) { entities { distance } } } }`,
          { id: PUTIN },
        );
        expect(body.errors).toBeUndefined();
        expect(calls).toEqual({ getEntities: 1, neighbourhood: 2 });
      });
    });
  });
}

/** Short real articles naming distinct people and places, so the graph has well over 50 entities. */
async function ingestMany(ingestor: ArticleIngestor, count: number): Promise<void> {
  const people = [
    ['Emmanuel Macron', 'France', 'Paris'],
    ['Olaf Scholz', 'Germany', 'Berlin'],
    ['Narendra Modi', 'India', 'New Delhi'],
    ['Fumio Kishida', 'Japan', 'Tokyo'],
    ['Justin Trudeau', 'Canada', 'Ottawa'],
    ['Recep Tayyip Erdogan', 'Turkey', 'Ankara'],
    ['Luiz Inacio Lula da Silva', 'Brazil', 'Brasilia'],
    ['Cyril Ramaphosa', 'South Africa', 'Pretoria'],
    ['Anthony Albanese', 'Australia', 'Canberra'],
    ['Giorgia Meloni', 'Italy', 'Rome'],
    ['Pedro Sanchez', 'Spain', 'Madrid'],
    ['Keir Starmer', 'United Kingdom', 'London'],
  ];
  for (const [i, [name, country, city]] of people.slice(0, count).entries()) {
    const result = await ingestor.ingest({
      id: `many-${i}`,
      publishedAt: '2025-05-09',
      text:
        `${country}'s leader ${name} met Chinese President Xi Jinping in ${city} on Friday. ` +
        `${name} also visited Moscow, where Russian President Vladimir Putin hosted him. ` +
        `The European Union and NATO criticised the visit, Reuters reported.`,
    });
    if (result.status !== 'created') throw new Error(`ingest many-${i}: ${result.status}`);
  }
}
