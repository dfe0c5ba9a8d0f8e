import {
  AL_JAZEERA,
  CHINA,
  KREMLIN,
  MOSCOW,
  PUTIN,
  RUSSIA,
  WWII_COMMEMORATIONS,
  XI,
  YULIA,
} from '../fixtures/graphs/entities';
import { SECOND_ARTICLE_ID, secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { SEED_ARTICLE_ID, seedArticleGraph } from '../fixtures/graphs/seed-article';
import type { CurrentStore } from './contract-context';

const summary = (r: { type: string; otherKey: string; direction: string }) =>
  `${r.direction} ${r.type} ${r.otherKey}`;

export function describeReadContract(store: CurrentStore): void {
  describe('reads', () => {
    beforeEach(async () => {
      await store().upsertArticle(seedArticleGraph());
      await store().upsertArticle(secondSourceGraph());
    });

    describe('getEntities', () => {
      it('answers in the order asked, with null for a missing key', async () => {
        const found = await store().getEntities([RUSSIA.key, 'wd:Q0', XI.key]);
        expect(found.map((e) => e?.key ?? null)).toEqual([RUSSIA.key, null, XI.key]);
      });
    });

    describe('findEntitiesByName', () => {
      it('finds by alias, case-insensitively', async () => {
        const found = await store().findEntitiesByName('president PUTIN');
        expect(found.map((e) => e.key)).toEqual([PUTIN.key]);
      });

      it('finds by the normalised, diacritic-free form of the name', async () => {
        const found = await store().findEntitiesByName('Luiz Inacio Lula-da-Silva');
        expect(found.map((e) => e.name)).toEqual(['Luiz Inácio Lula da Silva']);
      });

      it('filters by type and orders the most mentioned first', async () => {
        await store().addAlias(KREMLIN.key, 'Moscow', { by: 'analyst' });
        const all = await store().findEntitiesByName('Moscow');
        expect(all.map((e) => e.key)).toEqual([MOSCOW.key, KREMLIN.key]);
        await expect(store().findEntitiesByName('Putin', 'Country')).resolves.toEqual([]);
        await expect(store().findEntitiesByName('Nobody At All')).resolves.toEqual([]);
      });
    });

    describe('findEntitiesByNames', () => {
      it('answers each query as findEntitiesByName would, in the order asked', async () => {
        await store().addAlias(KREMLIN.key, 'Moscow', { by: 'analyst' });
        const queries = [
          { name: 'Moscow' },
          { name: 'president PUTIN' },
          { name: 'Putin', type: 'Country' as const },
          { name: 'Nobody At All' },
          { name: '   ' },
          { name: 'Moscow', type: 'Location' as const },
        ];
        const batched = await store().findEntitiesByNames(queries);
        const oneByOne = await Promise.all(
          queries.map((q) => store().findEntitiesByName(q.name, q.type)),
        );
        expect(batched).toEqual(oneByOne);
        expect(batched.map((views) => views.map((e) => e.key))).toEqual([
          [MOSCOW.key, KREMLIN.key],
          [PUTIN.key],
          [],
          [],
          [],
          [MOSCOW.key, KREMLIN.key],
        ]);
      });

      it('answers an empty batch with an empty list', async () => {
        await expect(store().findEntitiesByNames([])).resolves.toEqual([]);
      });
    });

    describe('contentHashesOf', () => {
      it('gives the stored content hash of each stored article and skips unknown ids', async () => {
        const seed = seedArticleGraph().article;
        const hashes = await store().contentHashesOf([
          SEED_ARTICLE_ID,
          'no-such-article',
          SEED_ARTICLE_ID,
        ]);
        expect([...hashes]).toEqual([[SEED_ARTICLE_ID, seed.contentHash]]);
        await expect(store().contentHashesOf([])).resolves.toEqual(new Map());
      });
    });

    describe('relationshipsOf', () => {
      it('lists relationships both ways by default, most supported first', async () => {
        const rels = (await store().relationshipsOf([PUTIN.key], {})).get(PUTIN.key) ?? [];
        expect(rels.map(summary)).toEqual([
          `IN MET_WITH ${XI.key}`,
          `OUT HOSTED ${XI.key}`,
          `OUT LEADER_OF ${RUSSIA.key}`,
        ]);
      });

      it('follows the direction filter', async () => {
        const out = (await store().relationshipsOf([XI.key], { direction: 'OUT' })).get(XI.key);
        expect(out?.map(summary)).toEqual([
          `OUT MET_WITH ${PUTIN.key}`,
          `OUT LEADER_OF ${CHINA.key}`,
          `OUT PARTICIPATED_IN ${WWII_COMMEMORATIONS.key}`,
          `OUT VISITED ${KREMLIN.key}`,
        ]);
        const inbound = (await store().relationshipsOf([XI.key], { direction: 'IN' })).get(XI.key);
        expect(inbound?.map(summary)).toEqual([`IN HOSTED ${PUTIN.key}`]);
        expect(inbound?.[0]).toMatchObject({ subjectKey: PUTIN.key, objectKey: XI.key });
      });

      it('filters by type, confidence and number of sources', async () => {
        const byType = await store().relationshipsOf([XI.key], { types: ['LEADER_OF', 'HOSTED'] });
        expect(byType.get(XI.key)?.map(summary)).toEqual([
          `IN HOSTED ${PUTIN.key}`,
          `OUT LEADER_OF ${CHINA.key}`,
        ]);
        const confident = await store().relationshipsOf([XI.key], { minConfidence: 0.85 });
        expect(confident.get(XI.key)?.map(summary)).toEqual([
          `OUT MET_WITH ${PUTIN.key}`,
          `OUT LEADER_OF ${CHINA.key}`,
        ]);
        const corroborated = await store().relationshipsOf([XI.key], { minSources: 2 });
        expect(corroborated.get(XI.key)?.map(summary)).toEqual([`OUT MET_WITH ${PUTIN.key}`]);
      });

      it('filters by the statement dates, falling back to the publication date', async () => {
        const until = await store().relationshipsOf([PUTIN.key], { until: '2025-05-08' });
        expect(until.get(PUTIN.key)?.map(summary)).toEqual([`IN MET_WITH ${XI.key}`]);
        const since = await store().relationshipsOf([PUTIN.key], { since: '2025-05-09' });
        expect(since.get(PUTIN.key)?.map(summary)).toEqual([
          `OUT HOSTED ${XI.key}`,
          `OUT LEADER_OF ${RUSSIA.key}`,
        ]);
        const window = await store().relationshipsOf([PUTIN.key], {
          since: '2025-05-01',
          until: '2025-05-31',
        });
        expect(window.get(PUTIN.key)).toHaveLength(3);
        const month = await store().relationshipsOf([PUTIN.key], { until: '2025-05' });
        expect(month.get(PUTIN.key)?.map(summary)).toEqual(window.get(PUTIN.key)?.map(summary));
        const april = await store().relationshipsOf([PUTIN.key], { until: '2025-04' });
        expect(april.get(PUTIN.key)).toEqual([]);
      });

      it('answers a batch of keys, with an empty list for unknown ones', async () => {
        const batch = await store().relationshipsOf([YULIA.key, 'wd:Q0', MOSCOW.key], {});
        expect([...batch.keys()].sort()).toEqual([MOSCOW.key, YULIA.key, 'wd:Q0'].sort());
        expect(batch.get(YULIA.key)?.map(summary)).toEqual([`OUT WORKS_FOR ${AL_JAZEERA.key}`]);
        expect(batch.get(MOSCOW.key)?.map(summary)).toEqual([`IN LOCATED_IN ${KREMLIN.key}`]);
        expect(batch.get('wd:Q0')).toEqual([]);
      });
    });

    describe('statementsBetween', () => {
      it('returns the statements behind a relationship with their articles, most confident first', async () => {
        const statements = await store().statementsBetween(XI.key, 'MET_WITH', PUTIN.key);
        expect(statements.map((s) => [s.articleId, s.confidence, s.rule])).toEqual([
          [SEED_ARTICLE_ID, 0.85, 'noun:meeting'],
          [SECOND_ARTICLE_ID, 0.8, 'verb:talks'],
        ]);
        const seedStatement = seedArticleGraph().statements.find((s) => s.type === 'MET_WITH');
        expect(statements[0]).toEqual({
          ...seedStatement,
          articleId: SEED_ARTICLE_ID,
          article: {
            id: SEED_ARTICLE_ID,
            title: seedArticleGraph().article.title,
            url: seedArticleGraph().article.url,
            publishedAt: '2025-05-09',
            source: 'Inter Bellum News',
          },
        });
        await expect(store().statementsBetween(PUTIN.key, 'MET_WITH', XI.key)).resolves.toEqual([]);
      });
    });

    describe('quotesBy', () => {
      it('returns a speaker’s quotes, newest article first, paged', async () => {
        const quotes = await store().quotesBy(XI.key, { limit: 10, offset: 0 });
        expect(quotes.map((q) => q.articleId)).toEqual([SEED_ARTICLE_ID, SECOND_ARTICLE_ID]);
        const seedQuote = seedArticleGraph().quotes[0];
        expect(quotes[0]).toEqual({ ...seedQuote, articleId: SEED_ARTICLE_ID });
        expect(quotes[0]?.mentionedKeys).toEqual([CHINA.key, RUSSIA.key].sort());
        const second = await store().quotesBy(XI.key, { limit: 1, offset: 1 });
        expect(second.map((q) => q.articleId)).toEqual([SECOND_ARTICLE_ID]);
        await expect(store().quotesBy(PUTIN.key, { limit: 10, offset: 0 })).resolves.toEqual([]);
      });
    });

    describe('stats', () => {
      it('counts articles, sources, entities, statements, relationships, quotes and mentions', async () => {
        const seed = seedArticleGraph();
        const second = secondSourceGraph();
        const stats = await store().stats();
        expect(stats).toEqual({
          articles: 2,
          sources: 2,
          entitiesByType: {
            Person: 4,
            Country: 3,
            Location: 2,
            Organization: 1,
            Project: 1,
            Event: 1,
          },
          statementsByType: {
            LEADER_OF: 3,
            PARTICIPATED_IN: 1,
            VISITED: 1,
            HOSTED: 1,
            MET_WITH: 2,
            LOCATED_IN: 1,
            WORKS_FOR: 1,
            SUPPORTS: 1,
          },
          relationshipsByType: {
            LEADER_OF: 3,
            PARTICIPATED_IN: 1,
            VISITED: 1,
            HOSTED: 1,
            MET_WITH: 1,
            LOCATED_IN: 1,
            WORKS_FOR: 1,
          },
          quotes: seed.quotes.length + second.quotes.length,
          mentions: seed.mentions.length + second.mentions.length,
        });
      });
    });

    describe('snapshot', () => {
      it('sums co-mentions across articles', async () => {
        const pair = (await store().snapshot()).cooccurrences.find(
          (c) => c.a === XI.key && c.b === PUTIN.key,
        );
        const count = (g: ReturnType<typeof seedArticleGraph>) =>
          g.cooccurrences.find((c) => c.a === XI.key && c.b === PUTIN.key)?.count ?? 0;
        expect(pair).toEqual({
          a: XI.key,
          b: PUTIN.key,
          count: count(seedArticleGraph()) + count(secondSourceGraph()),
          articleCount: 2,
        });
      });
    });
  });
}
