import type { EntityType } from '../../src/model/entity-types';
import type { ArticleFilter, Cooccurrence } from '../../src/store/graph-queries';
import {
  DOHA_FORUM_PREVIEW_ID,
  EMIR_MEETS_XI_ID,
  PARADE_REVIEW_ID,
  PARTNERSHIP_ID,
  XI_PROFILE_ID,
} from '../fixtures/graphs/chain-articles';
import { DOHA, DOHA_FORUM, GAS_TALKS, TAMIM } from '../fixtures/graphs/chain-entities';
import { CHINA, MOSCOW, PUTIN, WWII_COMMEMORATIONS as WWII, XI } from '../fixtures/graphs/entities';
import { SECOND_ARTICLE_ID } from '../fixtures/graphs/second-source-article';
import { SEED_ARTICLE_ID, seedArticleGraph } from '../fixtures/graphs/seed-article';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import {
  articleDate,
  cmp,
  inRange,
  mentionTotals,
  queryGraphs,
  type CurrentQueryStore,
} from './queries-contract-fixture';

/** Article ids by filter, newest first, derived from the fixture graphs. */
function expectedArticleIds(filter: ArticleFilter): string[] {
  return queryGraphs()
    .filter((g) => inRange(articleDate(g), filter.since, filter.until))
    .filter((g) => filter.source === undefined || g.article.source === filter.source)
    .filter((g) => (filter.mentions ?? []).every((k) => g.mentions.some((m) => m.entityKey === k)))
    .sort((a, b) => cmp(articleDate(b), articleDate(a)) || cmp(a.article.id, b.article.id))
    .map((g) => g.article.id);
}

/** Co-occurrences of `key` with the PMI formula of the contract, from the fixture graphs. */
function expectedCooccurrences(
  key: string,
  options: { types?: EntityType[]; since?: string; until?: string; limit: number },
): Cooccurrence[] {
  const graphs = queryGraphs().filter((g) => inRange(articleDate(g), options.since, options.until));
  const types = new Map(graphs.flatMap((g) => g.entities.map((e) => [e.key, e.type])));
  const articlesOf = mentionTotals(graphs);
  const pairs = new Map<string, { count: number; articleCount: number }>();
  for (const g of graphs) {
    for (const c of g.cooccurrences) {
      const other = c.a === key ? c.b : c.b === key ? c.a : undefined;
      if (other === undefined) continue;
      const pair = pairs.get(other) ?? { count: 0, articleCount: 0 };
      pair.count += c.count;
      pair.articleCount += 1;
      pairs.set(other, pair);
    }
  }
  const n = graphs.length;
  const p = (k: string) => (articlesOf.get(k)?.articles ?? 0) / n;
  return [...pairs]
    .filter(([other]) => !options.types || options.types.includes(types.get(other) as EntityType))
    .map(([other, pair]) => ({
      key: other,
      count: pair.count,
      articleCount: pair.articleCount,
      pmi: Math.log2(pair.articleCount / n / (p(key) * p(other))),
    }))
    .sort((a, b) => b.count - a.count || b.articleCount - a.articleCount || cmp(a.key, b.key))
    .slice(0, options.limit);
}

const withCloseTo = (rows: Cooccurrence[]) =>
  rows.map((r) => ({ ...r, pmi: expect.closeTo(r.pmi, 9) as unknown as number }));

