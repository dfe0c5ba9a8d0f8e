import { createDefaultExtractor } from '../../src/extract/default-extractor';
import { ingestArticles, type ItemReport, type SourceItem } from '../../src/ingest/ingest-articles';
import type { IngestSummary } from '../../src/ingest/ingest-articles';
import { createResolver } from '../../src/resolve/create-resolver';
import type { GraphStore } from '../../src/store/graph-store';
import { useTempSqliteStore } from '../support/temp-sqlite-store';

const extractor = createDefaultExtractor();

const article = (id: string, text: string): SourceItem => ({
  ok: true,
  origin: id,
  input: { id, source: 'test wire', publishedAt: '2025-05-09', text },
});

const ARTICLES = [
  article('a1', 'Russian President Vladimir Putin met Xi Jinping in Moscow on Thursday.'),
  article('a2', 'German Chancellor Olaf Scholz visited Paris on Monday.'),
  article('a3', 'Emmanuel Macron told Le Monde that Scholz had been a patient partner.'),
];

/** A promise and the function that settles it, for a source that waits on the test. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

function ingest(store: GraphStore, source: AsyncIterable<SourceItem>, signal: AbortSignal) {
  const reports: ItemReport[] = [];
  const run = ingestArticles(
    source,
    {
      extract: async (input) => extractor(input),
      resolve: (result, lookup) =>
        createResolver({ lookup, extractorVersion: 'test' }).resolveArticle(result),
      store,
      onItem: (report) => reports.push(report),
      signal,
    },
    { concurrency: 2, batchSize: 2 },
  );
  return { run, reports };
}

/** The run's summary, or a failure naming the hang: the bug this file pins is a hang. */
function withinSeconds(run: Promise<IngestSummary>, seconds: number): Promise<IngestSummary> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`ingest still running ${seconds} s after the abort`)),
      seconds * 1000,
    );
  });
  return Promise.race([run, timeout]).finally(() => clearTimeout(timer));
}

describe('ingestArticles stopped by its signal', () => {
  const store = useTempSqliteStore('newsgraph-abort-');

  it('stops while a read is pending forever, writing every article read before it', async () => {
    const waiting = gate();
    const source = (async function* () {
      yield* ARTICLES;
      waiting.open();
      // An idle stdin: the next line never comes.
      await new Promise(() => undefined);
    })();
    const abort = new AbortController();
    const { run, reports } = ingest(store(), source, abort.signal);
    await waiting.opened;
    abort.abort();

    const summary = await withinSeconds(run, 10);
    expect(summary).toMatchObject({ interrupted: true, created: 3, failed: 0 });
    expect(reports.map((r) => `${r.articleId}:${r.status}`)).toEqual([
      'a1:created',
      'a2:created',
      'a3:created',
    ]);
    expect((await store().snapshot()).articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('drops the item a pending read yields after the abort, unwritten, and closes the source', async () => {
    const waiting = gate();
    const late = gate();
    let closed = false;
    const source = (async function* () {
      try {
        yield ARTICLES[0] as SourceItem;
        waiting.open();
        await late.opened;
        yield ARTICLES[1] as SourceItem;
        yield ARTICLES[2] as SourceItem;
      } finally {
        closed = true;
      }
    })();
    const abort = new AbortController();
    const { run, reports } = ingest(store(), source, abort.signal);
    await waiting.opened;
    abort.abort();
    const summary = await withinSeconds(run, 10);
    late.open();

    expect(summary).toMatchObject({ interrupted: true, created: 1 });
    expect(reports.map((r) => r.articleId)).toEqual(['a1']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(true);
    expect((await store().snapshot()).articles.map((a) => a.id)).toEqual(['a1']);
  });
});
