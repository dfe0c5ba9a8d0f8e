import { InvalidInputError } from '../../src/errors';
import type { ArticleGraph } from '../../src/model/graph';
import type { GraphStore, UpsertResult } from '../../src/store/graph-store';
import { buildArticleGraph } from '../fixtures/graphs/build-article-graph';
import { chainArticleGraphs } from '../fixtures/graphs/chain-articles';
import { duplicateEntityGraph } from '../fixtures/graphs/duplicate-entity-article';
import { POWER_OF_SIBERIA_2 } from '../fixtures/graphs/entities';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import {
  seedArticleDraft,
  seedArticleGraph,
  seedArticleRevisedGraph,
} from '../fixtures/graphs/seed-article';
import type { CurrentStore } from './contract-context';

/**
 * A later article about the pipeline the revised seed article drops: it comes back under the
 * same key with another alias and attributes, so a batch must delete and re-create it exactly
 * as one-at-a-time writes do.
 */
function pipelineFollowUpGraph(): ArticleGraph {
  const draft = seedArticleDraft();
  draft.id = 'interbellum-pipeline-follow-up';
  draft.title = 'Power of Siberia 2: what comes next';
  draft.publishedAt = '2025-05-12';
  draft.entities = draft.entities.map((e) =>
    e.key === POWER_OF_SIBERIA_2.key
      ? { ...e, aliases: ['Sila Sibiri 2'], attributes: { kind: 'pipeline', length: '2600 km' } }
      : e,
  );
  return buildArticleGraph(draft);
}

/** Every entity as the store shows it (attributes and first/last seen are not in snapshots). */
async function entityViews(store: GraphStore) {
  const keys = (await store.snapshot()).entities.map((e) => e.key);
  return store.getEntities(keys);
}

/** Writes the graphs one by one, records what that leaves, then empties the store again. */
async function sequentialOutcome(store: GraphStore, graphs: readonly ArticleGraph[]) {
  const results: UpsertResult[] = [];
  for (const graph of graphs) results.push(await store.upsertArticle(graph));
  const outcome = { results, snapshot: await store.snapshot(), views: await entityViews(store) };
  for (const { id } of outcome.snapshot.articles) await store.deleteArticle(id);
  expect((await store.snapshot()).entities).toEqual([]);
  return outcome;
}

async function batchOutcome(store: GraphStore, graphs: readonly ArticleGraph[]) {
  const results = await store.upsertArticles(graphs);
  return { results, snapshot: await store.snapshot(), views: await entityViews(store) };
}

export function describeBatchContract(store: CurrentStore): void {
  describe('upsertArticles', () => {
    it('leaves what upserting the articles one by one leaves, with the same results', async () => {
      const graphs = [
        seedArticleGraph(),
        secondSourceGraph(),
        duplicateEntityGraph(),
        ...chainArticleGraphs(),
      ];
      const sequential = await sequentialOutcome(store(), graphs);
      expect(await batchOutcome(store(), graphs)).toEqual(sequential);
      expect(sequential.results.map((r) => r.status)).toEqual(graphs.map(() => 'created'));
    });

    it('treats an article given twice as sequential calls would: created, then updated or unchanged', async () => {
      const graphs = [
        seedArticleGraph(),
        secondSourceGraph(),
        seedArticleGraph(),
        seedArticleRevisedGraph(),
        pipelineFollowUpGraph(),
      ];
      const sequential = await sequentialOutcome(store(), graphs);
      expect(sequential.results.map((r) => r.status)).toEqual([
        'created',
        'created',
        'unchanged',
        'updated',
        'created',
      ]);
      expect(await batchOutcome(store(), graphs)).toEqual(sequential);
    });

    it('updates stored articles and adds new ones in one batch as sequential calls would', async () => {
      const stored = [seedArticleGraph(), secondSourceGraph()];
      const graphs = [seedArticleRevisedGraph(), pipelineFollowUpGraph(), secondSourceGraph()];
      const sequential = await sequentialOutcome(store(), [...stored, ...graphs]);
      await store().upsertArticles(stored);
      const batch = await batchOutcome(store(), graphs);
      expect(batch.results).toEqual(sequential.results.slice(stored.length));
      expect(batch.results.map((r) => r.status)).toEqual(['updated', 'created', 'unchanged']);
      expect({ ...batch, results: [] }).toEqual({ ...sequential, results: [] });
    });

    it('writes nothing when one graph of the batch is invalid', async () => {
      const seed = seedArticleGraph();
      const broken: ArticleGraph = {
        ...secondSourceGraph(),
        mentions: [
          ...secondSourceGraph().mentions,
          { ...(seed.mentions[0] as ArticleGraph['mentions'][number]), entityKey: 'person:nobody' },
        ],
      };
      await expect(store().upsertArticles([seed, broken])).rejects.toBeInstanceOf(
        InvalidInputError,
      );
      const snapshot = await store().snapshot();
      expect(snapshot.articles).toEqual([]);
      expect(snapshot.entities).toEqual([]);
    });

    it('returns no results for an empty batch', async () => {
      await expect(store().upsertArticles([])).resolves.toEqual([]);
    });
  });
}