export function describeListContract(store: CurrentQueryStore): void {
  describe('articles', () => {
    it('lists all articles newest first (publishedAt, else ingestedAt), ties by id, each as getArticle', async () => {
      const all = await store().articles({}, { limit: 100, offset: 0 });
      expect(all.map((a) => a.id)).toEqual([
        XI_PROFILE_ID,
        PARADE_REVIEW_ID,
        DOHA_FORUM_PREVIEW_ID,
        PARTNERSHIP_ID,
        SEED_ARTICLE_ID,
        SECOND_ARTICLE_ID,
        EMIR_MEETS_XI_ID,
      ]);
      expect(all.map((a) => a.id)).toEqual(expectedArticleIds({}));
      expect(all[4]).toEqual(await store().getArticle(SEED_ARTICLE_ID));
    });

    it('pages in that order', async () => {
      const page = await store().articles({}, { limit: 2, offset: 2 });
      expect(page.map((a) => a.id)).toEqual(expectedArticleIds({}).slice(2, 4));
      await expect(store().articles({}, { limit: 2, offset: 7 })).resolves.toEqual([]);
    });

    it('filters by source, date range and entities mentioned (all of them)', async () => {
      const filters: ArticleFilter[] = [
        { source: 'Gulf Times' },
        { mentions: [XI.key, PUTIN.key] },
        { mentions: [XI.key, PUTIN.key], since: '2025-05-09' },
        { until: '2025-05-08' },
        { since: '2025-05-09', until: '2025-06-01', mentions: [CHINA.key] },
        { mentions: [XI.key, 'wd:Q0'] },
      ];
      for (const filter of filters) {
        const found = await store().articles(filter, { limit: 100, offset: 0 });
        expect({ filter, ids: found.map((a) => a.id) }).toEqual({
          filter,
          ids: expectedArticleIds(filter),
        });
      }
      const both = await store().articles(
        { mentions: [XI.key, PUTIN.key] },
        { limit: 10, offset: 0 },
      );
      expect(both.map((a) => a.id)).toEqual([PARADE_REVIEW_ID, SEED_ARTICLE_ID, SECOND_ARTICLE_ID]);
    });
  });

  describe('events', () => {
    const page = { limit: 10, offset: 0 };
    const keys = (events: { key: string }[]) => events.map((e) => e.key);

    it('lists events newest first, undated last, each as getEntities gives it', async () => {
      const events = await store().events({}, page);
      expect(keys(events)).toEqual([DOHA_FORUM.key, WWII.key, GAS_TALKS.key]);
      expect(events[0]).toEqual((await store().getEntities([DOHA_FORUM.key]))[0]);
      expect(keys(await store().events({}, { limit: 1, offset: 1 }))).toEqual([WWII.key]);
    });

    it('keeps events in which all the participants took part', async () => {
      expect(keys(await store().events({ participants: [XI.key] }, page))).toEqual([
        DOHA_FORUM.key,
        WWII.key,
        GAS_TALKS.key,
      ]);
      expect(keys(await store().events({ participants: [XI.key, PUTIN.key] }, page))).toEqual([
        WWII.key,
        GAS_TALKS.key,
      ]);
      expect(keys(await store().events({ participants: [XI.key, TAMIM.key] }, page))).toEqual([
        DOHA_FORUM.key,
      ]);
      expect(keys(await store().events({ participants: [TAMIM.key, PUTIN.key] }, page))).toEqual(
        [],
      );
    });

    it('filters by place (HELD_IN, or the place role) and event date', async () => {
      expect(keys(await store().events({ place: MOSCOW.key }, page))).toEqual([WWII.key]);
      expect(keys(await store().events({ place: DOHA.key }, page))).toEqual([DOHA_FORUM.key]);
      // Xi took part in the forum, but as a guest, not as its place.
      expect(keys(await store().events({ place: XI.key }, page))).toEqual([]);
      expect(keys(await store().events({ since: '2025-06-01' }, page))).toEqual([DOHA_FORUM.key]);
      expect(
        keys(await store().events({ until: '2025-05-09', participants: [PUTIN.key] }, page)),
      ).toEqual([WWII.key]);
    });
  });

  describe('cooccurrences', () => {
    it('ranks sentence co-mentions by count with PMI over articles', async () => {
      const found = await store().cooccurrences(XI.key, { limit: 100 });
      expect(found).toEqual(withCloseTo(expectedCooccurrences(XI.key, { limit: 100 })));
      // Xi and China share 6 sentences in 4 articles; of 7 articles Xi is in 6, China in 5.
      expect(found[0]).toEqual({
        key: CHINA.key,
        count: 6,
        articleCount: 4,
        pmi: expect.closeTo(Math.log2(4 / 7 / ((6 / 7) * (5 / 7))), 9),
      });
    });

    it('filters by the other entity’s type, date range and limit', async () => {
      const options = {
        types: ['Country', 'Location'] as EntityType[],
        since: '2025-05-09',
        limit: 3,
      };
      const found = await store().cooccurrences(XI.key, options);
      expect(found).toEqual(withCloseTo(expectedCooccurrences(XI.key, options)));
      expect(found).toHaveLength(3);
      await expect(store().cooccurrences('wd:Q0', { limit: 10 })).resolves.toEqual([]);
    });
  });

  describe('statementsInArticle and quotesInArticle', () => {
    it('lists statements, negated included, by evidence start then id, as statementsBetween gives them', async () => {
      for (const g of [seedArticleGraph(), secondSourceGraph()]) {
        const found = await store().statementsInArticle(g.article.id);
        const expected = [...g.statements].sort(
          (a, b) => a.evidence.start - b.evidence.start || cmp(a.id, b.id),
        );
        expect(found.map((s) => s.id)).toEqual(expected.map((s) => s.id));
        for (const s of found) {
          const between = await store().statementsBetween(s.subjectKey, s.type, s.objectKey);
          expect(s).toEqual(between.find((b) => b.id === s.id));
        }
      }
      const second = await store().statementsInArticle(SECOND_ARTICLE_ID);
      expect(second.map((s) => s.modality)).toContain('negated');
      await expect(store().statementsInArticle('no-such-article')).resolves.toEqual([]);
    });

    it('lists quotes by start, as quotesBy gives them', async () => {
      const g = seedArticleGraph();
      const found = await store().quotesInArticle(g.article.id);
      expect(found.map((q) => q.id)).toEqual(
        [...g.quotes].sort((a, b) => a.start - b.start).map((q) => q.id),
      );
      for (const q of found) {
        const bySpeaker = await store().quotesBy(q.speakerKey as string, { limit: 100, offset: 0 });
        expect(q).toEqual(bySpeaker.find((b) => b.id === q.id));
      }
      await expect(store().quotesInArticle(PARTNERSHIP_ID)).resolves.toEqual([]);
    });
  });
}
