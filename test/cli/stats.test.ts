import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';
import { secondSourceGraph } from '../fixtures/graphs/second-source-article';
import { seedArticleGraph } from '../fixtures/graphs/seed-article';
import { runNewsgraph } from './spawn-newsgraph';

describe('newsgraph stats', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-stats-'));
    env = { NEWSGRAPH_SQLITE_PATH: join(dir, 'graph.db') };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports an empty, migrated store as zero counts in valid JSON', async () => {
    expect((await runNewsgraph(['migrate'], env)).code).toBe(0);
    const run = await runNewsgraph(['stats', '--json'], env);
    expect(run.code).toBe(0);
    const stats = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(stats).toMatchObject({
      store: 'sqlite',
      articles: 0,
      sources: 0,
      entitiesByType: {},
      relationshipsByType: {},
    });
    expect(stats.schemaVersion).toEqual(expect.any(Number));
  });

  it('reports exactly what the store holds after two articles', async () => {
    const store = openSqliteStore(env.NEWSGRAPH_SQLITE_PATH ?? '');
    await store.migrate();
    await store.upsertArticle(seedArticleGraph());
    await store.upsertArticle(secondSourceGraph());
    const expected = await store.stats();
    await store.close();

    const run = await runNewsgraph(['stats', '--json'], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ store: 'sqlite', ...expected });
    expect(expected.articles).toBe(2);

    const text = await runNewsgraph(['stats'], env);
    expect(text.stdout).toContain('Articles: 2');
    const people = expected.entitiesByType.Person ?? 0;
    expect(people).toBeGreaterThan(0);
    expect(text.stdout).toMatch(new RegExp(`^\\s+Person\\s+${people}$`, 'm'));
  });
});
