import { join } from 'node:path';
import { runNewsgraph, startNewsgraph } from '../cli/spawn-newsgraph';
import { useTempDir } from '../support/temp-dir';
import { subscribe } from './support/sse-events';

const temp = useTempDir('newsgraph-serve-');

describe('newsgraph serve', () => {
  it('serves GraphQL on the configured port, then drains and exits 0 on SIGTERM', async () => {
    const serve = startNewsgraph(['serve', '--port', '0'], {
      NEWSGRAPH_SQLITE_PATH: join(temp.dir(), 'graph.db'),
      NEWSGRAPH_API_KEYS: 'serve-test-key:write',
    });
    const [, url = ''] = await serve.stderrMatch(/serving GraphQL at (\S+)/);

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(await response.json()).toEqual({ data: { stats: { articles: 0 } } });
    expect((await fetch(url.replace('/graphql', '/readyz'))).status).toBe(200);

    serve.kill('SIGTERM');
    const run = await serve.finished;
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('serve-test-key');
  });
});

describe('newsgraph serve with newsgraph ingest beside it', () => {
  it('tells articleIngested subscribers about the articles an ingest process writes', async () => {
    const env = {
      NEWSGRAPH_SQLITE_PATH: join(temp.dir(), 'graph.db'),
      NEWSGRAPH_LIVE_POLL_MS: '100',
    };
    // The store exists (migrated) before either process opens it.
    expect((await runNewsgraph(['migrate'], env)).code).toBe(0);
    const serve = startNewsgraph(['serve', '--port', '0'], env);
    try {
      const [, url = ''] = await serve.stderrMatch(/serving GraphQL at (\S+)/);
      const events = await subscribe(
        url,
        'subscription { articleIngested { status article { id title } entities { name } } }',
      );
      await new Promise((resolve) => setTimeout(resolve, 200));

      const ingest = await runNewsgraph(['ingest', 'samples/seed-xi-moscow-victory-day.txt'], env);
      expect(ingest.code).toBe(0);

      const event = (await events.next()) as {
        data: { articleIngested: { status: string; entities: { name: string }[] } };
      };
      expect(event.data.articleIngested.status).toBe('created');
      expect(event.data.articleIngested.entities.map((e) => e.name)).toEqual(
        expect.arrayContaining(['Xi Jinping', 'Vladimir Putin']),
      );
      await events.close();
    } finally {
      serve.kill('SIGTERM');
      await serve.finished;
    }
  });
});
