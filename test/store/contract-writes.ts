import { InvalidInputError } from '../../src/errors';
import type { ArticleGraph } from '../../src/model/graph';
import type { GraphStore } from '../../src/store/graph-store';
import {
  BRAZIL,
  CHINA,
  LULA,
  POWER_OF_SIBERIA_2,
  PUTIN,
  RUSSIA,
  XI,
} from '../fixtures/graphs/entities';
import { SECOND_ARTICLE_ID, secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { buildArticleGraph } from '../fixtures/graphs/build-article-graph';
import {
  SEED_ARTICLE_ID,
  seedArticleDraft,
  seedArticleGraph,
  seedArticleRevisedGraph,
} from '../fixtures/graphs/seed-article';
import type { CurrentStore } from './contract-context';
import {
  expectedMentions,
  expectedQuotes,
  expectedSingleArticleRelationships,
  expectedStatements,
} from './contract-expect';

const mentionsOf = (g: ArticleGraph, key: string) =>
  g.mentions.filter((m) => m.entityKey === key).length;

async function relationship(store: GraphStore, subject: string, type: string, object: string) {
  const rels = (await store.relationshipsOf([subject], { direction: 'OUT' })).get(subject) ?? [];
  return rels.find((r) => r.type === type && r.objectKey === object);
}

export function describeWriteContract(store: CurrentStore): void {
  describe('upsertArticle', () => {
    it('creates the article with its entities, mentions, statements, quotes and co-mentions', async () => {
      const seed = seedArticleGraph();
      const result = await store().upsertArticle(seed);
      expect(result).toEqual({
        articleId: SEED_ARTICLE_ID,
        status: 'created',
        entityKeys: seed.entities.map((e) => e.key).sort(),
      });
      const snapshot = await store().snapshot();
      expect(snapshot.articles).toEqual([
        { id: SEED_ARTICLE_ID, contentHash: seed.article.contentHash, source: 'Inter Bellum News' },
      ]);
      expect(snapshot.entities.map((e) => e.key)).toEqual(seed.entities.map((e) => e.key).sort());
      expect(snapshot.mentions).toEqual(expectedMentions(seed));
      expect(snapshot.statements).toEqual(expectedStatements(seed));
      expect(snapshot.quotes).toEqual(expectedQuotes(seed));
      expect(snapshot.relationships).toEqual(expectedSingleArticleRelationships(seed));
      expect(snapshot.cooccurrences).toEqual(
        seed.cooccurrences.map((c) => ({ ...c, articleCount: 1 })),
      );
    });

    it('keeps the entity record with its counts and first/last seen dates', async () => {
      const seed = seedArticleGraph();
      await store().upsertArticle(seed);
      const [xi] = await store().getEntities([XI.key]);
      expect(xi).toEqual({
        key: XI.key,
        type: 'Person',
        name: 'Xi Jinping',
        aliases: ['Xi'],
        wikidataId: 'Q15031',
        mentionCount: mentionsOf(seed, XI.key),
        articleCount: 1,
        firstSeen: '2025-05-09',
        lastSeen: '2025-05-09',
        curated: false,
      });
      const [pipeline] = await store().getEntities([POWER_OF_SIBERIA_2.key]);
      expect(pipeline?.attributes).toEqual({ kind: 'gas pipeline' });
    });

    it('returns the article view with its entity keys and counts', async () => {
      const seed = seedArticleGraph();
      await store().upsertArticle(seed);
      const view = await store().getArticle(SEED_ARTICLE_ID);
      expect(view).toEqual({
        ...seed.article,
        entityKeys: seed.entities.map((e) => e.key).sort(),
        statementCount: seed.statements.length,
        quoteCount: seed.quotes.length,
      });
      await expect(store().getArticle('no-such-article')).resolves.toBeNull();
    });

    it('reports a re-ingest of the same content as unchanged and changes nothing', async () => {
      await store().upsertArticle(seedArticleGraph());
      const before = await store().snapshot();
      const again = await store().upsertArticle({
        ...seedArticleGraph(),
        article: { ...seedArticleGraph().article, ingestedAt: '2030-01-01T00:00:00.000Z' },
      });
      expect(again.status).toBe('unchanged');
      expect(again.entityKeys).toEqual(
        seedArticleGraph()
          .entities.map((e) => e.key)
          .sort(),
      );
      expect(await store().snapshot()).toEqual(before);
      expect((await store().getArticle(SEED_ARTICLE_ID))?.ingestedAt).toBe(
        seedArticleGraph().article.ingestedAt,
      );
    });

    it('replaces a changed version: old statements gone, aggregates and orphans adjusted', async () => {
      await store().upsertArticle(seedArticleGraph());
      const revised = seedArticleRevisedGraph();
      const result = await store().upsertArticle(revised);
      expect(result.status).toBe('updated');
      const snapshot = await store().snapshot();
      expect(snapshot.articles).toEqual([
        {
          id: SEED_ARTICLE_ID,
          contentHash: revised.article.contentHash,
          source: 'Inter Bellum News',
        },
      ]);
      expect(snapshot.statements).toEqual(expectedStatements(revised));
      expect(snapshot.mentions).toEqual(expectedMentions(revised));
      expect(snapshot.relationships).toEqual(expectedSingleArticleRelationships(revised));
      expect(snapshot.cooccurrences).toEqual(
        revised.cooccurrences.map((c) => ({ ...c, articleCount: 1 })),
      );
      await expect(store().statementsBetween(PUTIN.key, 'HOSTED', XI.key)).resolves.toEqual([]);
      await expect(store().getEntities([POWER_OF_SIBERIA_2.key])).resolves.toEqual([null]);
    });

    it('counts a relation reported by two sources once per statement, article and source', async () => {
      await store().upsertArticle(seedArticleGraph());
      await store().upsertArticle(secondSourceGraph());
      expect(await relationship(store(), XI.key, 'MET_WITH', PUTIN.key)).toEqual({
        type: 'MET_WITH',
        subjectKey: XI.key,
        objectKey: PUTIN.key,
        otherKey: PUTIN.key,
        direction: 'OUT',
        statementCount: 2,
        articleCount: 2,
        sourceCount: 2,
        maxConfidence: 0.85,
        meanConfidence: expect.closeTo(0.825, 6),
        firstDate: '2025-05-08',
        lastDate: '2025-05-08',
        roles: [],
      });
      const [xi] = await store().getEntities([XI.key]);
      expect(xi).toMatchObject({
        mentionCount:
          mentionsOf(seedArticleGraph(), XI.key) + mentionsOf(secondSourceGraph(), XI.key),
        articleCount: 2,
        firstSeen: '2025-05-08T18:30:00Z',
        lastSeen: '2025-05-09',
      });
    });

    it('counts two articles from the same publisher as one source', async () => {
      const followUp = seedArticleDraft();
      followUp.id = 'interbellum-follow-up';
      followUp.title = 'Follow-up: Xi in Moscow';
      followUp.publishedAt = '2025-05-10';
      await store().upsertArticle(seedArticleGraph());
      await store().upsertArticle(buildArticleGraph(followUp));
      expect(await relationship(store(), XI.key, 'MET_WITH', PUTIN.key)).toMatchObject({
        statementCount: 2,
        articleCount: 2,
        sourceCount: 1,
        firstDate: '2025-05-08',
        lastDate: '2025-05-08',
      });
      expect(await relationship(store(), PUTIN.key, 'LEADER_OF', RUSSIA.key)).toMatchObject({
        statementCount: 2,
        sourceCount: 1,
        firstDate: '2025-05-09',
        lastDate: '2025-05-10',
      });
      const [xi] = await store().getEntities([XI.key]);
      expect(xi).toMatchObject({
        articleCount: 2,
        firstSeen: '2025-05-09',
        lastSeen: '2025-05-10',
      });
    });

    it('never overwrites name, type or wikidataId; aliases and attributes accumulate', async () => {
      await store().upsertArticle(seedArticleGraph());
      await store().upsertArticle(secondSourceGraph());
      const [putin, xi] = await store().getEntities([PUTIN.key, XI.key]);
      expect(putin).toMatchObject({ name: 'Vladimir Putin', type: 'Person', wikidataId: 'Q7747' });
      expect(putin?.aliases).toEqual(['President Putin', 'Putin', 'V. V. Putin']);
      expect(xi?.aliases).toEqual(['President Xi', 'Xi']);
    });

    it('deleting one of two supporting articles retracts only its share', async () => {
      await store().upsertArticle(seedArticleGraph());
      await store().upsertArticle(secondSourceGraph());
      await expect(store().deleteArticle(SECOND_ARTICLE_ID)).resolves.toBe(true);
      const metWith = await relationship(store(), XI.key, 'MET_WITH', PUTIN.key);
      expect(metWith).toMatchObject({
        statementCount: 1,
        articleCount: 1,
        sourceCount: 1,
        maxConfidence: 0.85,
        meanConfidence: 0.85,
      });
      await expect(store().getEntities([LULA.key, BRAZIL.key])).resolves.toEqual([null, null]);
      const [xi] = await store().getEntities([XI.key]);
      expect(xi).toMatchObject({
        mentionCount: mentionsOf(seedArticleGraph(), XI.key),
        articleCount: 1,
        firstSeen: '2025-05-09',
      });
      const seed = seedArticleGraph();
      const snapshot = await store().snapshot();
      expect(snapshot.statements).toEqual(expectedStatements(seed));
      expect(snapshot.relationships).toEqual(expectedSingleArticleRelationships(seed));
    });

    it('stores negated statements without aggregating them', async () => {
      await store().upsertArticle(secondSourceGraph());
      const between = await store().statementsBetween(CHINA.key, 'SUPPORTS', RUSSIA.key);
      expect(between.map((s) => s.modality)).toEqual(['negated']);
      expect(await relationship(store(), CHINA.key, 'SUPPORTS', RUSSIA.key)).toBeUndefined();
      const stats = await store().stats();
      expect(stats.statementsByType.SUPPORTS).toBe(1);
      expect(stats.relationshipsByType.SUPPORTS ?? 0).toBe(0);
    });

    it('leaves no duplicates when the same article is upserted concurrently', async () => {
      const results = await Promise.all([
        store().upsertArticle(seedArticleGraph()),
        store().upsertArticle(seedArticleGraph()),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['created', 'unchanged']);
      const seed = seedArticleGraph();
      const snapshot = await store().snapshot();
      expect(snapshot.articles).toHaveLength(1);
      expect(snapshot.mentions).toEqual(expectedMentions(seed));
      expect(snapshot.statements).toEqual(expectedStatements(seed));
      expect(snapshot.quotes).toEqual(expectedQuotes(seed));
      expect(snapshot.relationships).toEqual(expectedSingleArticleRelationships(seed));
    });

    it('rejects a statement about an unknown entity and writes nothing', async () => {
      const seed = seedArticleGraph();
      const broken: ArticleGraph = {
        ...seed,
        statements: [
          ...seed.statements,
          {
            ...(seed.statements[0] as ArticleGraph['statements'][number]),
            id: 'st_broken',
            objectKey: 'wd:Q0',
          },
        ],
      };
      await expect(store().upsertArticle(broken)).rejects.toBeInstanceOf(InvalidInputError);
      expect((await store().snapshot()).articles).toEqual([]);
      expect((await store().stats()).mentions).toBe(0);
    });

    it('rejects an invalid new version and keeps the previous one', async () => {
      await store().upsertArticle(seedArticleGraph());
      const before = await store().snapshot();
      const revised = seedArticleRevisedGraph();
      const broken: ArticleGraph = {
        ...revised,
        quotes: [
          ...revised.quotes,
          {
            ...(revised.quotes[0] as ArticleGraph['quotes'][number]),
            id: 'q_broken',
            speakerKey: 'person:nobody',
          },
        ],
      };
      await expect(store().upsertArticle(broken)).rejects.toBeInstanceOf(InvalidInputError);
      expect(await store().snapshot()).toEqual(before);
    });

    it('knows which content hashes are stored', async () => {
      await store().upsertArticle(seedArticleGraph());
      const stored = seedArticleGraph().article.contentHash;
      const other = secondSourceGraph().article.contentHash;
      await expect(store().knownContentHashes([stored, other])).resolves.toEqual(new Set([stored]));
      await expect(store().knownContentHashes([])).resolves.toEqual(new Set());
    });
  });

  describe('deleteArticle', () => {
    it('retracts everything only it supported, removes orphans and the source', async () => {
      await store().upsertArticle(seedArticleGraph());
      await expect(store().deleteArticle(SEED_ARTICLE_ID)).resolves.toBe(true);
      const snapshot = await store().snapshot();
      expect(snapshot).toEqual({
        articles: [],
        entities: [],
        mentions: [],
        statements: [],
        relationships: [],
        quotes: [],
        cooccurrences: [],
      });
      const stats = await store().stats();
      expect(stats.sources).toBe(0);
      expect(stats.articles).toBe(0);
    });

    it('keeps curated entities when their last article goes', async () => {
      await store().upsertArticle(seedArticleGraph());
      await store().addAlias(POWER_OF_SIBERIA_2.key, 'Soyuz Vostok', { by: 'analyst' });
      await store().deleteArticle(SEED_ARTICLE_ID);
      const [pipeline, xi] = await store().getEntities([POWER_OF_SIBERIA_2.key, XI.key]);
      expect(xi).toBeNull();
      expect(pipeline).toMatchObject({
        key: POWER_OF_SIBERIA_2.key,
        curated: true,
        mentionCount: 0,
        articleCount: 0,
        aliases: ['Soyuz Vostok'],
      });
      expect(pipeline?.firstSeen).toBeUndefined();
    });

    it('returns false for an unknown article', async () => {
      await expect(store().deleteArticle('no-such-article')).resolves.toBe(false);
    });
  });
}
