import { createDefaultExtractor } from '../../src/extract/default-extractor';
import { ingestArticles, type ItemReport, type SourceItem } from '../../src/ingest/ingest-articles';
import type { ArticleInput } from '../../src/model/article-input';
import type { ExtractionResult } from '../../src/model/extraction';
import { createResolver } from '../../src/resolve/create-resolver';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';

const extractor = createDefaultExtractor();
const extractions = new Map<string, ExtractionResult>();

/** Extraction is deterministic; each distinct input is extracted once for all runs. */
async function extract(input: ArticleInput): Promise<ExtractionResult> {
  const id = JSON.stringify(input);
  let result = extractions.get(id);
  if (!result) extractions.set(id, (result = extractor(input)));
  return result;
}

const article = (id: string, text: string): SourceItem => ({
  ok: true,
  origin: id,
  input: { id, source: 'test wire', publishedAt: '2025-05-09', text },
});

const FIRST_RUN = [
  article(
    'a1',
    'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday. ' +
      'Foreign Minister Sergei Lavrov joined the talks.',
  ),
  article('a2', 'On Friday, Putin told reporters that Lavrov would travel to Beijing in June.'),
  article('a3', 'German Chancellor Olaf Scholz visited Paris on Monday to meet Emmanuel Macron.'),
  article(
    'a2-copy',
    'On Friday, Putin told reporters that Lavrov would travel to Beijing in June.',
  ),
  article('a4', 'In an interview, Macron told Le Monde that Scholz had been a patient partner.'),
];

const SECOND_RUN = [
  article('a3', 'German Chancellor Olaf Scholz visited Paris on Monday.'),
  article('a5', 'On Tuesday, Macron said the European Union would answer within a week.'),
  article('a1', FIRST_RUN[0]?.ok ? (FIRST_RUN[0].input.text ?? '') : ''),
  article('a6', 'Next month, Emmanuel Macron will host Xi Jinping in Paris.'),
];

/** Ingests the runs one after the other into a fresh store; returns reports and snapshot. */
async function ingestRuns(runs: SourceItem[][], batchSize: number) {
  const store = openSqliteStore(':memory:');
  await store.migrate();
  const reports: ItemReport[] = [];
  try {
    for (const run of runs) {
      await ingestArticles(
        (async function* () {
          yield* run;
        })(),
        {
          extract,
          resolve: (result, lookup) =>
            createResolver({
              lookup,
              extractorVersion: 'test',
              clock: () => new Date('2025-06-01T00:00:00Z'),
            }).resolveArticle(result),
          store,
          onItem: (report) => reports.push(report),
        },
        { concurrency: 2, batchSize, batchDelayMs: 60_000 },
      );
    }
    return { reports, snapshot: await store.snapshot() };
  } finally {
    await store.close();
  }
}

describe('ingestArticles in batches', () => {
  it('resolves a short name against the full name of an article still waiting in its batch', async () => {
    const { snapshot } = await ingestRuns([FIRST_RUN.slice(0, 2)], 50);
    const people = snapshot.entities.filter((e) => e.type === 'Person');
    expect(people.map(({ name, articleCount }) => ({ name, articleCount }))).toEqual(
      expect.arrayContaining([
        { name: 'Vladimir Putin', articleCount: 2 },
        { name: 'Sergei Lavrov', articleCount: 2 },
      ]),
    );
    expect(people.filter((e) => /Putin|Lavrov/.test(e.name))).toHaveLength(2);
  });

  it('ends in the store state and statuses of writing one article at a time', async () => {
    const oneByOne = await ingestRuns([FIRST_RUN, SECOND_RUN], 1);
    const batched = await ingestRuns([FIRST_RUN, SECOND_RUN], 50);
    expect(batched).toEqual(oneByOne);
    expect(batched.reports.map((r) => `${r.articleId}:${r.status}`)).toEqual([
      'a1:created',
      'a2:created',
      'a3:created',
      'a2-copy:duplicate',
      'a4:created',
      'a3:updated',
      'a5:created',
      'a1:unchanged',
      'a6:created',
    ]);
  });

  it('ends in the same state wherever the batches are cut', async () => {
    const oneByOne = await ingestRuns([FIRST_RUN, SECOND_RUN], 1);
    for (const batchSize of [2, 3]) {
      expect(await ingestRuns([FIRST_RUN, SECOND_RUN], batchSize)).toEqual(oneByOne);
    }
  });

  it('reads the store a constant number of times per batch, however many names it holds', async () => {
    const store = openSqliteStore(':memory:');
    await store.migrate();
    const calls = new Map<string, number>();
    const counted = new Proxy(store, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    try {
      // A first batch stores the people; the second, naming them again (and by surname), is
      // the one counted: every look-up it needs must come from its prefetch.
      const ingest = (items: SourceItem[]) =>
        ingestArticles(
          (async function* () {
            yield* items;
          })(),
          {
            extract,
            resolve: (result, lookup) =>
              createResolver({ lookup, extractorVersion: 'test' }).resolveArticle(result),
            store: counted,
          },
          { concurrency: 2, batchSize: 50, batchDelayMs: 60_000 },
        );
      await ingest(FIRST_RUN);
      calls.clear();
      await ingest(
        [...SECOND_RUN.filter((item) => item.origin !== 'a1'), ...FIRST_RUN.slice(1, 3)].map(
          (item, i) => (item.ok ? { ...item, input: { ...item.input, id: `again-${i}` } } : item),
        ),
      );
      expect(Object.fromEntries(calls)).toEqual({
        knownContentHashes: 1,
        contentHashesOf: 1,
        findEntitiesByNames: 1,
        getEntities: 1,
        upsertArticles: 1,
      });
    } finally {
      await store.close();
    }
  });
});
