import type { OpenStore } from './api-contract';
import { ask } from './support/ask';
import { BEIJING_TALKS, MODI } from './support/follow-up-articles';
import { PUTIN, SEED_ARTICLE, XI } from './support/seed-graph';
import type { TestApi } from './support/test-api';
import { errorCodes, writeKey } from './support/test-api';
import { useFollowUpGraphApi } from './support/use-follow-up-graph-api';

const DELETE = 'mutation($id: ID!) { deleteArticle(id: $id) { deleted articleId } }';

interface Picture {
  modi: { id: string } | null;
  putin: {
    mentionCount: number;
    articleCount: number;
    timeline: { start: string; mentions: number }[];
    relationships: { nodes: { statementCount: number; sourceCount: number }[] };
  };
  stats: { articles: number; sources: number };
  articles: { nodes: { id: string }[] };
}

/** What deleting the Beijing talks should change, in one read. */
async function picture(t: TestApi): Promise<Picture> {
  return ask<Picture>(
    t,
    `query($modi: ID!, $putin: ID!, $xi: ID!) {
       modi: entity(id: $modi) { id }
       putin: entity(id: $putin) { mentionCount articleCount timeline(bucket: MONTH) { start mentions }
         relationships(types: [MET_WITH]) { nodes { statementCount sourceCount } } }
       stats { articles sources }
       articles(filter: { mentions: [$xi, $putin] }) { nodes { id } } }`,
    { modi: MODI, putin: PUTIN, xi: XI },
  );
}

/** `deleteArticle` over HTTP: the article's share of the graph goes, and only that. */
export function describeDeleteArticle(openStore: OpenStore): void {
  describe('deleteArticle', () => {
    const getApi = useFollowUpGraphApi(openStore);

    it('deleting the Beijing talks removes Modi, named only there, and lowers Putin’s counts by its share', async () => {
      const t = getApi();
      const before = await picture(t);
      expect(before.modi).toEqual({ id: MODI });
      expect(before.articles.nodes.map((a) => a.id)).toEqual([BEIJING_TALKS.id, SEED_ARTICLE.id]);
      const juneMentions = before.putin.timeline.find((b) => b.start === '2025-06-01')?.mentions;
      expect(juneMentions).toBeGreaterThan(0);

      const deleted = await ask<{ deleteArticle: unknown }>(
        t,
        DELETE,
        { id: BEIJING_TALKS.id },
        writeKey,
      );
      expect(deleted.deleteArticle).toEqual({ deleted: true, articleId: BEIJING_TALKS.id });

      const after = await picture(t);
      expect(after.modi).toBeNull();
      expect(after.putin.mentionCount).toBe(before.putin.mentionCount - (juneMentions ?? 0));
      expect(after.putin.articleCount).toBe(before.putin.articleCount - 1);
      expect(after.putin.timeline.map((b) => b.start)).toEqual(['2025-05-01']);
      expect(after.putin.relationships.nodes).toEqual([{ statementCount: 1, sourceCount: 1 }]);
      expect(after.stats).toEqual({
        articles: before.stats.articles - 1,
        sources: before.stats.sources - 1,
      });
      expect(after.articles.nodes.map((a) => a.id)).toEqual([SEED_ARTICLE.id]);
      const gone = await ask<{ article: unknown }>(
        t,
        'query($id: ID!) { article(id: $id) { id } }',
        {
          id: BEIJING_TALKS.id,
        },
      );
      expect(gone.article).toBeNull();
    });

    it('deleting an article that is not stored answers deleted: false and changes nothing', async () => {
      const t = getApi();
      const before = await picture(t);
      const r = await ask<{ deleteArticle: unknown }>(
        t,
        DELETE,
        { id: 'never-ingested' },
        writeKey,
      );
      expect(r.deleteArticle).toEqual({ deleted: false, articleId: 'never-ingested' });
      expect(await picture(t)).toEqual(before);
    });

    it('deleteArticle without a write key is refused and the article stays', async () => {
      const t = getApi();
      const r = await t.graphql(DELETE, { id: SEED_ARTICLE.id });
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
      expect((await picture(t)).articles.nodes.map((a) => a.id)).toContain(SEED_ARTICLE.id);
    });
  });
}
