import type { ArticleChange, GraphStore } from '../../src/store/graph-store';
import { seedArticleGraph, seedArticleRevisedGraph } from '../fixtures/graphs/seed-article';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import type { CurrentStore } from './contract-context';

/** The feed without its numbers, which each store counts in its own way. */
const unnumbered = (changes: readonly ArticleChange[]) =>
  changes.map(({ articleId, status }) => `${status} ${articleId}`);

async function allChanges(store: GraphStore): Promise<ArticleChange[]> {
  return store.articleChangesSince(0, 100);
}

export function describeChangeFeedContract(store: CurrentStore): void {
  describe('change feed', () => {
    const seed = seedArticleGraph();
    const second = secondSourceGraph();
    const revised = seedArticleRevisedGraph();

    it('starts empty, at change 0', async () => {
      await expect(store().latestArticleChange()).resolves.toBe(0);
      await expect(allChanges(store())).resolves.toEqual([]);
    });

    it('lists written articles in write order, each once at its latest change, with the entities it names', async () => {
      await store().upsertArticle(seed);
      await store().upsertArticle(second);
      const updated = await store().upsertArticle(revised);

      const changes = await allChanges(store());
      expect(unnumbered(changes)).toEqual([
        `created ${second.article.id}`,
        `updated ${seed.article.id}`,
      ]);
      const [first, last] = changes as [ArticleChange, ArticleChange];
      expect(first.seq).toBeLessThan(last.seq);
      expect(last.entityKeys).toEqual(updated.entityKeys);
      await expect(store().latestArticleChange()).resolves.toBe(last.seq);
      expect(unnumbered(await store().articleChangesSince(first.seq, 100))).toEqual([
        `updated ${seed.article.id}`,
      ]);
      expect(await store().articleChangesSince(last.seq, 100)).toEqual([]);
      expect(unnumbered(await store().articleChangesSince(0, 1))).toEqual([
        `created ${second.article.id}`,
      ]);
    });

    it('adds nothing for an unchanged article, and drops a deleted one', async () => {
      await store().upsertArticle(seed);
      await store().upsertArticle(second);
      const latest = await store().latestArticleChange();
      await store().upsertArticle(seed);
      await expect(store().latestArticleChange()).resolves.toBe(latest);

      await store().deleteArticle(second.article.id);
      expect(unnumbered(await allChanges(store()))).toEqual([`created ${seed.article.id}`]);
    });

    it('never gives a number twice, even once the newest article is deleted', async () => {
      await store().upsertArticle(seed);
      await store().upsertArticle(second);
      const latest = await store().latestArticleChange();
      await store().deleteArticle(second.article.id);
      await store().upsertArticle(revised);

      const changes = await store().articleChangesSince(latest, 100);
      expect(unnumbered(changes)).toEqual([`updated ${seed.article.id}`]);
      expect(changes[0]?.seq).toBeGreaterThan(latest);
    });

    it('numbers a batch as writing its articles one by one would', async () => {
      await store().upsertArticles([seed, second, revised]);
      expect(unnumbered(await allChanges(store()))).toEqual([
        `created ${second.article.id}`,
        `updated ${seed.article.id}`,
      ]);
    });
  });
}
