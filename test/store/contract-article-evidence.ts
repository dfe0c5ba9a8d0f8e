import type { ArticleGraph } from '../../src/model/graph';
import type { ArticleEntityKeys, GraphStore } from '../../src/store/graph-store';
import { buildArticleGraph } from '../fixtures/graphs/build-article-graph';
import {
  AL_JAZEERA,
  BRAZIL,
  CHINA,
  KREMLIN,
  LULA,
  MOSCOW,
  POWER_OF_SIBERIA_2,
  PUTIN,
  RUSSIA,
  WWII_COMMEMORATIONS,
  XI,
  YULIA,
} from '../fixtures/graphs/entities';
import { SECOND_ARTICLE_ID, secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { SEED_ARTICLE_ID, seedArticleGraph } from '../fixtures/graphs/seed-article';
import type { CurrentStore } from './contract-context';

const QUOTED_ONLY_ID = 'gulf-2025-05-10-kremlin-tour';

/**
 * An undated article that mentions the Kremlin and Moscow, and quotes Al Jazeera without naming
 * it in the text: Al Jazeera is among the keys it names, but it does not mention Al Jazeera.
 */
function quotedOnlyGraph(): ArticleGraph {
  return buildArticleGraph({
    id: QUOTED_ONLY_ID,
    title: 'A tour of the Kremlin',
    source: 'Gulf Times',
    ingestedAt: '2025-05-10T09:00:00.000Z',
    sentences: ['Visitors toured the Kremlin in Moscow.', '“The walls are old,” a guide said.'],
    entities: [KREMLIN, MOSCOW, AL_JAZEERA],
    mentions: [
      { key: KREMLIN.key, sentence: 0, text: 'Kremlin' },
      { key: MOSCOW.key, sentence: 0, text: 'Moscow' },
    ],
    statements: [],
    quotes: [{ speaker: AL_JAZEERA.key, sentence: 1, text: 'The walls are old,', mentions: [] }],
  });
}

const EVERY_KEY = [
  AL_JAZEERA,
  BRAZIL,
  CHINA,
  KREMLIN,
  LULA,
  MOSCOW,
  POWER_OF_SIBERIA_2,
  PUTIN,
  RUSSIA,
  WWII_COMMEMORATIONS,
  XI,
  YULIA,
].map((e) => e.key);

/** Per key, what `articles({ mentions: [key] })` says: each article's id and entity keys. */
async function oneByOne(store: GraphStore, keys: readonly string[]) {
  const byKey: Record<string, { articleId: string; entityKeys: string[] }[]> = {};
  for (const key of keys) {
    const page = await store.articles({ mentions: [key] }, { limit: 100, offset: 0 });
    byKey[key] = page.map((a) => ({ articleId: a.id, entityKeys: a.entityKeys }));
  }
  return byKey;
}

/** Per key, the batched answer's articles that mention it, in the order given. */
function perKey(articles: readonly ArticleEntityKeys[], keys: readonly string[]) {
  const byKey: Record<string, { articleId: string; entityKeys: string[] }[]> = {};
  for (const key of keys) {
    byKey[key] = articles
      .filter((a) => a.mentioned.includes(key))
      .map(({ articleId, entityKeys }) => ({ articleId, entityKeys }));
  }
  return byKey;
}

export function describeArticleEvidenceContract(store: CurrentStore): void {
  describe('entityKeysOfArticlesMentioning', () => {
    beforeEach(async () => {
      await store().upsertArticles([seedArticleGraph(), secondSourceGraph(), quotedOnlyGraph()]);
    });

    it('answers every key as articles({ mentions: [key] }) does, in one call', async () => {
      const keys = [...EVERY_KEY, 'wd:Q0'];
      const batched = await store().entityKeysOfArticlesMentioning(keys);
      expect(perKey(batched, keys)).toEqual(await oneByOne(store(), keys));
    });

    it('lists an article mentioning several of the keys once, newest first, with those it mentions', async () => {
      const batched = await store().entityKeysOfArticlesMentioning([MOSCOW.key, XI.key, PUTIN.key]);
      expect(batched.map((a) => [a.articleId, a.mentioned])).toEqual([
        [QUOTED_ONLY_ID, [MOSCOW.key]],
        [SEED_ARTICLE_ID, [PUTIN.key, MOSCOW.key, XI.key].sort()],
        [SECOND_ARTICLE_ID, [PUTIN.key, MOSCOW.key, XI.key].sort()],
      ]);
      expect(batched[0]?.entityKeys).toEqual([AL_JAZEERA.key, KREMLIN.key, MOSCOW.key].sort());
    });

    it('counts an article for a key it only quotes among the keys it names, not the ones it mentions', async () => {
      const batched = await store().entityKeysOfArticlesMentioning([AL_JAZEERA.key]);
      expect(batched.map((a) => a.articleId)).toEqual([SEED_ARTICLE_ID]);
      const kremlin = await store().entityKeysOfArticlesMentioning([KREMLIN.key]);
      expect(kremlin.find((a) => a.articleId === QUOTED_ONLY_ID)?.entityKeys).toContain(
        AL_JAZEERA.key,
      );
    });

    it('follows a merge: the merged key mentions nothing, its articles are the target’s', async () => {
      await store().mergeEntities([KREMLIN.key], MOSCOW.key, { by: 'analyst' });
      const keys = [KREMLIN.key, MOSCOW.key];
      const batched = await store().entityKeysOfArticlesMentioning(keys);
      expect(perKey(batched, keys)).toEqual(await oneByOne(store(), keys));
      expect(perKey(batched, keys)[KREMLIN.key]).toEqual([]);
      expect(batched.map((a) => a.articleId)).toEqual([
        QUOTED_ONLY_ID,
        SEED_ARTICLE_ID,
        SECOND_ARTICLE_ID,
      ]);
    });

    it('answers no keys, and keys no article mentions, with no articles', async () => {
      await expect(store().entityKeysOfArticlesMentioning([])).resolves.toEqual([]);
      await expect(store().entityKeysOfArticlesMentioning(['wd:Q0'])).resolves.toEqual([]);
    });
  });

  describe('coMentionsOf', () => {
    beforeEach(async () => {
      await store().upsertArticles([seedArticleGraph(), secondSourceGraph(), quotedOnlyGraph()]);
    });

    /** Per key, what `cooccurrences` without a date range says, with each entity's type. */
    async function cooccurrencesOf(keys: readonly string[]) {
      const byKey = new Map<
        string,
        { key: string; type: string; count: number; articleCount: number }[]
      >();
      for (const key of keys) {
        const rows = await store().cooccurrences(key, { limit: 100 });
        const views = await store().getEntities(rows.map((r) => r.key));
        byKey.set(
          key,
          rows.map((r, i) => ({
            key: r.key,
            type: views[i]?.type ?? 'missing',
            count: r.count,
            articleCount: r.articleCount,
          })),
        );
      }
      return byKey;
    }

    it('answers every key as cooccurrences without a date range does, in one call', async () => {
      const keys = [...EVERY_KEY, 'wd:Q0'];
      const batched = await store().coMentionsOf(keys);
      expect(batched).toEqual(await cooccurrencesOf(keys));
      expect(batched.get(XI.key)?.length).toBeGreaterThan(3);
      expect(batched.get('wd:Q0')).toEqual([]);
    });

    it('follows a merge: the merged key shares no sentence, the target shares its sentences', async () => {
      await store().mergeEntities([KREMLIN.key], MOSCOW.key, { by: 'analyst' });
      const keys = [KREMLIN.key, MOSCOW.key, XI.key];
      const batched = await store().coMentionsOf(keys);
      expect(batched).toEqual(await cooccurrencesOf(keys));
      expect(batched.get(KREMLIN.key)).toEqual([]);
    });

    it('answers no keys with an empty map', async () => {
      await expect(store().coMentionsOf([])).resolves.toEqual(new Map());
    });
  });
}
