import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNewsgraph } from '../cli/spawn-newsgraph';

describe('newsgraph serve', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves GraphQL on the configured port, then drains and exits 0 on SIGTERM', async () => {
    const serve = startNewsgraph(['serve', '--port', '0'], {
      NEWSGRAPH_SQLITE_PATH: join(dir, 'graph.db'),
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
