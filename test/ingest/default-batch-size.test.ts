import { createDefaultExtractor } from '../../src/extract/default-extractor';
import { ingestArticles, type SourceItem } from '../../src/ingest/ingest-articles';
import { DEFAULT_BATCH_SIZE } from '../../src/ingest/ingest-group';
import { createResolver } from '../../src/resolve/create-resolver';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';

const extractor = createDefaultExtractor();

const article = (n: number): SourceItem => ({
  ok: true,
  origin: `wire-${n}`,
  input: {
    id: `wire-${n}`,
    source: 'test wire',
    publishedAt: '2025-05-09',
    text: `Report ${n}: Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow.`,
  },
});

describe('ingestArticles without a batch size', () => {
  it(`writes ${DEFAULT_BATCH_SIZE} articles a transaction: fewer commits, each rewriting fewer index pages`, async () => {
    const store = openSqliteStore(':memory:');
    await store.migrate();
    // The real store, watched: how many graphs each transaction was given.
    const upsertArticles = jest.spyOn(store, 'upsertArticles');
    try {
      const summary = await ingestArticles(
        (async function* () {
          for (let n = 0; n <= DEFAULT_BATCH_SIZE; n += 1) yield article(n);
        })(),
        {
          extract: async (input) => extractor(input),
          resolve: (result, lookup) =>
            createResolver({ lookup, extractorVersion: 'test' }).resolveArticle(result),
          store,
        },
        { concurrency: 2, batchDelayMs: 60_000 },
      );
      expect(summary.created).toBe(DEFAULT_BATCH_SIZE + 1);
      expect(upsertArticles.mock.calls.map(([graphs]) => graphs.length)).toEqual([
        DEFAULT_BATCH_SIZE,
        1,
      ]);
      expect(DEFAULT_BATCH_SIZE).toBe(200);
    } finally {
      await store.close();
    }
  });
});
